/** Facts about the decks that browser tests need: which slide holds which question. */
import type { LoadedQuiz, Question } from '../../../quizzes/engine/schema'
import { join } from 'node:path'
import { deckFile, findModule, learningModules } from '../../../modules.ts'
import { deckSlides } from '../../../quizzes/engine/deckSlides.ts'
import { banksOf, drawFinal } from '../../../quizzes/engine/draw.ts'
import { loadQuizzes, loadTranslation } from '../../../quizzes/engine/load.ts'
import { PRINT_SEED } from '../../../quizzes/engine/shuffle.ts'
import { root } from '../../../scripts/paths.ts'

const { quizzes, finalRules } = loadQuizzes(join(root, 'quizzes'), root)

/** A quiz by id; in another language, its translation (quizzes/<lang>/<module>/), which keeps the original's ids. */
export function quiz(id: string, lang = 'en'): LoadedQuiz {
  const from = lang === 'en' ? quizzes : loadTranslation(join(root, 'quizzes'), root, lang, id.split('/')[0]!).quizzes
  const q = from.find(x => x.id === id)
  if (!q)
    throw new Error(`no quiz ${id}${lang === 'en' ? '' : ` in ${lang}`}`)
  return q
}

/** Slide number (1-based) of each `<Question quiz=".." id=".." />` and `<QuizScore>` in a module's deck (in `lang`, its translation's deck). */
export function slideNumbers(moduleId: string, lang = 'en') {
  const found = deckSlides(join(root, lang === 'en' ? join('slides', `${moduleId}.md`) : deckFile(findModule(moduleId)!, lang)))
  return { ...found, questions: new Map(Object.entries(found.questions)), scores: new Map(Object.entries(found.scores)), firstQuestion: new Map(Object.entries(found.firstQuestion)), finalStart: found.finalStart ?? 0, finalFirst: found.finalFirst ?? 0 }
}

/**
 * The questions a module's printed editions show, in deck order: the deck's own, or for the final
 * assessment the one draw the handout and key print (seed PRINT_SEED).
 */
export function printedQuestions(moduleId: string): Question[] {
  const lookup = (quizId: string, id: string) => quiz(quizId).questions.find(q => q.id === id)!
  if (findModule(moduleId)?.kind === 'assessment')
    return drawFinal(banksOf(quizzes, learningModules), finalRules?.perObjective ?? 1, PRINT_SEED).map(d => lookup(d.quiz, d.id))
  return [...slideNumbers(moduleId).questions.keys()].map((key) => {
    const [quizId, id] = key.split(':') as [string, string]
    return lookup(quizId, id)
  })
}
