import type { LmsChannel, LmsUpdate, OpenedSession } from './channel.ts'
/**
 * SCORM 1.2 and SCORM 2004 (4th edition) through the API object the LMS puts in a parent or opener
 * window (`API` and `API_1484_11`). Both standards carry the same report; only the element names,
 * vocabularies and formats differ, and those differences live in the two tables below.
 */
import type { Interaction } from './report.ts'
import { LmsError } from './channel.ts'

export { findScormApi } from './launch.ts'

/** The calls of a SCORM 1.2 `API` object (values are strings, results are 'true' or 'false'). */
export interface Scorm12Api {
  LMSInitialize: (p: '') => string
  LMSFinish: (p: '') => string
  LMSGetValue: (k: string) => string
  LMSSetValue: (k: string, v: string) => string
  LMSCommit: (p: '') => string
  LMSGetLastError: () => string
  LMSGetErrorString: (code: string) => string
}

/** The calls of a SCORM 2004 `API_1484_11` object. */
export interface Scorm2004Api {
  Initialize: (p: '') => string
  Terminate: (p: '') => string
  GetValue: (k: string) => string
  SetValue: (k: string, v: string) => string
  Commit: (p: '') => string
  GetLastError: () => string
  GetErrorString: (code: string) => string
}

/** The few window properties the search needs; a test passes plain objects. */
export interface WindowLike {
  parent?: WindowLike | null
  opener?: WindowLike | null
  API?: unknown
  API_1484_11?: unknown
}

export type FoundApi = { version: '1.2', api: Scorm12Api } | { version: '2004', api: Scorm2004Api }

/** 'HHHH:MM:SS.SS' (SCORM 1.2 CMITimespan). */
export function scorm12Timespan(seconds: number): string {
  const cs = Math.round(seconds * 100)
  const h = Math.floor(cs / 360000)
  const m = Math.floor((cs % 360000) / 6000)
  const s = (cs % 6000) / 100
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`
}

/** 'PT1H2M3.5S' (ISO 8601 duration, as SCORM 2004 and xAPI want it). */
export function isoDuration(seconds: number): string {
  const cs = Math.round(seconds * 100)
  const h = Math.floor(cs / 360000)
  const m = Math.floor((cs % 360000) / 6000)
  const s = (cs % 6000) / 100
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s}S`
}

/** SCORM 1.2 wants responses as single characters; options and items become a, b, c... in file order. */
function letter(ids: string[], id: string): string {
  const i = ids.indexOf(id)
  return i < 0 ? '?' : (i < 26 ? String.fromCharCode(97 + i) : String(i - 26))
}

function choicesOf(i: Interaction): string[] {
  const q = i.question
  switch (q.type) {
    case 'single':
    case 'multiple': return q.options.map(o => o.id)
    case 'ordering': return q.items.map(x => x.id)
    case 'matching': return [...q.pairs.map(p => p.id), ...q.distractors.map(d => d.id)]
    case 'true-false': return []
  }
}

/** The learner's response in each standard's format (SCORM 1.2: CMIFeedback; 2004: the `[,]`/`[.]` forms). */
export function learnerResponse(i: Interaction, version: '1.2' | '2004'): string {
  const r = i.response
  const ids = choicesOf(i)
  const sep = version === '1.2' ? ',' : '[,]'
  const one = (id: string) => (version === '1.2' ? letter(ids, id) : id)
  if (typeof r === 'boolean')
    return version === '1.2' ? (r ? 't' : 'f') : String(r)
  if (typeof r === 'string')
    return one(r)
  if (Array.isArray(r))
    return r.map(one).join(sep)
  return Object.entries(r).map(([pair, choice]) => `${one(pair)}${version === '1.2' ? '.' : '[.]'}${one(choice)}`).join(sep)
}

interface Dialect {
  version: '1.2' | '2004'
  get: (k: string) => string
  set: (k: string, v: string) => string
  commit: () => string
  finish: () => string
  init: () => string
  lastError: () => string
  errorText: (code: string) => string
  /** Error codes meaning "already initialized" (a second page of the same attempt): not a failure. */
  alreadyOpen: string[]
}

function dialect(found: FoundApi): Dialect {
  if (found.version === '1.2') {
    const a = found.api
    return { version: '1.2', get: k => a.LMSGetValue(k), set: (k, v) => a.LMSSetValue(k, v), commit: () => a.LMSCommit(''), finish: () => a.LMSFinish(''), init: () => a.LMSInitialize(''), lastError: () => a.LMSGetLastError(), errorText: c => a.LMSGetErrorString(c), alreadyOpen: ['101'] }
  }
  const a = found.api
  return { version: '2004', get: k => a.GetValue(k), set: (k, v) => a.SetValue(k, v), commit: () => a.Commit(''), finish: () => a.Terminate(''), init: () => a.Initialize(''), lastError: () => a.GetLastError(), errorText: c => a.GetErrorString(c), alreadyOpen: ['103'] }
}

