/** How a question is laid out for a learner or a printout: option order and letters, from the seed. */
import type { SimpleResponse } from './responses.ts'
import type { MatchingQuestion, SimpleQuestion } from './schema.ts'
import { letter, seededShuffle, shuffledOrder } from './shuffle.ts'

export interface Choice {
  id: string
  text: string
  /** Feedback shown when the learner picks this choice (choice questions only). */
  feedback?: string
}

/** The choices of a single/multiple/true-false question in display order. */
export function choicesOf(q: SimpleQuestion, seed: number, key: string): Choice[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.shuffle ? seededShuffle(q.options, seed, key) : [...q.options]
    case 'true-false':
      // Never shuffled: "True" first is what every reader expects.
      return [
        { id: 'true', text: 'True', feedback: q.feedback.true },
        { id: 'false', text: 'False', feedback: q.feedback.false },
      ]
    default:
      return []
  }
}

/** Ids of the correct choices, in the same id space as choicesOf. */
export function correctChoiceIds(q: SimpleQuestion): string[] {
  switch (q.type) {
    case 'single': return [q.answer]
    case 'multiple': return q.answer
    case 'true-false': return [String(q.answer)]
    default: return []
  }
}

/** Starting order of an ordering question's items for this learner (never the answer itself). */
export function initialOrder(q: Extract<SimpleQuestion, { type: 'ordering' }>, seed: number, key: string): string[] {
  return shuffledOrder(q.items.map(i => i.id), seed, key)
}

/** The choices offered for every prompt of a matching question, shuffled once per question. */
export function matchChoices(q: MatchingQuestion, seed: number, key: string): Choice[] {
  return seededShuffle([...q.pairs.map(p => ({ id: p.id, text: p.match })), ...q.distractors], seed, key)
}

/** What a question holds before the learner touches it. */
export function emptyResponse(q: SimpleQuestion, seed: number, key: string): SimpleResponse | undefined {
  switch (q.type) {
    case 'multiple': return []
    case 'ordering': return initialOrder(q, seed, key)
    case 'matching': return {}
    default: return undefined
  }
}

/** Whether "Check" has something to check: every part answered. Ordering is always complete. */
export function isComplete(q: SimpleQuestion, r: SimpleResponse | undefined): boolean {
  switch (q.type) {
    case 'single': return typeof r === 'string'
    case 'true-false': return typeof r === 'boolean'
    case 'multiple': return Array.isArray(r) && r.length > 0
    case 'ordering': return Array.isArray(r) && r.length === q.items.length
    case 'matching': return typeof r === 'object' && r !== null && !Array.isArray(r) && q.pairs.every(p => typeof r[p.id] === 'string')
  }
}

/** The answer in words, using the letters of the given layout, e.g. "B: The carrier". */
export function answerText(q: SimpleQuestion, seed: number, key: string): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'true-false': {
      const choices = choicesOf(q, seed, key)
      const right = correctChoiceIds(q)
      return choices.map((c, i) => ({ c, i })).filter(({ c }) => right.includes(c.id)).map(({ c, i }) => `${letter(i)}: ${c.text}`).join('; ')
    }
    case 'ordering': {
      const shown = initialOrder(q, seed, key)
      return q.items.map(item => `${letter(shown.indexOf(item.id))}`).join(', ')
    }
    case 'matching': {
      const choices = matchChoices(q, seed, key)
      return q.pairs.map((p, i) => `${i + 1} → ${letter(choices.findIndex(c => c.id === p.id))}`).join(', ')
    }
  }
}
