import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
/** Where `npm run build` writes the static site. */
export const distDir = join(root, 'dist')
