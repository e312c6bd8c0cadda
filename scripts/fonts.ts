/**
 * `npm run fonts`: the course's Devanagari fonts in styles/fonts/, cut from Noto Sans Devanagari
 * (@fontsource/noto-sans-devanagari, SIL Open Font License) with subset-font (HarfBuzz's subsetter):
 *   devanagari-400.woff2, devanagari-700.woff2  every Devanagari letter the Hindi edition writes (its
 *     deck, quizzes, interface strings, help panel, module texts and neutral page), with the shaping rules that join
 *     them, so every conjunct and vowel sign of that text is drawn as in the full font: about half its size.
 *   language-names.woff2  only the letters of the links to the Hindi edition ("हिंदी", "हिंदी में पढ़ें")
 *     that English pages show: under 2 KB instead of the whole font for a handful of letters.
 * tests/content/fonts.test.ts fails, naming this command, when the text changes and the fonts no longer match it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import process from 'node:process'
import subsetFont from 'subset-font'
import { catalogues } from '../i18n/index.ts'
import { deckFile, editionsOf, modules, quizFolder } from '../modules.ts'
import { root } from './paths.ts'

export const FONTS_DIR = join(root, 'styles', 'fonts')
/** Devanagari, Vedic extensions and Devanagari Extended (code point ranges: most of them are combining marks). */
const DEVANAGARI_RANGES = [[0x0900, 0x097F], [0x1CD0, 0x1CF9], [0xA8E0, 0xA8FF]]
const isDevanagari = (c: string) => DEVANAGARI_RANGES.some(([from, to]) => c.codePointAt(0)! >= from! && c.codePointAt(0)! <= to!)
/** Zero-width joiner and non-joiner, which change how Devanagari letters join. */
const JOINERS = '\u200C\u200D'

const require = createRequire(import.meta.url)
const source = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-${weight}-normal.woff2`))

function letters(text: string): string {
  return [...new Set([...text].filter(isDevanagari))].sort().join('') + JOINERS
}

/** Every Devanagari letter the course writes: the Hindi decks and quizzes, the texts in code, the Hindi neutral page. */
export function courseText(): string {
  const hindi = editionsOf(modules).filter(e => e.lang === 'hi')
  const files = [
    ...hindi.map(e => join(root, deckFile(e.mod, e.lang))),
    ...hindi.flatMap(e => readdirSync(join(root, quizFolder(e.mod, e.lang))).map(f => join(root, quizFolder(e.mod, e.lang), f))),
    join(root, 'i18n', 'hi.ts'),
    join(root, 'course', 'helplines-hi.ts'),
    join(root, 'modules.ts'),
    join(root, 'home', 'public', 'neutral-hi.html'),
  ]
  return letters(files.map(f => readFileSync(f, 'utf8')).join(''))
}

/** The letters of the links to other language editions, in their own language, shown on English pages. */
export function languageNamesText(): string {
  return letters(Object.entries(catalogues).filter(([lang]) => lang !== 'en').map(([, t]) => t.navigation.readHere + t.navigation.languageName).join(''))
}

/** The three font files, as they should be for today's text. */
export async function fonts(): Promise<Record<string, Uint8Array>> {
  const text = courseText()
  return {
    'devanagari-400.woff2': await subsetFont(source(400), text, { targetFormat: 'woff2' }),
    'devanagari-700.woff2': await subsetFont(source(700), text, { targetFormat: 'woff2' }),
    'language-names.woff2': await subsetFont(source(400), languageNamesText(), { targetFormat: 'woff2' }),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, bytes] of Object.entries(await fonts())) {
    writeFileSync(join(FONTS_DIR, name), bytes)
    console.log(`styles/fonts/${name}: ${(bytes.length / 1024).toFixed(1)} KiB`)
  }
}
