/** The questions a classroom may ask: every question of a module's quizzes, by `<quiz id>:<question id>`. */
import type { Question } from '../../quizzes/engine/schema.ts'
import { join } from 'node:path'
import { loadQuizzes } from '../../quizzes/engine/load.ts'
import { root } from '../paths.ts'

export function questionsOf(moduleIds: string[]): Map<string, Question> {
  const { quizzes, errors } = loadQuizzes(join(root, 'quizzes'), root)
  if (errors.length > 0)
    throw new Error(`Quiz files have problems; run "npm run check".`)
  const map = new Map<string, Question>()
  for (const quiz of quizzes.filter(q => moduleIds.includes(q.module))) {
    for (const q of quiz.questions)
      map.set(`${quiz.id}:${q.id}`, q)
  }
  return map
}
