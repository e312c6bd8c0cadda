/** Facts about the decks that browser tests need: which slide holds which question. */
import type { LoadedQuiz } from '../../../quizzes/engine/schema'
import { join } from 'node:path'
import { deckSlides } from '../../../quizzes/engine/deckSlides.ts'
import { loadQuizzes } from '../../../quizzes/engine/load.ts'
import { root } from '../../../scripts/paths.ts'

const { quizzes } = loadQuizzes(join(root, 'quizzes'), root)

export function quiz(id: string): LoadedQuiz {
  const q = quizzes.find(x => x.id === id)
  if (!q)
    throw new Error(`no quiz ${id}`)
  return q
}

/** Slide number (1-based) of each `<Question quiz=".." id=".." />` and `<QuizScore>` in a module's deck. */
export function slideNumbers(moduleId: string) {
  const found = deckSlides(join(root, 'slides', `${moduleId}.md`))
  return { ...found, questions: new Map(Object.entries(found.questions)), scores: new Map(Object.entries(found.scores)), firstQuestion: new Map(Object.entries(found.firstQuestion)), finalStart: found.finalStart ?? 0, finalFirst: found.finalFirst ?? 0 }
}
