import type { StorageLike } from '../../quizzes/engine/progress'
import { describe, expect, it } from 'vitest'
import { BACKUP_KEY, checkedResponses, createProgressStore, emptyProgress, parseProgress, pruneProgress, STORAGE_KEY } from '../../quizzes/engine/progress'
import { demoQuiz } from './helpers'

const seed = () => 123

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial }
  return {
    data,
    get length() { return Object.keys(data).length },
    key: i => Object.keys(data)[i] ?? null,
    getItem: k => data[k] ?? null,
    setItem: (k, v) => { data[k] = v },
    removeItem: (k) => { delete data[k] },
  }
}

const saved = {
  version: 2,
  seed: 9,
  modules: { 'leak-story': { startedAt: '2026-11-01T10:00:00.000Z', lastSlide: 12 } },
  answers: { 'demo/all-types': { 'pick-one': { response: 'relay', checked: true, attempts: 1 } } },
  history: { 'demo/all-types': [{ earned: 1.5, possible: 3, percent: 50, passed: false, finishedAt: '2026-11-01T10:20:00.000Z' }] },
}

/** A value in exactly the shape version 1 of the course saved (module visits, checked answers, a draft). */
const savedByVersion1 = '{"version":1,"seed":1838163443,"modules":{"leak-story":{"startedAt":"2026-12-03T21:40:12.512Z"},"safety":{"startedAt":"2026-12-03T21:52:40.008Z"}},"answers":{"leak-story/checks":{"source-check":{"response":"archive","checked":true,"attempts":2}},"leak-story/final":{"claims":{"response":["dates","numbers"],"checked":true,"attempts":1},"order":{"response":["d","a","b","c"],"checked":false,"attempts":0}}}}'

describe('migration from version 1', () => {
  it('keeps every answer, score and visit, and adds an empty attempt history', () => {
    const loaded = parseProgress(savedByVersion1, seed)
    const old = JSON.parse(savedByVersion1)
    expect(loaded.notices).toEqual([])
    expect(loaded.unreadable).toBe(false)
    expect(loaded.progress).toEqual({ ...old, version: 2, history: {} })
  })
  it('writes the new version back on the next save, and reads it again unchanged', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: savedByVersion1 })
    const store = createProgressStore(() => storage, seed)
    const migrated = store.load().progress
    store.save(migrated)
    expect(JSON.parse(storage.data[STORAGE_KEY]!).version).toBe(2)
    expect(store.load().progress).toEqual(migrated)
  })
})

describe('attempt history and last slide', () => {
  it('drops a tampered history record or last slide, keeping the rest', () => {
    const loaded = parseProgress(JSON.stringify({
      ...saved,
      modules: { 'leak-story': { startedAt: 'x', lastSlide: -3 } },
      history: { 'demo/all-types': [saved.history['demo/all-types'][0], { earned: 9, possible: 3, percent: 300, passed: true, finishedAt: 'x' }] },
    }), seed)
    expect(loaded.progress.modules['leak-story']).toEqual({ startedAt: 'x' })
    expect(loaded.progress.history['demo/all-types']).toEqual(saved.history['demo/all-types'])
    expect(loaded.notices).toEqual([expect.stringMatching(/1 saved entry/)])
  })
})

describe('parseProgress', () => {
  it('starts empty, without a notice, when nothing is stored', () => {
    expect(parseProgress(null, seed)).toEqual({ progress: emptyProgress(123), notices: [], unreadable: false })
  })
  it('reads back what was saved, exactly', () => {
    expect(parseProgress(JSON.stringify(saved), seed).progress).toEqual(saved)
  })
  it.each([
    ['damaged JSON', '{"version":1,"seed":', /damaged/],
    ['an older version', JSON.stringify({ ...saved, version: 0 }), /older version/],
    ['no version at all', JSON.stringify({ answers: {} }), /older version/],
    ['a newer version', JSON.stringify({ ...saved, version: 3 }), /newer version/],
    ['the wrong shape', JSON.stringify({ version: 2, seed: 'x' }), /damaged/],
    ['a version 1 value of the wrong shape', JSON.stringify({ version: 1, seed: 'x' }), /damaged/],
    ['a JSON string', '"hello"', /older version/],
  ])('resets %s with a notice', (_name, raw, notice) => {
    const loaded = parseProgress(raw, seed)
    expect(loaded.progress).toEqual(emptyProgress(123))
    expect(loaded.unreadable).toBe(true)
    expect(loaded.notices.join(' ')).toMatch(notice)
  })
  it.each([
    ['a negative attempt count', { response: 'a', checked: true, attempts: -1 }],
    ['a fractional attempt count', { response: 'a', checked: true, attempts: 1.5 }],
    ['a number as the response', { response: 3, checked: true, attempts: 1 }],
    ['a list holding a number', { response: ['a', 1], checked: true, attempts: 1 }],
    ['a scenario part holding null', { response: { part: null }, checked: true, attempts: 1 }],
    ['no checked flag', { response: 'a', attempts: 1 }],
  ])('drops an answer with %s', (_name, answer) => {
    const raw = JSON.stringify({ ...saved, answers: { 'demo/all-types': { x: answer } } })
    expect(parseProgress(raw, seed).progress.answers).toEqual({})
  })
  it('reads every response shape back, and drops fields it does not know', () => {
    const answers = { s: 'a', m: ['a', 'b'], tf: false, match: { p: 'c' }, scenario: { one: 'a', two: ['b'], three: true, four: { p: 'c' } } }
    const stored = Object.fromEntries(Object.entries(answers).map(([id, response]) => [id, { response, checked: false, attempts: 0, extra: 1 }]))
    const loaded = parseProgress(JSON.stringify({ ...saved, modules: { m: { startedAt: 'x', extra: 1 } }, answers: { q: stored } }), seed)
    expect(loaded.progress.answers.q).toEqual(Object.fromEntries(Object.entries(answers).map(([id, response]) => [id, { response, checked: false, attempts: 0 }])))
    expect(loaded.progress.modules).toEqual({ m: { startedAt: 'x' } })
    expect(loaded.notices).toEqual([])
  })
  it('keeps the valid entries and drops the broken ones with a notice', () => {
    const raw = JSON.stringify({
      ...saved,
      answers: { 'demo/all-types': { ...saved.answers['demo/all-types'], 'yes-no': { response: false, checked: 'yes' } } },
    })
    const loaded = parseProgress(raw, seed)
    expect(loaded.progress.answers['demo/all-types']).toEqual(saved.answers['demo/all-types'])
    expect(loaded.notices).toEqual(['1 saved entry could not be read and was dropped; the rest of your progress is kept.'])
  })
})