function ok(result: unknown): boolean {
  return result === 'true' || result === true
}

/** A channel to a SCORM LMS. Every failed call becomes an LmsError naming the element and the LMS's error. */
export function scormChannel(found: FoundApi): LmsChannel {
  const d = dialect(found)
  const v12 = d.version === '1.2'
  let nextInteraction = 0
  /** 'browse' or 'review' (the LMS shows the course without recording a result): only resume data is written. */
  let recording = true

  function fail(what: string): never {
    let code = ''
    let text = ''
    try {
      code = String(d.lastError())
      text = String(d.errorText(code))
    }
    catch { /* the LMS cannot even say why */ }
    throw new LmsError(`${what} failed${code ? ` (LMS error ${code}${text ? `: ${text}` : ''})` : ''}`)
  }
  function set(k: string, v: string) {
    if (!ok(d.set(k, v)))
      fail(`SetValue ${k}`)
  }
  function get(k: string): string {
    const v = d.get(k)
    return typeof v === 'string' ? v : ''
  }

  // Saving is synchronous (SCORM calls are): when the page is being unloaded there may be no later turn.
  function saveNow(u: LmsUpdate) {
    set(v12 ? 'cmi.core.exit' : 'cmi.exit', 'suspend')
    if (u.suspendData !== undefined)
      set('cmi.suspend_data', u.suspendData)
    if (!recording) {
      if (!ok(d.commit()))
        fail('Commit')
      return
    }
    if (u.answered > 0) {
      const p = v12 ? 'cmi.core.score' : 'cmi.score'
      set(`${p}.min`, '0')
      set(`${p}.max`, '100')
      set(`${p}.raw`, String(u.report.percent))
      // 2004 LMSs compare score.scaled with the passing score at once (satisfiedByMeasure): it is
      // sent only when the quiz is finished, so a half-done quiz is not judged "failed".
      if (!v12 && u.report.completed)
        set('cmi.score.scaled', String(u.report.percent / 100))
    }
    if (v12) {
      set('cmi.core.lesson_status', u.report.passed === undefined ? 'incomplete' : u.report.passed ? 'passed' : 'failed')
      set('cmi.core.session_time', scorm12Timespan(u.sessionSeconds))
    }
    else {
      set('cmi.completion_status', u.report.completed ? 'completed' : 'incomplete')
      set('cmi.success_status', u.report.passed === undefined ? 'unknown' : u.report.passed ? 'passed' : 'failed')
      set('cmi.session_time', isoDuration(u.sessionSeconds))
    }
    for (const i of u.interactions) {
      const n = `cmi.interactions.${nextInteraction}`
      set(`${n}.id`, i.id)
      set(`${n}.type`, i.type)
      set(`${n}.${v12 ? 'student_response' : 'learner_response'}`, learnerResponse(i, d.version))
      set(`${n}.result`, i.correct ? 'correct' : (v12 ? 'wrong' : 'incorrect'))
      set(`${n}.weighting`, String(i.weighting))
      if (v12) {
        set(`${n}.time`, u.at.toISOString().slice(11, 19))
      }
      else {
        set(`${n}.timestamp`, u.at.toISOString().slice(0, 19))
        set(`${n}.description`, i.prompt.slice(0, 250))
      }
      nextInteraction++
    }
    if (!ok(d.commit()))
      fail('Commit')
  }

  return {
    standard: v12 ? 'scorm12' : 'scorm2004',
    async open(): Promise<OpenedSession> {
      if (!ok(d.init()) && !d.alreadyOpen.includes(String(d.lastError())))
        fail('Initialize')
      const mastery = Number.parseFloat(get(v12 ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score'))
      recording = (get(v12 ? 'cmi.core.lesson_mode' : 'cmi.mode') || 'normal') === 'normal'
      const count = Number.parseInt(get('cmi.interactions._count'), 10)
      nextInteraction = Number.isNaN(count) ? 0 : count
      return {
        suspendData: get('cmi.suspend_data'),
        masteryPercent: Number.isNaN(mastery) ? undefined : (v12 ? mastery : mastery * 100),
      }
    },
    async save(u: LmsUpdate) {
      saveNow(u)
    },
    async close(u: LmsUpdate) {
      saveNow(u)
      if (!ok(d.finish()))
        fail('Terminate')
    },
  }
}
