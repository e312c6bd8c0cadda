/**
 * The saved-progress format and its recovery rules. Everything the course stores lives under ONE
 * localStorage key (STORAGE_KEY) as versioned JSON. Reading never throws: unreadable data is reset
 * (a copy is kept under BACKUP_KEY so nothing is lost), and entries that no longer fit are dropped,
 * each with a notice the page shows to the learner.
 */
import type { Messages } from '../../i18n/en.ts'
import type { Response } from './responses.ts'
import type { LoadedQuiz, Question } from './schema.ts'
import { en } from '../../i18n/en.ts'
import { fitsQuestion, isRecord, isResponse, isScenarioResponse } from './responses.ts'

export const STORAGE_KEY = 'messaging-leaks-course'
/** Where unreadable saved data is copied before a reset. Removed by "reset my progress". */
export const BACKUP_KEY = 'messaging-leaks-course:unreadable-backup'
/** Written and removed at once when progress is read, to learn whether this browser lets the course save. */
export const PROBE_KEY = 'messaging-leaks-course:can-save'
/** Suspend data an LMS held that the course could not read, kept before the LMS copy is overwritten. */
export const LMS_UNREADABLE_KEY = 'messaging-leaks-course:lms-unreadable-backup'
/**
 * Version 2 added each module's last slide (to resume there) and the scores of earlier attempts at a
 * scored quiz (retakes). A version 1 value is migrated on reading (migrateV1): nothing in it is lost.
 */
export const PROGRESS_VERSION = 2
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

/** The notices' wording, from the message catalogue of the page's language. */
export type ProgressText = Messages['progress']

/*
 * The stored format is checked by the few plain functions below rather than a schema library: this
 * file is part of every page's first load, and zod alone weighed more than the whole quiz engine.
 * Like a schema, each reader returns a fresh object with only the known fields (extra keys dropped).
 */
export interface Answer {
  response: Response
  /** The learner pressed "Check": feedback shown, and in a scored quiz the answer is final. */
  checked: boolean
  /** How many times "Check" was pressed (knowledge checks allow retries). */
  attempts: number
}

export interface ModuleVisit {
  startedAt: string
  /** The slide the learner last showed (1-based), to offer "continue where you left off". */
  lastSlide?: number
}

/** One finished attempt at a scored quiz, kept when the learner retakes it. */
export interface QuizAttemptRecord {
  earned: number
  possible: number
  /** Unrounded, 0..100. */
  percent: number
  passed: boolean
  finishedAt: string
}

