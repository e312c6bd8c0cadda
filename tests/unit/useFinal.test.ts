/**
 * The final assessment's attempts when the browser will not store them (storage full or blocked):
 * the learner's answers still count on the page, a notice says they are not saved, and they are
 * saved with the next answer once storage has room again. Nothing valid is lost.
 */
import type { StorageLike } from '../../quizzes/engine/progress'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { en } from '../../i18n/en'
import { FINAL_KEY } from '../../quizzes/engine/attempts'
import { loadQuizzes } from '../../quizzes/engine/load'
import { correctFor } from '../e2e/support/final'

vi.mock('virtual:course-quizzes', () => {
  const root = join(import.meta.dirname, '..', '..')
  const { quizzes, finalRules } = loadQuizzes(join(root, 'quizzes'), root)
  return { quizzes, finalRules, deckSlides: null, ownsQuiz: () => true }
})

const data: Record<string, string> = {}
let full = false
const storage: StorageLike = {
  get length() { return Object.keys(data).length },
  key: i => Object.keys(data)[i] ?? null,
  getItem: k => data[k] ?? null,
  setItem: (k, v) => {
    if (full)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    data[k] = v
  },
  removeItem: (k) => { delete data[k] },
}
vi.stubGlobal('localStorage', storage)

describe('useFinal with storage full', () => {
  it('keeps the attempt on the page with a notice, and saves it all once storage has room', async () => {
    const { lookup, useFinal } = await import('../../composables/useFinal')
    const final = useFinal()
    final.start()
    const attempt = final.open.value!
    const saved = () => JSON.parse(data[FINAL_KEY]!).attempts[0].answers as Record<string, unknown>

    full = true
    const answer0 = correctFor(lookup(attempt.draw[0]!.quiz, attempt.draw[0]!.id)!)
    expect(final.answer(0, answer0)).toBe(false)
    expect(final.open.value!.answers['0']).toEqual(answer0)
    expect(final.notices).toEqual([en.final.notSaved])
    expect(saved()).toEqual({})

    full = false
    const answer1 = correctFor(lookup(attempt.draw[1]!.quiz, attempt.draw[1]!.id)!)
    expect(final.answer(1, answer1)).toBe(true)
    expect(saved()).toEqual({ 0: answer0, 1: answer1 })
  })
})
