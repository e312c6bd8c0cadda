import type { QuizError } from './parse.ts'
/**
 * Reads every quiz file from disk (Node only). Used by `npm run check`, the Vite plugin that hands
 * quizzes to the slides and the course home, and the tests.
 */
import type { FinalRules, LoadedQuiz } from './schema.ts'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { modules } from '../../modules.ts'
import { parseFinalRules, parseQuiz } from './parse.ts'

/** The final assessment's folder below quizzes/: its rules, not a quiz. */
export const FINAL_FOLDER = 'final'

export interface LoadResult {
  quizzes: LoadedQuiz[]
  /** The final assessment's rules (`quizzes/final/rules.yaml`); undefined when missing or broken. */
  finalRules?: FinalRules
  errors: QuizError[]
  /** Absolute paths of every file read, so a dev server can watch them. */
  files: string[]
}

/** Folders of translations, `quizzes/<lang>/<module>/`: every language a module lists besides English. */
export const TRANSLATION_FOLDERS: ReadonlySet<string> = new Set(modules.flatMap(m => m.languages).filter(lang => lang !== 'en'))

/**
 * Quiz files are `quizzes/<module>/<name>.yaml`; `engine/`, `final/` (the final's rules), dot folders and
 * translation folders (read by `loadTranslation`) hold none.
 */
export function listQuizFiles(quizzesDir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(quizzesDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'engine' || entry.name === FINAL_FOLDER || entry.name.startsWith('.') || TRANSLATION_FOLDERS.has(entry.name))
      continue
    for (const file of readdirSync(join(quizzesDir, entry.name)).sort()) {
      if (/\.ya?ml$/.test(file))
        files.push(join(quizzesDir, entry.name, file))
    }
  }
  return files.sort()
}

/**
 * A module's quizzes in another language, `quizzes/<lang>/<module>/<name>.yaml`: the same file names,
 * and so the same quiz ids, as the original (tests/content/translations.test.ts checks the rest).
 */
export function loadTranslation(quizzesDir: string, rootDir: string, lang: string, moduleId: string): Omit<LoadResult, 'finalRules'> {
  const dir = join(quizzesDir, lang, moduleId)
  const files = existsSync(dir) ? readdirSync(dir).filter(f => /\.ya?ml$/.test(f)).sort().map(f => join(dir, f)) : []
  return { ...parseFiles(files, rootDir), files }
}

function parseFiles(files: string[], rootDir: string): { quizzes: LoadedQuiz[], errors: QuizError[] } {
  const quizzes: LoadedQuiz[] = []
  const errors: QuizError[] = []
  for (const file of files) {
    const shown = relative(rootDir, file).replace(/\\/g, '/')
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    }
    catch (e) {
      errors.push({ file: shown, line: 1, path: '', message: `could not be read: ${(e as Error).message}` })
      continue
    }
    const result = parseQuiz(shown, text)
    if (result.ok)
      quizzes.push(result.quiz)
    else
      errors.push(...result.errors)
  }
  return { quizzes, errors }
}

/** Load and validate every quiz file below `quizzesDir`; paths in errors are relative to `rootDir`. */
export function loadQuizzes(quizzesDir: string, rootDir: string): LoadResult {
  const files = listQuizFiles(quizzesDir)
  const { quizzes, errors } = parseFiles(files, rootDir)
  const rulesFile = join(quizzesDir, FINAL_FOLDER, 'rules.yaml')
  let finalRules: FinalRules | undefined
  if (existsSync(rulesFile)) {
    files.push(rulesFile)
    const result = parseFinalRules(relative(rootDir, rulesFile).replace(/\\/g, '/'), readFileSync(rulesFile, 'utf8'))
    if (result.ok)
      finalRules = result.rules
    else
      errors.push(...result.errors)
  }
  return { quizzes, finalRules, errors, files }
}
