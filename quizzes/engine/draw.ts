/**
 * The final assessment's draw: for every learning objective of every module, `perObjective` questions
 * taken from that module's banks (its scored quiz and its `bank` quizzes), chosen by a seeded shuffle.
 * The same seed gives the same draw, so a reload, the printout and the answer key agree; a retake
 * stores a new seed and so gets a new draw. Plain TypeScript, no Vue or Slidev, and no YAML or zod:
 * the rules file is read at build time (parse.ts), so this file can run in the browser.
 */
import type { LoadedQuiz, Question } from './schema.ts'
import { seededShuffle } from './shuffle.ts'

/** The module fields the draw needs (modules.ts), kept narrow so tests can pass small lists. */
export interface BankModule {
  id: string
  objectives: { id: string }[]
}

/** One drawn question: where it lives (quiz and question id) and what it assesses. */
export interface DrawnQuestion {
  quiz: string
  id: string
  module: string
  objective: string
}

/** The objective a top-level question assesses; a scenario without one takes its first part's. */
export function objectiveOf(q: Question): string | undefined {
  return q.objective ?? (q.type === 'scenario' ? q.questions.find(s => s.objective)?.objective : undefined)
}

/** Every question the final can draw from, grouped by `<module>/<objective>`, in file order. */
export function banksOf(quizzes: LoadedQuiz[], mods: BankModule[]): Map<string, DrawnQuestion[]> {
  const banks = new Map<string, DrawnQuestion[]>()
  for (const mod of mods) {
    for (const o of mod.objectives)
      banks.set(`${mod.id}/${o.id}`, [])
  }
  for (const quiz of quizzes) {
    if (quiz.kind === 'check')
      continue
    for (const q of quiz.questions) {
      const objective = objectiveOf(q)
      banks.get(`${quiz.module}/${objective}`)?.push({ quiz: quiz.id, id: q.id, module: quiz.module, objective: objective! })
    }
  }
  return banks
}

/** One attempt's questions, objective by objective in module order, so related questions sit together. */
export function drawFinal(banks: Map<string, DrawnQuestion[]>, perObjective: number, seed: number): DrawnQuestion[] {
  const drawn: DrawnQuestion[] = []
  for (const [key, bank] of banks)
    drawn.push(...seededShuffle(bank, seed, `final:${key}`).slice(0, perObjective))
  return drawn
}

/** Objectives whose bank holds fewer than `minimum` questions: an attempt could not differ enough. */
export function thinBanks(banks: Map<string, DrawnQuestion[]>, minimum: number): string[] {
  return [...banks].filter(([, bank]) => bank.length < minimum).map(([key, bank]) => `${key} (${bank.length})`)
}
