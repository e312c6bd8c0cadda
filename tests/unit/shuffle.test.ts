import { describe, expect, it } from 'vitest'
import { answerText, choicesOf, initialOrder, matchChoices } from '../../quizzes/engine/present'
import { letter, PRINT_SEED, seededShuffle, shuffledOrder } from '../../quizzes/engine/shuffle'
import { demoQuiz, question } from './helpers'

const items = ['a', 'b', 'c', 'd', 'e', 'f']

describe('seededShuffle', () => {
  it('gives the same order for the same seed and key (a resumed quiz looks the same)', () => {
    expect(seededShuffle(items, 42, 'quiz:q1')).toEqual(seededShuffle(items, 42, 'quiz:q1'))
  })
  it('keeps every item exactly once', () => {
    expect([...seededShuffle(items, 7, 'k')].sort()).toEqual(items)
  })
  it('differs between learners and between questions', () => {
    const orders = new Set([1, 2, 3, 4, 5].map(seed => seededShuffle(items, seed, 'k').join('')))
    expect(orders.size).toBeGreaterThan(1)
    expect(seededShuffle(items, 1, 'q1').join('')).not.toBe(seededShuffle(items, 1, 'q2').join(''))
  })
  it('does not change the input', () => {
    const copy = [...items]
    seededShuffle(copy, 3, 'k')
    expect(copy).toEqual(items)
  })
})

describe('shuffledOrder', () => {
  it('never starts an ordering question in the correct order', () => {
    for (let seed = 0; seed < 300; seed++)
      expect(shuffledOrder(['a', 'b', 'c'], seed, 'k')).not.toEqual(['a', 'b', 'c'])
  })
})

describe('print layout', () => {
  const quiz = demoQuiz()
  it('letters the answer key from the same layout as the handout', () => {
    const q = question(quiz, 'pick-one', 'single')
    const choices = choicesOf(q, PRINT_SEED, 'demo/all-types:pick-one')
    const at = choices.findIndex(c => c.id === 'relay')
    expect(answerText(q, PRINT_SEED, 'demo/all-types:pick-one')).toBe(`${letter(at)}: The MMS Relay/Server`)
  })
  it('gives ordering and matching answers as letters of the printed lists', () => {
    const o = question(quiz, 'in-order', 'ordering')
    const shown = initialOrder(o, PRINT_SEED, 'k')
    expect(answerText(o, PRINT_SEED, 'k')).toBe(['send', 'notify', 'fetch', 'ack'].map(id => letter(shown.indexOf(id))).join(', '))
    const m = question(quiz, 'match-up', 'matching')
    const choices = matchChoices(m, PRINT_SEED, 'k')
    expect(choices).toHaveLength(4)
    expect(answerText(m, PRINT_SEED, 'k')).toMatch(/^1 → [A-D], 2 → [A-D], 3 → [A-D]$/)
  })
  it('never shuffles true/false', () => {
    expect(choicesOf(question(quiz, 'yes-no', 'true-false'), 99, 'k').map(c => c.text)).toEqual(['True', 'False'])
  })
})
