import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { learningModules } from '../../modules'
import { banksOf, drawFinal, thinBanks } from '../../quizzes/engine/draw'
import { loadQuizzes } from '../../quizzes/engine/load'
import { formatError, parseFinalRules } from '../../quizzes/engine/parse'

const root = join(import.meta.dirname, '..', '..')
const { quizzes, finalRules } = loadQuizzes(join(root, 'quizzes'), root)
const banks = banksOf(quizzes, learningModules)
const rules = readFileSync(join(root, 'quizzes/final/rules.yaml'), 'utf8')

describe('banksOf', () => {
  it('has a bank for every objective of every module, each of three or more questions', () => {
    expect([...banks.keys()]).toEqual(learningModules.flatMap(m => m.objectives.map(o => `${m.id}/${o.id}`)))
    expect(thinBanks(banks, 3)).toEqual([])
  })
  it('takes scored and bank questions, never knowledge checks', () => {
    const kinds = new Set([...banks.values()].flat().map(d => quizzes.find(q => q.id === d.quiz)!.kind))
    expect([...kinds].sort()).toEqual(['bank', 'scored'])
  })
})

describe('drawFinal', () => {
  it('draws the rule\'s number of questions for every objective', () => {
    const draw = drawFinal(banks, finalRules!.perObjective, 42)
    expect(draw).toHaveLength(banks.size * finalRules!.perObjective)
    for (const key of banks.keys())
      expect(draw.filter(d => `${d.module}/${d.objective}` === key)).toHaveLength(finalRules!.perObjective)
  })
  it('gives the same draw for the same seed (reload, printout and key agree)', () => {
    expect(drawFinal(banks, 1, 7)).toEqual(drawFinal(banks, 1, 7))
  })
  it('gives a different draw for a new seed (a retake)', () => {
    const first = drawFinal(banks, 1, 1).map(d => d.id)
    expect([2, 3, 4].some(seed => drawFinal(banks, 1, seed).map(d => d.id).join() !== first.join())).toBe(true)
  })
})

describe('parseFinalRules', () => {
  it('reads quizzes/final/rules.yaml', () => {
    const result = parseFinalRules('quizzes/final/rules.yaml', rules)
    expect(result.ok && result.rules.passMark).toBe(80)
    expect(result.ok && result.rules.attempts).toBe(3)
  })
  it.each([
    ['a pass mark over 100', rules.replace('passMark: 80', 'passMark: 180'), 'quizzes/final/rules.yaml:5 passMark: Too big: expected number to be <=100'],
    ['a missing attempt limit', rules.replace('attempts: 3\n', ''), 'quizzes/final/rules.yaml:2 attempts: is required'],
    ['a misspelt field', rules.replace('perObjective', 'perObjectiv'), 'quizzes/final/rules.yaml:2 unknown field "perObjectiv" (check the spelling and the indentation)'],
    ['a revisit key that is not "<module>/<objective>"', rules.replace('leak-story/claims:', 'claims:'), 'quizzes/final/rules.yaml:9 revisit.claims: invalid key: use "<module>/<objective>", e.g. "safety/respond"'],
  ])('names file, line and field for %s', (_name, text, message) => {
    const result = parseFinalRules('quizzes/final/rules.yaml', text)
    expect(result.ok ? [] : result.errors.map(formatError), JSON.stringify(result)).toContain(message)
  })
})
