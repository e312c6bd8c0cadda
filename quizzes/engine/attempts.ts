/**
 * The final assessment's attempts as saved in the browser (under FINAL_KEY, beside the module progress):
 * each attempt keeps its seed, its drawn questions and its answers, so a reload, the printout and the
 * key agree, and a retake is a new seed and a new draw. Reading never throws: entries that do not fit
 * (a tampered count, a draw naming questions that no longer exist) are dropped with a notice, and
 * valid attempts are kept. Plain TypeScript, no Vue or Slidev.
 */
import type { DrawnQuestion } from './draw.ts'
import type { Response } from './responses.ts'
import type { FinalRules, LoadedQuiz, Question } from './schema.ts'
import { isRecord, isResponse } from './responses.ts'
import { scoreQuestion } from './score.ts'

export const FINAL_KEY = 'messaging-leaks-course:final'
export const FINAL_VERSION = 1

export interface FinalAttempt {
  seed: number
  /** The drawn questions, in the order the deck shows them. */
  draw: DrawnQuestion[]
  /** Checked answers by position in the draw ("0", "1", ...): final once checked. */
  answers: Record<string, Response>
  startedAt: string
  /** When the last question was answered (ISO); missing in attempts saved before it was recorded. */
  finishedAt?: string
}

export interface FinalState {
  version: typeof FINAL_VERSION
  attempts: FinalAttempt[]
}

export type QuestionLookup = (quiz: string, id: string) => Question | undefined

export function lookupIn(quizzes: LoadedQuiz[]): QuestionLookup {
  return (quiz, id) => quizzes.find(q => q.id === quiz)?.questions.find(q => q.id === id)
}

export interface FinalNoticeText {
  unreadable: string
  droppedAttempts: (n: number) => string
  tooMany: (limit: number) => string
}

function readDrawn(v: unknown, lookup: QuestionLookup): DrawnQuestion | undefined {
  if (!isRecord(v) || typeof v.quiz !== 'string' || typeof v.id !== 'string' || typeof v.module !== 'string' || typeof v.objective !== 'string')
    return undefined
  return lookup(v.quiz, v.id) ? { quiz: v.quiz, id: v.id, module: v.module, objective: v.objective } : undefined
}

function readAttempt(v: unknown, lookup: QuestionLookup, drawSize: number): FinalAttempt | undefined {
  if (!isRecord(v) || !Number.isInteger(v.seed) || !Array.isArray(v.draw) || !isRecord(v.answers) || typeof v.startedAt !== 'string')
    return undefined
  const draw = v.draw.map(d => readDrawn(d, lookup))
  // A draw that names a question the course no longer has cannot be scored fairly.
  if (draw.length !== drawSize || draw.includes(undefined))
    return undefined
  const answers: Record<string, Response> = {}
  for (const [k, r] of Object.entries(v.answers)) {
    const i = Number(k)
    if (Number.isInteger(i) && i >= 0 && i < drawSize && isResponse(r))
      answers[String(i)] = r
  }
  const attempt: FinalAttempt = { seed: v.seed as number, draw: draw as DrawnQuestion[], answers, startedAt: v.startedAt }
  // Optional: a value that is not a readable time is dropped, and the attempt kept.
  if (typeof v.finishedAt === 'string' && !Number.isNaN(Date.parse(v.finishedAt)))
    attempt.finishedAt = v.finishedAt
  return attempt
}

/** Saved text to attempts; `notices` say what was dropped and why. */
export function parseFinalState(raw: string | null, lookup: QuestionLookup, rules: Pick<FinalRules, 'attempts'>, drawSize: number, text: FinalNoticeText): { state: FinalState, notices: string[] } {
  const empty: FinalState = { version: FINAL_VERSION, attempts: [] }
  if (raw === null)
    return { state: empty, notices: [] }
  let data: unknown
  try {
    data = JSON.parse(raw)
  }
  catch {
    return { state: empty, notices: [text.unreadable] }
  }
  if (!isRecord(data) || !Array.isArray(data.attempts))
    return { state: empty, notices: [text.unreadable] }
  const notices: string[] = []
  let attempts = data.attempts.map(a => readAttempt(a, lookup, drawSize)).filter((a): a is FinalAttempt => a !== undefined)
  if (attempts.length < data.attempts.length)
    notices.push(text.droppedAttempts(data.attempts.length - attempts.length))
  // More attempts than the rules allow can only come from an edited value: keep the first ones.
  if (attempts.length > rules.attempts) {
    attempts = attempts.slice(0, rules.attempts)
    notices.push(text.tooMany(rules.attempts))
  }
  return { state: { version: FINAL_VERSION, attempts }, notices }
}

export interface MissedObjective {
  module: string
  objective: string
}

export interface AttemptScore {
  earned: number
  possible: number
  answered: number
  total: number
  /** Rounded to a whole number for display; `passed` uses the unrounded value. */
  percent: number
  passed: boolean
  /** Objectives where the learner earned less than full points, in draw order, each once. */
  missed: MissedObjective[]
}

export function scoreAttempt(attempt: FinalAttempt, lookup: QuestionLookup, passMark: number): AttemptScore {
  let earned = 0
  let possible = 0
  let answered = 0
  const missed: MissedObjective[] = []
  attempt.draw.forEach((d, i) => {
    const q = lookup(d.quiz, d.id)
    if (!q)
      return
    const r = attempt.answers[String(i)]
    const s = scoreQuestion(q, r)
    earned += s.earned
    possible += s.possible
    if (r !== undefined)
      answered++
    if (!s.correct && !missed.some(m => m.module === d.module && m.objective === d.objective))
      missed.push({ module: d.module, objective: d.objective })
  })
  const exact = possible ? (earned / possible) * 100 : 0
  return { earned, possible, answered, total: attempt.draw.length, percent: Math.round(exact), passed: answered === attempt.draw.length && exact >= passMark, missed }
}

export function isFinished(attempt: FinalAttempt): boolean {
  return attempt.draw.every((_, i) => attempt.answers[String(i)] !== undefined)
}