export interface Progress {
  version: typeof PROGRESS_VERSION
  /** Seed for this learner's option order; see shuffle.ts. */
  seed: number
  modules: Record<string, ModuleVisit>
  answers: Record<string, Record<string, Answer>>
  /** Earlier finished attempts at each scored quiz, oldest first; the current one lives in `answers`. */
  history: Record<string, QuizAttemptRecord[]>
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0

function readAnswer(v: unknown): Answer | undefined {
  if (!isRecord(v) || !isResponse(v.response) || typeof v.checked !== 'boolean' || !isCount(v.attempts))
    return undefined
  return { response: v.response, checked: v.checked, attempts: v.attempts }
}

function readVisit(v: unknown): ModuleVisit | undefined {
  if (!isRecord(v) || typeof v.startedAt !== 'string')
    return undefined
  return Number.isInteger(v.lastSlide) && (v.lastSlide as number) >= 1 ? { startedAt: v.startedAt, lastSlide: v.lastSlide as number } : { startedAt: v.startedAt }
}

const isPoints = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0

function readRecord(v: unknown): QuizAttemptRecord | undefined {
  if (!isRecord(v) || !isPoints(v.earned) || !isPoints(v.possible) || v.earned > v.possible || !isPoints(v.percent) || v.percent > 100
    || typeof v.passed !== 'boolean' || typeof v.finishedAt !== 'string') {
    return undefined
  }
  return { earned: v.earned, possible: v.possible, percent: v.percent, passed: v.passed, finishedAt: v.finishedAt }
}

/** Version 1 had no attempt history and no last slide; everything it held carries over unchanged. */
function migrateV1(v: Record<string, unknown>): Record<string, unknown> {
  return { ...v, version: PROGRESS_VERSION, history: {} }
}

/** The outer shape; entries inside are read one by one so a broken one costs only itself. */
function hasProgressShape(v: Record<string, unknown>): v is { version: number, seed: number, modules: Record<string, unknown>, answers: Record<string, Record<string, unknown>>, history: Record<string, unknown[]> } {
  return isCount(v.seed) && isRecord(v.modules) && isRecord(v.answers) && Object.values(v.answers).every(isRecord)
    && isRecord(v.history) && Object.values(v.history).every(Array.isArray)
}

export function emptyProgress(seed: number): Progress {
  return { version: PROGRESS_VERSION, seed, modules: {}, answers: {}, history: {} }
}

export interface Loaded {
  progress: Progress
  /** Sentences to show the learner; empty when all went well. */
  notices: string[]
  /** True when the stored text could not be used at all and should be backed up before overwriting. */
  unreadable: boolean
}

/** Read stored text (or null when nothing is stored) into progress, recovering what is valid. */
export function parseProgress(raw: string | null, newSeed: () => number, text: ProgressText = en.progress): Loaded {
  if (raw === null || raw === '')
    return { progress: emptyProgress(newSeed()), notices: [], unreadable: false }

  let data: unknown
  try {
    data = JSON.parse(raw)
  }
  catch {
    return reset(text.damaged)
  }

  const version = (data as { version?: unknown } | null)?.version
  if (typeof version === 'number' && version > PROGRESS_VERSION)
    return reset(text.newer)
  if (version === 1 && isRecord(data))
    data = migrateV1(data)
  else if (version !== PROGRESS_VERSION)
    return reset(text.older)

  if (!isRecord(data) || !hasProgressShape(data))
    return reset(text.damaged)

  const progress = emptyProgress(data.seed)
  let dropped = 0
  for (const [id, visit] of Object.entries(data.modules)) {
    const ok = readVisit(visit)
    if (ok)
      progress.modules[id] = ok
    else dropped++
  }
  for (const [quizId, answers] of Object.entries(data.answers)) {
    for (const [questionId, answer] of Object.entries(answers)) {
      const ok = readAnswer(answer)
      if (ok)
        (progress.answers[quizId] ??= {})[questionId] = ok
      else dropped++
    }
  }
  for (const [quizId, records] of Object.entries(data.history)) {
    for (const record of records) {
      const ok = readRecord(record)
      if (ok)
        (progress.history[quizId] ??= []).push(ok)
      else dropped++
    }
  }
  const notices = dropped > 0
    ? [text.dropped(dropped)]
    : []
  return { progress, notices, unreadable: false }

  function reset(notice: string): Loaded {
    return { progress: emptyProgress(newSeed()), notices: [notice], unreadable: true }
  }
}

/**
 * Drop saved answers for quizzes or questions that no longer exist (the course was updated),
 * and answers whose shape no longer fits the question's type.
 * @param progress The saved progress.
 * @param quizzes The quizzes this page knows.
 * @param owns Which quiz ids `quizzes` speaks for. A module's page carries only its own quizzes, so it
 * must leave other modules' answers alone; the course home has every quiz. @default every quiz id
 * @param text The notices' wording.
 */
export function pruneProgress(progress: Progress, quizzes: LoadedQuiz[], owns: (quizId: string) => boolean = () => true, text: ProgressText = en.progress): { progress: Progress, notices: string[] } {
  const byId = new Map(quizzes.map(q => [q.id, q]))
  const next: Progress = { ...progress, answers: {} }
  let removed = 0
  for (const [quizId, answers] of Object.entries(progress.answers)) {
    if (!owns(quizId)) {
      next.answers[quizId] = answers
      continue
    }
    const quiz = byId.get(quizId)
    for (const [questionId, answer] of Object.entries(answers)) {
      const question = quiz?.questions.find(q => q.id === questionId)
      if (question && fits(question, answer.response))
        (next.answers[quizId] ??= {})[questionId] = answer
      else removed++
    }
  }
  const notices = removed > 0
    ? [text.removed(removed)]
    : []
  return { progress: next, notices }
}

/** A scenario's response fits when every part it holds fits that part's question. */
function fits(question: Question, r: unknown): boolean {
  if (question.type !== 'scenario')
    return fitsQuestion(question, r)
  return isScenarioResponse(r) && Object.entries(r).every(([id, part]) => {
    const sub = question.questions.find(s => s.id === id)
    return sub !== undefined && fitsQuestion(sub, part)
  })
}

/** The responses a learner has submitted ("Check" pressed): a draft earns nothing yet. */
export function checkedResponses(answers: Record<string, Answer> | undefined): Record<string, Response> {
  const checked: Record<string, Response> = {}
  for (const [id, a] of Object.entries(answers ?? {})) {
    if (a.checked)
      checked[id] = a.response
  }
  return checked
}

export function isEmpty(p: Progress): boolean {
  return Object.keys(p.modules).length === 0 && Object.keys(p.answers).length === 0 && Object.keys(p.history).length === 0
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
export function createProgressStore(getStorage: () => StorageLike | undefined, newSeed: () => number, text: ProgressText = en.progress): ProgressStore {
  const UNAVAILABLE = text.unavailable
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
      const loaded = parseProgress(raw, newSeed, text)
      // Some browsers read but refuse to write (private browsing, storage full, site data blocked):
      // say so now, on the course home too, not only when the first answer fails to save.
      try {
        s.setItem(PROBE_KEY, '1')
        s.removeItem(PROBE_KEY)
      }
      catch {
        return { ...loaded, notices: [...loaded.notices, UNAVAILABLE] }
      }
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
          // `${STORAGE_KEY}:` covers the backups and the final assessment's attempts (attempts.ts).
          if (key === STORAGE_KEY || key?.startsWith(`${STORAGE_KEY}:`) || key?.startsWith(SLIDEV_KEY_PREFIX))
            s.removeItem(key)
        }
      }
      catch { /* nothing stored that we could reach */ }
    },
  }
}
