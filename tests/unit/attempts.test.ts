import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from '../../i18n/en'
import { learningModules } from '../../modules'
import { lookupIn, parseFinalState, scoreAttempt } from '../../quizzes/engine/attempts'
import { banksOf, drawFinal } from '../../quizzes/engine/draw'
import { loadQuizzes } from '../../quizzes/engine/load'
import { correctFor } from '../e2e/support/final'

const root = join(import.meta.dirname, '..', '..')
const { quizzes } = loadQuizzes(join(root, 'quizzes'), root)
const lookup = lookupIn(quizzes)
const banks = banksOf(quizzes, learningModules)
const draw = drawFinal(banks, 1, 99)
const attempt = (seed = 99) => ({ seed, draw: drawFinal(banks, 1, seed), answers: {}, startedAt: '2026-12-03T10:00:00.000Z' })
const read = (value: unknown) => parseFinalState(JSON.stringify(value), lookup, { attempts: 3 }, draw.length, en.final)

describe('parseFinalState', () => {
  it('reads saved attempts back unchanged', () => {
    const saved = { version: 1, attempts: [attempt(1), attempt(2)] }
    expect(read(saved)).toEqual({ state: saved, notices: [] })
  })
  it('keeps only the allowed number of attempts when the count was tampered with', () => {
    const { state, notices } = read({ version: 1, attempts: [attempt(1), attempt(2), attempt(3), attempt(4), attempt(5)] })
    expect(state.attempts.map(a => a.seed)).toEqual([1, 2, 3])
    expect(notices).toEqual([en.final.tooMany(3)])
  })
  it('drops an attempt whose draw names a question that no longer exists, and keeps the others', () => {
    const gone = attempt(2)
    gone.draw[0] = { ...gone.draw[0]!, id: 'removed-question' }
    const { state, notices } = read({ version: 1, attempts: [attempt(1), gone] })
    expect(state.attempts.map(a => a.seed)).toEqual([1])
    expect(notices).toEqual([en.final.droppedAttempts(1)])
  })
  it('keeps a readable finishedAt and drops a bad one without dropping its attempt', () => {
    const done = { ...attempt(1), finishedAt: '2026-12-03T10:20:00.000Z' }
    const bad = [{ ...attempt(2), finishedAt: 'yesterday' }, { ...attempt(3), finishedAt: 7 }]
    const { state, notices } = read({ version: 1, attempts: [done, ...bad] })
    expect(notices).toEqual([])
    expect(state.attempts.map(a => a.finishedAt)).toEqual(['2026-12-03T10:20:00.000Z', undefined, undefined])
    expect(state.attempts[1]).not.toHaveProperty('finishedAt')
  })
  it.each([['not JSON', '{oops'], ['the wrong shape', '{"attempts":5}']])('resets %s with a notice, without throwing', (_n, raw) => {
    expect(parseFinalState(raw, lookup, { attempts: 3 }, draw.length, en.final)).toEqual({ state: { version: 1, attempts: [] }, notices: [en.final.unreadable] })
  })
})

describe('scoreAttempt', () => {
  const full = () => {
    const a = attempt()
    a.draw.forEach((d, i) => {
      (a.answers as Record<string, unknown>)[String(i)] = correctFor(lookup(d.quiz, d.id)!)
    })
    return a
  }
  it('passes a fully correct attempt with nothing to revisit', () => {
    const s = scoreAttempt(full(), lookup, 80)
    expect(s).toMatchObject({ percent: 100, passed: true, answered: draw.length, missed: [] })
  })
  it('fails below the pass mark and names each missed objective once', () => {
    const a = full()
    const wrong = a.draw.slice(0, 5)
    for (let i = 0; i < 5; i++)
      delete (a.answers as Record<string, unknown>)[String(i)]
    const s = scoreAttempt(a, lookup, 80)
    expect(s.passed).toBe(false)
    expect(s.missed).toEqual(wrong.map(d => ({ module: d.module, objective: d.objective })))
  })
})
