/** Final assessment states made in Node, for tests that need one already taken (not answered slide by slide). */
import type { FinalAttempt, FinalState } from '../../../quizzes/engine/attempts'
import type { Response } from '../../../quizzes/engine/responses'
import type { Question } from '../../../quizzes/engine/schema'
import { join } from 'node:path'
import { learningModules } from '../../../modules.ts'
import { FINAL_VERSION, lookupIn } from '../../../quizzes/engine/attempts.ts'
import { banksOf, drawFinal } from '../../../quizzes/engine/draw.ts'
import { loadQuizzes } from '../../../quizzes/engine/load.ts'
import { root } from '../../../scripts/paths.ts'
import { correctResponse } from './keyboard.ts'

const { finalRules, quizzes } = loadQuizzes(join(root, 'quizzes'), root)
const lookup = lookupIn(quizzes)

/** The fully correct response to a question (each part of a scenario). */
export function correctFor(q: Question): Response {
  return q.type === 'scenario' ? Object.fromEntries(q.questions.map(s => [s.id, correctResponse(s)])) : correctResponse(q)
}

/** A finished attempt with every question answered correctly (100%), as the browser saves it. */
export function passedAttempt(seed: number, startedAt: string, finishedAt: string): FinalAttempt {
  const draw = drawFinal(banksOf(quizzes, learningModules), finalRules?.perObjective ?? 1, seed)
  const answers = Object.fromEntries(draw.map((d, i) => [String(i), correctFor(lookup(d.quiz, d.id)!)]))
  return { seed, draw, answers, startedAt, finishedAt }
}

export function finalState(...attempts: FinalAttempt[]): FinalState {
  return { version: FINAL_VERSION, attempts }
}

/** An attempt just started, showing `draw` (questions chosen by the test, not by the draw rule). */
export function openAttempt(seed: number, draw: FinalAttempt['draw'], startedAt: string): FinalAttempt {
  return { seed, draw, answers: {}, startedAt }
}

/** Every question the final can draw, each with where it came from. */
export function allBankQuestions(): FinalAttempt['draw'] {
  return [...banksOf(quizzes, learningModules).values()].flat()
}

/** How many questions an attempt shows: one slide each in the final deck. */
export const drawLength = drawFinal(banksOf(quizzes, learningModules), finalRules?.perObjective ?? 1, 1).length
