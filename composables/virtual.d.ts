declare module 'virtual:course-quizzes' {
  import type { DeckSlides } from '../quizzes/engine/deckSlides'
  import type { FinalRules, LoadedQuiz } from '../quizzes/engine/schema'

  /** This page's quizzes: one module's on a module page, every quiz on the course home. */
  export const quizzes: LoadedQuiz[]
  /** Whether `quizzes` is the full list for this quiz id's module (so a missing quiz was removed). */
  export function ownsQuiz(quizId: string): boolean
  /** The final assessment's rules (quizzes/final/rules.yaml), on every page. */
  export const finalRules: FinalRules | undefined
  /** Where this module's deck shows its quiz slides; null outside a module's deck. */
  export const deckSlides: DeckSlides | null
}
