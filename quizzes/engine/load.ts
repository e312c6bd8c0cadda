import type { QuizError } from './parse.ts'
/**
 * Reads every quiz file from disk (Node only). Used by `npm run check`, the Vite plugin that hands
 * quizzes to the slides and the course home, and the tests.
 */
import type { LoadedQuiz } from './schema.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseQuiz } from './parse.ts'

export interface LoadResult {
  quizzes: LoadedQuiz[]
  errors: QuizError[]
  /** Absolute paths of every file read, so a dev server can watch them. */
  files: string[]
}

/** Quiz files are `quizzes/<module>/<name>.yaml`; `engine/` and dot folders hold none. */
export function listQuizFiles(quizzesDir: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(quizzesDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'engine' || entry.name.startsWith('.'))
      continue
    for (const file of readdirSync(join(quizzesDir, entry.name)).sort()) {
      if (/\.ya?ml$/.test(file))
        files.push(join(quizzesDir, entry.name, file))
    }
  }
  return files.sort()
}

/** Load and validate every quiz file below `quizzesDir`; paths in errors are relative to `rootDir`. */
export function loadQuizzes(quizzesDir: string, rootDir: string): LoadResult {
  const files = listQuizFiles(quizzesDir)
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
  return { quizzes, errors, files }
}