describe('pruneProgress', () => {
  it('drops answers to questions and quizzes that no longer exist', () => {
    const progress = parseProgress(JSON.stringify({
      ...saved,
      answers: {
        'demo/all-types': { ...saved.answers['demo/all-types'], gone: { response: 'a', checked: true, attempts: 1 } },
        'old/quiz': { q: { response: 'a', checked: true, attempts: 1 } },
      },
    }), seed).progress
    const pruned = pruneProgress(progress, [demoQuiz()])
    expect(pruned.progress.answers).toEqual(saved.answers)
    expect(pruned.notices[0]).toMatch(/2 saved answers belong to questions that no longer exist/)
  })
  it('leaves answers to quizzes it does not speak for alone (a module page carries only its own quizzes)', () => {
    const other = { 'other-module/final': { q: { response: 'a', checked: true, attempts: 1 } } }
    const progress = { ...emptyProgress(1), answers: { ...saved.answers, ...other, 'demo/gone': { q: { response: 'a', checked: true, attempts: 1 } } } }
    const pruned = pruneProgress(progress, [demoQuiz()], id => id.startsWith('demo/'))
    expect(pruned.progress.answers).toEqual({ ...saved.answers, ...other })
    expect(pruned.notices[0]).toMatch(/1 saved answer belongs/)
  })
  it('drops an answer whose shape no longer fits the question type', () => {
    const progress = { ...emptyProgress(1), answers: { 'demo/all-types': { 'pick-one': { response: ['a'], checked: true, attempts: 1 } } } }
    expect(pruneProgress(progress, [demoQuiz()]).progress.answers).toEqual({})
  })
})

describe('createProgressStore', () => {
  it('saves and loads through storage under one key', () => {
    const storage = memoryStorage()
    const store = createProgressStore(() => storage, seed)
    expect(store.save(saved as never)).toEqual({ ok: true })
    expect(Object.keys(storage.data)).toEqual([STORAGE_KEY])
    expect(store.load().progress).toEqual(saved)
  })
  it('keeps a copy of unreadable data before it is replaced, so nothing is lost', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: 'not json' })
    const loaded = createProgressStore(() => storage, seed).load()
    expect(loaded.notices[0]).toMatch(/reset/)
    expect(storage.data[BACKUP_KEY]).toBe('not json')
  })
  it('stores nothing for empty progress and clear() removes every key it wrote', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify(saved), [BACKUP_KEY]: 'x', 'slidev-scale': '1', 'other-site': 'keep' })
    const store = createProgressStore(() => storage, seed)
    store.save(emptyProgress(5))
    expect(storage.data[STORAGE_KEY]).toBeUndefined()
    store.clear()
    expect(storage.data).toEqual({ 'other-site': 'keep' })
  })
  it.each([
    ['storage is missing', () => undefined],
    ['reading storage throws (blocked)', () => { throw new Error('SecurityError') }],
    ['every call throws', () => ({ getItem: () => {
      throw new Error('x')
    }, setItem: () => {
      throw new Error('quota')
    }, removeItem: () => {}, length: 0, key: () => null })],
  ])('never throws when %s, and says progress will not be kept', (_name, get) => {
    const store = createProgressStore(get as () => StorageLike, seed)
    expect(store.load().notices[0]).toMatch(/not letting the course save/)
    const result = store.save(saved as never)
    expect(result.ok).toBe(false)
    expect(() => store.clear()).not.toThrow()
  })
  it('says at once, when progress is read, that a browser which reads but will not write cannot keep progress', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify(saved) })
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    const loaded = createProgressStore(() => storage, seed).load()
    expect(loaded.progress).toEqual(saved)
    expect(loaded.notices).toEqual([expect.stringMatching(/not letting the course save/)])
  })
  it('leaves nothing behind when checking that it can save', () => {
    const storage = memoryStorage()
    expect(createProgressStore(() => storage, seed).load().notices).toEqual([])
    expect(storage.data).toEqual({})
  })
  it('reports a full storage (quota) on save', () => {
    const storage = memoryStorage()
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    expect(createProgressStore(() => storage, seed).save(saved as never)).toMatchObject({ ok: false })
  })
})

describe('checkedResponses', () => {
  it('keeps only the answers the learner checked', () => {
    expect(checkedResponses({
      a: { response: 'x', checked: true, attempts: 1 },
      b: { response: 'y', checked: false, attempts: 0 },
    })).toEqual({ a: 'x' })
    expect(checkedResponses(undefined)).toEqual({})
  })
})
