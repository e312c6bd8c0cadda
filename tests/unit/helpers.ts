import type { LoadedQuiz } from '../../quizzes/engine/schema'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseQuiz } from '../../quizzes/engine/parse'

export const fixtures = join(import.meta.dirname, '..', 'fixtures')

/** The valid demo quiz that has one question of every type. */
export function demoQuiz(): LoadedQuiz {
  const file = 'tests/fixtures/quizzes/demo/all-types.yaml'
  const result = parseQuiz(file, readFileSync(join(fixtures, 'quizzes/demo/all-types.yaml'), 'utf8'))
  if (!result.ok)
    throw new Error(JSON.stringify(result.errors))
  return result.quiz
}

export function question<T extends LoadedQuiz['questions'][number]['type']>(quiz: LoadedQuiz, id: string, type: T) {
  const q = quiz.questions.find(x => x.id === id)
  if (!q || q.type !== type)
    throw new Error(`no ${type} question ${id}`)
  return q as Extract<LoadedQuiz['questions'][number], { type: T }>
}
