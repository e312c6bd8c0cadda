import type { Progress } from '../progress.ts'
import type { Response, SimpleResponse } from '../responses.ts'
/**
 * What the course tells an LMS about one module, worked out from saved progress with the same
 * scoring the score slide uses (score.ts): the course's own scoring is the single source of truth.
 * Plain data, no knowledge of any LMS standard; scorm.ts and cmi5.ts translate it.
 */
import type { LoadedQuiz, Question, SimpleQuestion } from '../schema.ts'
import { creditFor, scoreQuiz } from '../score.ts'

export interface ScopeReport {
  /** 0..100, the module quiz's unrounded percentage, kept to two decimals. */
  percent: number
  /** Every question of the scored quiz answered and checked. */
  completed: boolean
  /** Known only once completed: the percentage reached the mastery score. */
  passed: boolean | undefined
  /** The pass mark used (0..100): the LMS's own mastery score when it sends one, else the quiz file's. */
  masteryPercent: number
}

/** The scored quiz of a module scope; every module has exactly one (a content test checks it). */
export function scoredQuizOf(quizzes: LoadedQuiz[], quizId: string): LoadedQuiz | undefined {
  return quizzes.find(q => q.id === quizId && q.kind === 'scored')
}

function checkedResponses(progress: Progress, quizId: string): Record<string, Response> {
  const out: Record<string, Response> = {}
  for (const [id, a] of Object.entries(progress.answers[quizId] ?? {})) {
    if (a.checked)
      out[id] = a.response
  }
  return out
}

export function reportFor(progress: Progress, quiz: LoadedQuiz, lmsMasteryPercent?: number): ScopeReport {
  const score = scoreQuiz(quiz, checkedResponses(progress, quiz.id))
  const masteryPercent = lmsMasteryPercent ?? quiz.passMark ?? 100
  const completed = score.answered === score.total
  return {
    percent: Math.round(score.percent * 100) / 100,
    completed,
    passed: completed ? score.percent >= masteryPercent : undefined,
    masteryPercent,
  }
}

export type InteractionType = 'choice' | 'true-false' | 'sequencing' | 'matching'

/** One answered question (a scenario gives one per part), in terms every standard can carry. */
export interface Interaction {
  /** `<module>.<quiz>.<question>[.<part>]`: stable ids from the quiz file, at most 255 characters. */
  id: string
  /** Which check this is for the question (1 for a scored quiz); a knowledge-check retry is a new record. */
  attempt: number
  type: InteractionType
  question: SimpleQuestion
  response: SimpleResponse
  correct: boolean
  weighting: number
  prompt: string
}

const typeOf: Record<SimpleQuestion['type'], InteractionType> = {
  'single': 'choice',
  'multiple': 'choice',
  'true-false': 'true-false',
  'ordering': 'sequencing',
  'matching': 'matching',
}

function simple(id: string, attempt: number, q: SimpleQuestion, r: SimpleResponse): Interaction {
  return { id, attempt, type: typeOf[q.type], question: q, response: r, correct: creditFor(q, r) === 1, weighting: q.points, prompt: q.prompt }
}

/** The interactions of every checked answer of these quizzes, in quiz and question order. */
export function interactionsOf(progress: Progress, quizzes: LoadedQuiz[]): Interaction[] {
  const out: Interaction[] = []
  for (const quiz of quizzes) {
    const prefix = quiz.id.replace('/', '.')
    for (const q of quiz.questions) {
      const a = progress.answers[quiz.id]?.[q.id]
      if (!a?.checked)
        continue
      out.push(...ofQuestion(`${prefix}.${q.id}`, a.attempts, q, a.response))
    }
  }
  return out
}

function ofQuestion(id: string, attempt: number, q: Question, r: Response): Interaction[] {
  if (q.type !== 'scenario')
    return [simple(id, attempt, q, r as SimpleResponse)]
  const parts = (typeof r === 'object' && !Array.isArray(r)) ? r as Record<string, SimpleResponse> : {}
  return q.questions.flatMap(s => (parts[s.id] === undefined ? [] : [simple(`${id}.${s.id}`, attempt, s, parts[s.id]!)]))
}

/** Which (question, attempt) an interaction stands for: the session sends each one once. */
export function interactionKey(i: Interaction): string {
  return `${i.id}#${i.attempt}`
}
