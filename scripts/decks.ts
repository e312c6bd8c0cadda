/**
 * Slidev writes generated modules into `node_modules/.slidev/` beside the deck it builds, under names
 * that are the same for every deck. Two builds of decks in one folder (slides/) at the same time
 * therefore overwrite each other's files while the other reads them, and one fails now and then with
 * `"default" is not exported by ".../virtual/import-glob....ts"`. So every build that may run beside
 * another builds a copy of its deck in a folder of its own: `.build/decks/<name>/<module>.md`.
 */
import type { CourseModule } from '../modules.ts'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { deckFile } from '../modules.ts'
import { buildCacheDir, root } from './paths.ts'
import { run } from './run.ts'

const decksDir = join(buildCacheDir, 'decks')
const ADDONS = /^addons:\n(?:[ \t]+- .*\n)+/m

/**
 * Writes the module's deck into `.build/decks/<name>/` with its addon path pointing at the repository
 * root again (Slidev resolves it from the parent of the deck's folder) and `extra` headmatter lines.
 */
export function isolatedDeck(mod: CourseModule, name: string, extra: string[] = [], lang = 'en'): string {
  const source = readFileSync(join(root, deckFile(mod, lang)), 'utf8')
  if (!ADDONS.test(source))
    throw new Error(`${deckFile(mod, lang)}: its headmatter must list the course root under "addons:" (see README, Writing content)`)
  const folder = join(decksDir, name)
  mkdirSync(folder, { recursive: true })
  const rootFromDecks = `${relative(decksDir, root)}/`
  const text = source
    .replace(ADDONS, `addons:\n  - ${rootFromDecks}\n`)
    .replace(/^---\n/, `---\n${extra.map(line => `${line}\n`).join('')}`)
  const file = join(folder, `${mod.id}.md`)
  writeFileSync(file, text)
  return file
}

/**
 * `slidev build` of the module's own copy of its deck (in `lang`, English by default) into `out`, with
 * the module and the language named to the quiz plugin.
 */
export function buildDeck(mod: CourseModule, name: string, out: string, options: { extra?: string[], env?: NodeJS.ProcessEnv, lang?: string } = {}): Promise<void> {
  const lang = options.lang ?? 'en'
  const deck = isolatedDeck(mod, name, options.extra, lang)
  // --out is relative to the deck's folder.
  return run('slidev', ['build', deck, '--base', './', '--out', relative(dirname(deck), out)], {
    quiet: true,
    env: { COURSE_DECK_MODULE: mod.id, COURSE_DECK_LANG: lang, ...options.env },
  })
}
