/**
 * The saved-progress format and its recovery rules. Everything the course stores lives under ONE
 * localStorage key (STORAGE_KEY) as versioned JSON. Reading never throws: unreadable data is reset
 * (a copy is kept under BACKUP_KEY so nothing is lost), and entries that no longer fit are dropped,
 * each with a notice the page shows to the learner.
 */
import type { LoadedQuiz } from './schema.ts'
import { z } from 'zod'
import { Response } from './responses.ts'

export const STORAGE_KEY = 'messaging-leaks-course'
/** Where unreadable saved data is copied before a reset. Removed by "reset my progress". */
export const BACKUP_KEY = 'messaging-leaks-course:unreadable-backup'
/** Suspend data an LMS held that the course could not read, kept before the LMS copy is overwritten. */
export const LMS_UNREADABLE_KEY = 'messaging-leaks-course:lms-unreadable-backup'
export const PROGRESS_VERSION = 1
/**
 * Slidev itself keeps display preferences (scale, presenter layout, colour scheme) in keys with this
 * prefix. They hold no answers, but "reset my progress" removes them too, so a reset leaves nothing behind.
 */
export const SLIDEV_KEY_PREFIX = 'slidev-'
/**
 * The slide viewer's router keeps the scroll position of each slide in the tab's session storage
 * (gone when the tab closes). No answers either; "reset my progress" removes it from the tab it runs in.
 */
export const ROUTER_SCROLL_KEY = 'vue-router:scroll'

const Answer = z.object({
  response: Response,
  /** The learner pressed "Check": feedback shown, and in a scored quiz the answer is final. */
  checked: z.boolean(),
  /** How many times "Check" was pressed (knowledge checks allow retries). */
  attempts: z.number().int().min(0),
})

const ModuleVisit = z.object({ startedAt: z.string() })

const ProgressShape = z.object({
  version: z.literal(PROGRESS_VERSION),
  /** Seed for this learner's option order; see shuffle.ts. */
  seed: z.number().int().min(0),
  modules: z.record(z.string(), z.unknown()),
  answers: z.record(z.string(), z.record(z.string(), z.unknown())),
})

export type Answer = z.infer<typeof Answer>
export interface Progress {
  version: typeof PROGRESS_VERSION
  seed: number
  modules: Record<string, z.infer<typeof ModuleVisit>>
  answers: Record<string, Record<string, Answer>>
}

export function emptyProgress(seed: number): Progress {
  return { version: PROGRESS_VERSION, seed, modules: {}, answers: {} }
}

export interface Loaded {
  progress: Progress
  /** Sentences to show the learner; empty when all went well. */
  notices: string[]
  /** True when the stored text could not be used at all and should be backed up before overwriting. */
  unreadable: boolean
}

/** Read stored text (or null when nothing is stored) into progress, recovering what is valid. */
export function parseProgress(raw: string | null, newSeed: () => number): Loaded {
  if (raw === null || raw === '')
    return { progress: emptyProgress(newSeed()), notices: [], unreadable: false }

  let data: unknown
  try {
    data = JSON.parse(raw)
  }
  catch {
    return reset('Your saved progress could not be read (it was damaged), so it was reset.')
  }

  const version = (data as { version?: unknown } | null)?.version
  if (typeof version === 'number' && version > PROGRESS_VERSION)
    return reset('Your saved progress was written by a newer version of this course and cannot be read here, so it was reset.')
  if (version !== PROGRESS_VERSION)
    return reset('Your saved progress came from an older version of this course and was reset.')

  const shape = ProgressShape.safeParse(data)
  if (!shape.success)
    return reset('Your saved progress could not be read (it was damaged), so it was reset.')

  const progress = emptyProgress(shape.data.seed)
  let dropped = 0
  for (const [id, visit] of Object.entries(shape.data.modules)) {
    const ok = ModuleVisit.safeParse(visit)
    if (ok.success)
      progress.modules[id] = ok.data
    else dropped++
  }
  for (const [quizId, answers] of Object.entries(shape.data.answers)) {
    for (const [questionId, answer] of Object.entries(answers)) {
      const ok = Answer.safeParse(answer)
      if (ok.success)
        (progress.answers[quizId] ??= {})[questionId] = ok.data
      else dropped++
    }
  }
  const notices = dropped > 0
    ? [`${dropped} saved ${dropped === 1 ? 'entry' : 'entries'} could not be read and ${dropped === 1 ? 'was' : 'were'} dropped; the rest of your progress is kept.`]
    : []
  return { progress, notices, unreadable: false }

  function reset(notice: string): Loaded {
    return { progress: emptyProgress(newSeed()), notices: [notice], unreadable: true }
  }
}

