/** Facts about the decks that browser tests need: which slide holds which question. */
import type { LoadedQuiz } from '../../../quizzes/engine/schema'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
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
export function slideNumbers(moduleId: string): { questions: Map<string, number>, scores: Map<string, number>, total: number } {
  const file = join(root, 'slides', `${moduleId}.md`)
  const deck = parseSync(readFileSync(file, 'utf8'), file)
  const questions = new Map<string, number>()
  const scores = new Map<string, number>()
  deck.slides.forEach((slide, i) => {
    for (const m of slide.content.matchAll(/<Question\s+quiz="([^"]+)"\s+id="([^"]+)"/g))
      questions.set(`${m[1]}:${m[2]}`, i + 1)
    for (const m of slide.content.matchAll(/<QuizScore\s+quiz="([^"]+)"/g))
      scores.set(m[1] as string, i + 1)
  })
  return { questions, scores, total: deck.slides.length }
}
