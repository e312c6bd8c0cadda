/**
 * Where a deck shows its quiz components: the slide number (1-based) of every `<Question>`, each
 * scored quiz's `<QuizScore>`, and the final assessment's start and first question. Read with
 * Slidev's own parser at build time, so links between slides (retake a quiz, go to the first
 * question) follow the deck when slides are added, and browser tests find the same slides.
 * Node only (reads files).
 */
import { readFileSync } from 'node:fs'
import { parseSync } from '@slidev/parser'

export interface DeckSlides {
  /** `<quiz id>:<question id>` to the slide showing it. */
  questions: Record<string, number>
  /** Scored quiz id to its score slide. */
  scores: Record<string, number>
  /** Quiz id to the slide of its first question. */
  firstQuestion: Record<string, number>
  /** The final assessment's start slide and first question slide, in its deck. */
  finalStart?: number
  finalFirst?: number
  total: number
}

export function deckSlides(file: string): DeckSlides {
  const deck = parseSync(readFileSync(file, 'utf8'), file)
  const found: DeckSlides = { questions: {}, scores: {}, firstQuestion: {}, total: deck.slides.length }
  deck.slides.forEach((slide, i) => {
    const n = i + 1
    for (const m of slide.content.matchAll(/<Question\s+quiz="([^"]+)"\s+id="([^"]+)"/g)) {
      found.questions[`${m[1]}:${m[2]}`] ??= n
      found.firstQuestion[m[1]!] ??= n
    }
    for (const m of slide.content.matchAll(/<QuizScore\s+quiz="([^"]+)"/g))
      found.scores[m[1]!] ??= n
    if (/<FinalStart\b/.test(slide.content))
      found.finalStart ??= n
    if (/<FinalQuestion\s+:n="1"/.test(slide.content))
      found.finalFirst ??= n
  })
  return found
}
