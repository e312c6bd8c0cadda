import type { Progress } from '../../../quizzes/engine/progress'
import type { Response, SimpleResponse } from '../../../quizzes/engine/responses'
import type { Question, SimpleQuestion } from '../../../quizzes/engine/schema'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { learningModules as modules } from '../../../modules'
import { decodeSuspendData, encodeSuspendData, keepChangedSince, mergeProgress, SUSPEND_DATA_LIMIT } from '../../../quizzes/engine/lms/suspend'
import { loadQuizzes } from '../../../quizzes/engine/load'
import { emptyProgress } from '../../../quizzes/engine/progress'
import { demoQuiz } from '../helpers'

const root = join(import.meta.dirname, '..', '..', '..')
// What a module's page gets: its quizzes without the final assessment's banks (quizzes/vite-plugin.ts).
const quizzes = loadQuizzes(join(root, 'quizzes'), root).quizzes.filter(q => q.kind !== 'bank')
const moduleIds = modules.map(m => m.id)

/** The longest response each type can have: every option ticked, every pair matched to the last choice, items reversed. */
function longest(q: SimpleQuestion): SimpleResponse {
  switch (q.type) {
    case 'single': return q.options.at(-1)!.id
    case 'multiple': return q.options.map(o => o.id)
    case 'true-false': return false
    case 'ordering': return q.items.map(i => i.id).reverse()
    case 'matching': {
      const last = q.distractors.at(-1)?.id ?? q.pairs.at(-1)!.id
      return Object.fromEntries(q.pairs.map(p => [p.id, last]))
    }
  }
}
function longestResponse(q: Question): Response {
  return q.type === 'scenario' ? Object.fromEntries(q.questions.map(s => [s.id, longest(s)])) : longest(q)
}

/** Every question of the whole course answered, with unusual attempt counts so the counter is written too. */
function everyQuestionAnswered(): Progress {
  const p = emptyProgress(2 ** 31 - 1)
  for (const id of moduleIds)
    p.modules[id] = { startedAt: '2026-12-03T13:00:00.000Z' }
  for (const quiz of quizzes) {
    p.answers[quiz.id] = Object.fromEntries(quiz.questions.map(q => [q.id, { response: longestResponse(q), checked: true, attempts: 35 }]))
  }
  return p
}

describe('encodeSuspendData', () => {
  it('fits the whole course with every question answered within SCORM 1.2\'s 4,096 characters', () => {
    const full = everyQuestionAnswered()
    const json = JSON.stringify(full)
    const text = encodeSuspendData(full, quizzes, moduleIds)
    const questions = quizzes.reduce((n, q) => n + q.questions.length, 0)
    expect(questions).toBeGreaterThanOrEqual(90)
    expect(json.length).toBeGreaterThan(SUSPEND_DATA_LIMIT)
    expect(text.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT)
    // Room left for the final assessment and later modules: the encoding grows by a few characters a question.
    expect(text.length).toBeLessThan(SUSPEND_DATA_LIMIT / 2)
  })

  it('gives back exactly what it was given (whole course, every question answered)', () => {
    const full = everyQuestionAnswered()
    const back = decodeSuspendData(encodeSuspendData(full, quizzes, moduleIds), quizzes, moduleIds)
    expect(back).toEqual({ ok: true, progress: full })
  })

  it('keeps drafts, partial matchings, partial scenarios and knowledge-check retries', () => {
    const quiz = demoQuiz()
    const p = emptyProgress(12345)
    for (const q of quiz.questions) {
      const r = longestResponse(q)
      const partial = q.type === 'matching' ? { [q.pairs[0]!.id]: q.pairs[0]!.id } : q.type === 'scenario' ? { [q.questions[0]!.id]: longest(q.questions[0]!) } : r
      ;(p.answers[quiz.id] ??= {})[q.id] = { response: partial, checked: q.type === 'single', attempts: q.type === 'single' ? 3 : 0 }
    }
    const text = encodeSuspendData(p, [quiz], [])
    expect(decodeSuspendData(text, [quiz], [])).toEqual({ ok: true, progress: p })
  })

  it('writes nothing but letters, digits and its own separators', () => {
    expect(encodeSuspendData(everyQuestionAnswered(), quizzes, moduleIds)).toMatch(/^[\w~|,.*:]+$/)
  })
})

