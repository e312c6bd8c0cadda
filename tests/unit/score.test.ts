import { describe, expect, it } from 'vitest'
import { creditFor, formatPoints, scoreQuestion, scoreQuiz } from '../../quizzes/engine/score'
import { demoQuiz, question } from './helpers'

const quiz = demoQuiz()
const single = question(quiz, 'pick-one', 'single')
const multiple = question(quiz, 'pick-many', 'multiple')
const trueFalse = question(quiz, 'yes-no', 'true-false')
const ordering = question(quiz, 'in-order', 'ordering')
const matching = question(quiz, 'match-up', 'matching')
const scenario = question(quiz, 'a-case', 'scenario')

describe('creditFor', () => {
  it.each([
    ['single, right option', single, 'relay', 1],
    ['single, wrong option', single, 'hlr', 0],
    ['single, no answer', single, undefined, 0],
    ['true-false, right', trueFalse, false, 1],
    ['true-false, wrong', trueFalse, true, 0],
    ['multiple, all three right ones', multiple, ['send', 'notify', 'ack'], 1],
    ['multiple, two of three right ones', multiple, ['send', 'notify'], 2 / 3],
    ['multiple, all right plus one wrong', multiple, ['send', 'notify', 'ack', 'invite'], 2 / 3],
    ['multiple, one right and one wrong', multiple, ['send', 'invite'], 0],
    ['multiple, only the wrong one: never below zero', multiple, ['invite'], 0],
    ['multiple, nothing ticked', multiple, [], 0],
    ['ordering, fully right', ordering, ['send', 'notify', 'fetch', 'ack'], 1],
    ['ordering, two of four in place', ordering, ['send', 'notify', 'ack', 'fetch'], 0.5],
    ['ordering, reversed: none in place', ordering, ['ack', 'fetch', 'notify', 'send'], 0],
    ['matching, all right', matching, { mm1: 'mm1', mm4: 'mm4', mm7: 'mm7' }, 1],
    ['matching, one of three right', matching, { mm1: 'mm1', mm4: 'hss', mm7: 'mm4' }, 1 / 3],
    ['matching, partly answered', matching, { mm7: 'mm7' }, 1 / 3],
    ['a response of the wrong shape', ordering, 'send', 0],
  ] as const)('%s', (_name, q, response, expected) => {
    expect(creditFor(q, response as never)).toBeCloseTo(expected, 10)
  })
})

describe('scoreQuestion', () => {
  it('multiplies the credit by the points of the question', () => {
    expect(scoreQuestion(multiple, ['send', 'notify'])).toMatchObject({ earned: 4 / 3, possible: 2, correct: false })
  })
  it('adds up the parts of a scenario', () => {
    expect(scoreQuestion(scenario, { who: 'carrier', fast: false })).toMatchObject({ earned: 1, possible: 2, correct: false })
    expect(scoreQuestion(scenario, { who: 'carrier', fast: true })).toMatchObject({ earned: 2, possible: 2, correct: true })
    expect(scoreQuestion(scenario, undefined)).toMatchObject({ earned: 0, possible: 2 })
  })
})

describe('scoreQuiz', () => {
  const allRight = {
    'pick-one': 'relay',
    'pick-many': ['send', 'notify', 'ack'],
    'yes-no': false,
    'in-order': ['send', 'notify', 'fetch', 'ack'],
    'match-up': { mm1: 'mm1', mm4: 'mm4', mm7: 'mm7' },
    'a-case': { who: 'carrier', fast: true },
  }
  it('gives 100% and a pass when everything is right', () => {
    expect(scoreQuiz(quiz, allRight)).toMatchObject({ earned: 8, possible: 8, shownPercent: 100, passed: true, answered: 6, total: 6 })
  })
  it('counts unanswered questions as zero', () => {
    expect(scoreQuiz(quiz, { 'pick-one': 'relay' })).toMatchObject({ earned: 1, possible: 8, shownPercent: 13, passed: false, answered: 1 })
  })
  it('passes on the unrounded percentage: 69.8% shows as 70% but does not pass a 70% mark', () => {
    // 2 + 1 + 1 + 0.25 (one item in place) + 1/3 (one match) + 1 (half the case) = 5.583 of 8 = 69.79%
    const s = scoreQuiz(quiz, {
      ...allRight,
      'in-order': ['send', 'ack', 'notify', 'fetch'],
      'match-up': { mm1: 'mm1', mm4: 'hss', mm7: 'mm4' },
      'a-case': { who: 'carrier', fast: false },
    })
    expect(s.shownPercent).toBe(70)
    expect(s.percent).toBeLessThan(70)
    expect(s.passed).toBe(false)
  })
  it('leaves pass/fail undefined for a knowledge check', () => {
    expect(scoreQuiz({ ...quiz, kind: 'check' }, allRight).passed).toBeUndefined()
  })
})

describe('formatPoints', () => {
  it.each([[1, '1'], [2 / 3, '0.5'], [4 / 3, '1.5'], [0.2, '0'], [0.76, '1'], [2.5, '2.5'], [0, '0']])('shows %d as %s', (n, text) => {
    expect(formatPoints(n)).toBe(text)
  })
})