/**
 * Drop saved answers for quizzes or questions that no longer exist (the course was updated),
 * and answers whose shape no longer fits the question's type.
 */
export function pruneProgress(progress: Progress, quizzes: LoadedQuiz[]): { progress: Progress, notices: string[] } {
  const byId = new Map(quizzes.map(q => [q.id, q]))
  const next: Progress = { ...progress, answers: {} }
  let removed = 0
  for (const [quizId, answers] of Object.entries(progress.answers)) {
    const quiz = byId.get(quizId)
    for (const [questionId, answer] of Object.entries(answers)) {
      const question = quiz?.questions.find(q => q.id === questionId)
      if (question && fitsType(question.type, answer.response))
        (next.answers[quizId] ??= {})[questionId] = answer
      else removed++
    }
  }
  const notices = removed > 0
    ? [`The course has changed since your last visit: ${removed} saved ${removed === 1 ? 'answer belongs' : 'answers belong'} to questions that no longer exist and ${removed === 1 ? 'was' : 'were'} removed.`]
    : []
  return { progress: next, notices }
}

function fitsType(type: string, r: unknown): boolean {
  switch (type) {
    case 'single': return typeof r === 'string'
    case 'true-false': return typeof r === 'boolean'
    case 'multiple':
    case 'ordering': return Array.isArray(r)
    default: return typeof r === 'object' && r !== null && !Array.isArray(r)
  }
}

export function isEmpty(p: Progress): boolean {
  return Object.keys(p.modules).length === 0 && Object.keys(p.answers).length === 0
}

/** The parts of the Web Storage API the course uses; tests pass a fake. */
export interface StorageLike {
  getItem: (key: string) => string | null
  setItem: (key: string, value: string) => void
  removeItem: (key: string) => void
  readonly length: number
  key: (index: number) => string | null
}

export interface ProgressStore {
  load: () => Loaded
  save: (p: Progress) => { ok: true } | { ok: false, notice: string }
  clear: () => void
}

/** Wraps a storage that may be missing or may throw (private mode, quota, disabled cookies). */
export function createProgressStore(getStorage: () => StorageLike | undefined, newSeed: () => number): ProgressStore {
  const UNAVAILABLE = 'This browser is not letting the course save your progress (private browsing, storage full or blocked). You can go on, but your answers will be lost when you close or reload the page.'
  function storage(): StorageLike | undefined {
    try {
      return getStorage()
    }
    catch {
      return undefined
    }
  }
  return {
    load() {
      const s = storage()
      let raw: string | null
      try {
        if (!s)
          throw new Error('no storage')
        raw = s.getItem(STORAGE_KEY)
      }
      catch {
        return { progress: emptyProgress(newSeed()), notices: [UNAVAILABLE], unreadable: false }
      }
      const loaded = parseProgress(raw, newSeed)
      if (loaded.unreadable && raw !== null) {
        try {
          s.setItem(BACKUP_KEY, raw)
        }
        catch { /* the notice already tells the learner; nothing more to do */ }
      }
      return loaded
    },
    save(p) {
      try {
        const s = storage()
        if (!s)
          throw new Error('no storage')
        // Nothing worth keeping is stored as no key at all, so a reset leaves the browser clean.
        if (isEmpty(p))
          s.removeItem(STORAGE_KEY)
        else
          s.setItem(STORAGE_KEY, JSON.stringify(p))
        return { ok: true }
      }
      catch {
        return { ok: false, notice: UNAVAILABLE }
      }
    },
    clear() {
      try {
        const s = storage()
        if (!s)
          return
        const keys = Array.from({ length: s.length }, (_, i) => s.key(i))
        for (const key of keys) {
          if (key === STORAGE_KEY || key === BACKUP_KEY || key === LMS_UNREADABLE_KEY || key?.startsWith(SLIDEV_KEY_PREFIX))
            s.removeItem(key)
        }
      }
      catch { /* nothing stored that we could reach */ }
    },
  }
}