describe('decodeSuspendData', () => {
  const good = encodeSuspendData(everyQuestionAnswered(), quizzes, moduleIds)
  it.each([
    ['nothing stored', '', 'empty'],
    ['JSON from some other course', '{"lesson":3}', 'other-course'],
    ['another course with this format', good.replace(/^S1~[0-9a-z]+~/, 'S1~zzzzzz~'), 'other-course'],
    ['a cut-off string', good.slice(0, good.length / 2), 'corrupt'],
    ['an option index out of range', good.replace(/\|c/, '|cz*'), 'corrupt'],
    ['an extra field', `${good}~x`, 'corrupt'],
  ])('refuses %s', (_name, text, reason) => {
    expect(decodeSuspendData(text, quizzes, moduleIds)).toEqual({ ok: false, reason })
  })

  it('refuses data written before a question was added to a quiz', () => {
    const changed = quizzes.map(q => (q.id === 'leak-story/final' ? { ...q, questions: q.questions.slice(1) } : q))
    expect(decodeSuspendData(good, changed, moduleIds)).toEqual({ ok: false, reason: 'other-course' })
  })
})

describe('mergeProgress', () => {
  it('prefers the LMS copy but keeps answers only this browser has, and never trades a checked answer for a draft', () => {
    const lms = emptyProgress(1)
    const local = emptyProgress(2)
    lms.answers.q = { a: { response: 'x', checked: true, attempts: 1 }, b: { response: 'y', checked: false, attempts: 0 } }
    local.answers.q = { a: { response: 'z', checked: false, attempts: 0 }, b: { response: 'w', checked: true, attempts: 1 }, c: { response: 'v', checked: true, attempts: 1 } }
    const merged = mergeProgress(lms, local)
    expect(merged.seed).toBe(1)
    expect(merged.answers.q).toEqual({
      a: { response: 'x', checked: true, attempts: 1 },
      b: { response: 'w', checked: true, attempts: 1 },
      c: { response: 'v', checked: true, attempts: 1 },
    })
  })
})

describe('keepChangedSince', () => {
  it('keeps an answer given while the LMS session was opening, over what the LMS remembered', () => {
    const before = emptyProgress(2)
    before.answers.q = { a: { response: 'old', checked: false, attempts: 0 } }
    const now = emptyProgress(2)
    now.answers.q = { a: { response: 'new', checked: false, attempts: 0 } }
    now.answers.r = { b: { response: ['x'], checked: false, attempts: 0 } }
    const fromLms = emptyProgress(1)
    fromLms.answers.q = { a: { response: 'lms', checked: false, attempts: 0 }, c: { response: true, checked: true, attempts: 1 } }
    const merged = keepChangedSince(before, now, mergeProgress(fromLms, before))
    expect(merged.answers.q).toEqual({ a: { response: 'new', checked: false, attempts: 0 }, c: { response: true, checked: true, attempts: 1 } })
    expect(merged.answers.r).toEqual({ b: { response: ['x'], checked: false, attempts: 0 } })
  })

  it('leaves the LMS copy alone when nothing changed meanwhile', () => {
    const before = emptyProgress(2)
    before.answers.q = { a: { response: 'old', checked: false, attempts: 0 } }
    const fromLms = emptyProgress(1)
    fromLms.answers.q = { a: { response: 'lms', checked: true, attempts: 1 } }
    const merged = keepChangedSince(before, structuredClone(before), mergeProgress(fromLms, before))
    expect(merged.answers.q!.a).toEqual({ response: 'lms', checked: true, attempts: 1 })
  })
})
