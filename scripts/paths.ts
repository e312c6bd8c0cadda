import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
/** Where `npm run build` writes the static site: what a trainer copies to a web host. */
export const distDir = join(root, 'dist')
/**
 * Builds that are never part of the site: the print editions `npm run export` turns into PDFs
 * (`print/<module>-<edition>/`) and the test-only fixture decks (`fixtures/<name>/`).
 */
export const buildCacheDir = join(root, '.build')
