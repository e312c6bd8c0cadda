import type { Response, SimpleResponse } from './responses.ts'
/**
 * Scoring. Fractions are kept exact; only the module percentage shown to people is rounded
 * (to the nearest whole number). Partial credit is never below zero.
 */
import type { LoadedQuiz, Question, SimpleQuestion } from './schema.ts'
import { responseOfPart } from './present.ts'
import { unreachable } from './unreachable.ts'

export interface QuestionScore {
  id: string
  earned: number
  possible: number
  /** True when the learner got full points. */
  correct: boolean
}

/** Share of full credit (0..1) a response earns on a question that is not a scenario. */
export function creditFor(q: SimpleQuestion, r: SimpleResponse | undefined): number {
  if (r === undefined)
    return 0
  switch (q.type) {
    case 'single':
      return r === q.answer ? 1 : 0
    case 'true-false':
      return r === q.answer ? 1 : 0
    case 'multiple': {
      if (!Array.isArray(r))
        return 0
      const chosen = new Set(r)
      const right = q.answer.filter(a => chosen.has(a)).length
      const wrong = [...chosen].filter(c => !q.answer.includes(c)).length
      return Math.max(0, (right - wrong) / q.answer.length)
    }
    case 'ordering': {
      if (!Array.isArray(r))
        return 0
      const inPlace = q.items.filter((item, i) => r[i] === item.id).length
      return inPlace / q.items.length
    }
    case 'matching': {
      if (typeof r !== 'object' || Array.isArray(r))
        return 0
      const matched = q.pairs.filter(p => r[p.id] === p.id).length
      return matched / q.pairs.length
    }
    default:
      return unreachable(q)
  }
}

export function possiblePoints(q: Question): number {
  return q.type === 'scenario' ? q.questions.reduce((sum, s) => sum + s.points, 0) : q.points
}

export function scoreQuestion(q: Question, r: Response | undefined): QuestionScore {
  const possible = possiblePoints(q)
  let earned: number
  if (q.type === 'scenario')
    earned = q.questions.reduce((sum, s) => sum + s.points * creditFor(s, responseOfPart(q, r, s.id)), 0)
  else
    earned = q.points * creditFor(q, responseOfPart(q, r, q.id))
  return { id: q.id, earned, possible, correct: earned >= possible }
}

export interface QuizScore {
  earned: number
  possible: number
  /** Unrounded percentage, 0..100. */
  percent: number
  /** What people see: percentage rounded to the nearest whole number. */
  shownPercent: number
  answered: number
  total: number
  /** Scored quizzes only: passed when the unrounded percentage reaches the pass mark. */
  passed: boolean | undefined
  questions: QuestionScore[]
}

/** Score a quiz from the responses a learner has submitted (checked); unanswered questions earn 0. */
export function scoreQuiz(quiz: LoadedQuiz, responses: Record<string, Response | undefined>): QuizScore {
  const questions = quiz.questions.map(q => scoreQuestion(q, responses[q.id]))
  const earned = questions.reduce((s, q) => s + q.earned, 0)
  const possible = questions.reduce((s, q) => s + q.possible, 0)
  const percent = possible === 0 ? 0 : (earned / possible) * 100
  return {
    earned,
    possible,
    percent,
    shownPercent: Math.round(percent),
    answered: quiz.questions.filter(q => responses[q.id] !== undefined).length,
    total: quiz.questions.length,
    passed: quiz.kind === 'scored' && quiz.passMark !== undefined ? percent >= quiz.passMark : undefined,
    questions,
  }
}

/**
 * Points are shown as whole or half points (2.67 of 3 shows as 2.5): partial credit is a fraction of
 * a point, and "2.67" reads as false precision. Pass or fail uses the unrounded score.
 */
export function formatPoints(n: number): string {
  return String(Math.round(n * 2) / 2)
}
