/** How a question is laid out for a learner or a printout: option order and letters, from the seed. */
import type { Messages } from '../../i18n/en.ts'
import type { Response, ScenarioResponse, SimpleResponse } from './responses.ts'
import type { MatchingQuestion, Question, SimpleQuestion } from './schema.ts'
import { en } from '../../i18n/en.ts'
import { isScenarioResponse } from './responses.ts'
import { letter, seededShuffle, shuffledOrder } from './shuffle.ts'
import { unreachable } from './unreachable.ts'

export interface Choice {
  id: string
  text: string
  /** Feedback shown when the learner picks this choice (choice questions only). */
  feedback?: string
}

/** The choices of a single/multiple/true-false question in display order; none for other types. */
/** The words for "True" and "False", from the page's message catalogue. */
export type TrueFalseWords = Pick<Messages['quiz'], 'true' | 'false'>

export function choicesOf(q: SimpleQuestion, seed: number, key: string, words: TrueFalseWords = en.quiz): Choice[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.shuffle ? seededShuffle(q.options, seed, key) : [...q.options]
    case 'true-false':
      // Never shuffled: "True" first is what every reader expects.
      return [
        { id: 'true', text: words.true, feedback: q.feedback.true },
        { id: 'false', text: words.false, feedback: q.feedback.false },
      ]
    case 'ordering':
    case 'matching':
      return []
    default:
      return unreachable(q)
  }
}

/** Ids of the correct choices, in the same id space as choicesOf. */
export function correctChoiceIds(q: SimpleQuestion): string[] {
  switch (q.type) {
    case 'single': return [q.answer]
    case 'multiple': return q.answer
    case 'true-false': return [String(q.answer)]
    case 'ordering':
    case 'matching': return []
    default: return unreachable(q)
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
    case 'single':
    case 'true-false': return undefined
    default: return unreachable(q)
  }
}

/** The fully correct response: what the audience screen shows filled in once the trainer reveals the answer. */
export function correctResponse(q: SimpleQuestion): SimpleResponse {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'true-false': return q.answer
    case 'ordering': return q.items.map(i => i.id)
    case 'matching': return Object.fromEntries(q.pairs.map(p => [p.id, p.id]))
    default: return unreachable(q)
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
    default: return unreachable(q)
  }
}

/** The answer in words, using the letters of the given layout, e.g. "B: The carrier". */
export function answerText(q: SimpleQuestion, seed: number, key: string, words: TrueFalseWords = en.quiz): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'true-false': {
      const choices = choicesOf(q, seed, key, words)
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
    default:
      return unreachable(q)
  }
}

/** Which heading a question's answer key has ("Correct answer", "Correct order", ...; see i18n/). */
export function answerKind(q: SimpleQuestion): 'single' | 'multiple' | 'ordering' | 'matching' {
  switch (q.type) {
    case 'single':
    case 'true-false': return 'single'
    case 'multiple': return 'multiple'
    case 'ordering': return 'ordering'
    case 'matching': return 'matching'
    default: return unreachable(q)
  }
}

/** Which controls a learner answers a question with; a type missing here is a type error. */
export const controlsOf = {
  'single': 'choice',
  'multiple': 'choice',
  'true-false': 'choice',
  'ordering': 'ordering',
  'matching': 'matching',
} as const satisfies Record<SimpleQuestion['type'], 'choice' | 'ordering' | 'matching'>

/** The response to one part of a question: the question's own, or one sub-question's in a scenario. */
export function responseOfPart(q: Question, r: Response | undefined, partId: string): SimpleResponse | undefined {
  if (q.type === 'scenario') {
    return isScenarioResponse(r) ? r[partId] : undefined
  }
  // Stored responses carry no type tag: a question that is not a scenario holds a simple response.
  return r as SimpleResponse | undefined
}

/** The response to store for a question, from the responses of its parts (unanswered parts left out). */
export function responseFromParts(q: Question, parts: Record<string, SimpleResponse | undefined>): Response | undefined {
  if (q.type !== 'scenario')
    return parts[q.id]
  const answered: ScenarioResponse = {}
  for (const sub of q.questions) {
    const r = parts[sub.id]
    if (r !== undefined)
      answered[sub.id] = r
  }
  return answered
}
