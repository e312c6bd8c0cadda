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

/**
 * Where an answer key is shown, which decides the labels it may use:
 * - `static`: beside StaticQuestion's layout (paper, the presenter view, thumbnails), where ordering
 *   items are lettered A, B, ... and matching prompts numbered 1, 2, ...;
 * - `interactive`: under the learner's own controls, where ordering items show only their current
 *   position and matching rows are unnumbered, each headed by its prompt. Letters appear there only on
 *   the options of choice questions and on the choices of a matching question.
 */
export type KeyView = 'static' | 'interactive'

/** The words an answer key is written in, from the page's message catalogue. */
export type KeyWords = TrueFalseWords & Pick<Messages['answerKey'], 'choiceLine' | 'matchByNumber' | 'orderLine' | 'matchLine'>

/** The catalogue's words for answer keys. */
export function keyWordsOf(m: Messages): KeyWords {
  const { choiceLine, matchByNumber, orderLine, matchLine } = m.answerKey
  return { true: m.quiz.true, false: m.quiz.false, choiceLine, matchByNumber, orderLine, matchLine }
}

/**
 * The answer, one entry per right option, per item (in the correct order) or per prompt, labelled as
 * `view` labels them, e.g. "B: The carrier" (choices, both views), "D" (an ordering item, static) or
 * "1. <item text>" (interactive), "1 → B" (a matching prompt, static) or "<prompt> → B: <choice>"
 * (interactive).
 */
export function answerLines(q: SimpleQuestion, seed: number, key: string, words: KeyWords = keyWordsOf(en), view: KeyView = 'static'): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'true-false': {
      // Both views letter the options the same way (StaticQuestion and ChoiceInput use choicesOf).
      const choices = choicesOf(q, seed, key, words)
      const right = correctChoiceIds(q)
      return choices.map((c, i) => ({ c, i })).filter(({ c }) => right.includes(c.id)).map(({ c, i }) => words.choiceLine(letter(i), c.text))
    }
    case 'ordering': {
      if (view === 'interactive')
        return q.items.map((item, i) => words.orderLine(i + 1, item.text))
      const shown = initialOrder(q, seed, key)
      return q.items.map(item => letter(shown.indexOf(item.id)))
    }
    case 'matching': {
      const choices = matchChoices(q, seed, key)
      return q.pairs.map((p, i) => {
        const at = choices.findIndex(c => c.id === p.id)
        return view === 'interactive' ? words.matchLine(p.prompt, letter(at), p.match) : words.matchByNumber(i + 1, letter(at))
      })
    }
    default:
      return unreachable(q)
  }
}

/** The answer in words as one line of text (see answerLines), e.g. "D, A, B, C" or "B: The carrier". */
export function answerText(q: SimpleQuestion, seed: number, key: string, words: KeyWords = keyWordsOf(en), view: KeyView = 'static'): string {
  // The static keys are short labels ("D, A, B, C"; "1 → D, 2 → E"); the others are phrases.
  const short = view === 'static' && (q.type === 'ordering' || q.type === 'matching')
  return answerLines(q, seed, key, words, view).join(short ? ', ' : '; ')
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

/**
 * Whether a learner's view shows feedback on a checked answer to `q` before the answer is given
 * away: choice questions show the feedback of every chosen option (the format requires one on each),
 * while ordering items and matching rows are marked only once the whole answer is shown (`showAll`).
 */
export function showsFeedback(q: SimpleQuestion, showAll: boolean): boolean {
  const controls = controlsOf[q.type]
  switch (controls) {
    case 'choice': return true
    case 'ordering':
    case 'matching': return showAll
    default: return unreachable(controls)
  }
}

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
