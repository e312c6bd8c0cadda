/** Quiz data in the browser: the validated quizzes that the Vite plugin bundles from `quizzes/`. */
import type { LoadedQuiz, Question } from '../quizzes/engine/schema'
import { quizzes } from 'virtual:course-quizzes'

export { quizzes }

export function findQuiz(id: string): LoadedQuiz | undefined {
  return quizzes.find(q => q.id === id)
}

export function findQuestion(quizId: string, questionId: string): Question | undefined {
  return findQuiz(quizId)?.questions.find(q => q.id === questionId)
}
