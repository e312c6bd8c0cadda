/**
 * Quiz data in the browser: the validated quizzes that the Vite plugin bundles from `quizzes/`.
 * A module's page gets only its own module's quizzes; the course home gets every quiz. Only quiz
 * components import this file, so the data loads with the first slide that shows a question.
 */
import type { LoadedQuiz, Question } from '../quizzes/engine/schema'
import { deckSlides, finalRules, ownsQuiz, quizzes } from 'virtual:course-quizzes'
import { pruneSavedProgress } from './useProgress'

export { deckSlides, finalRules, ownsQuiz, quizzes }

// Saved answers to questions the course no longer has can only be told apart once the quiz data is
// here; dropping them now (with a notice) keeps that check off the page's first load.
pruneSavedProgress(quizzes, ownsQuiz)

export function findQuiz(id: string): LoadedQuiz | undefined {
  return quizzes.find(q => q.id === id)
}

export function findQuestion(quizId: string, questionId: string): Question | undefined {
  return findQuiz(quizId)?.questions.find(q => q.id === questionId)
}
