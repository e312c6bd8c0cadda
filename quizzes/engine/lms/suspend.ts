import type { Answer, Progress } from '../progress.ts'
import type { Response, SimpleResponse } from '../responses.ts'
/**
 * A compact text form of the learner's progress for an LMS's suspend data. SCORM 1.2 allows only
 * 4,096 characters of `cmi.suspend_data`, and the JSON kept in localStorage is about twice that for
 * the whole course, so answers are stored by position instead of by id:
 *
 *   S1~<course fingerprint>~<seed>~<modules started>~<answers>
 *
 * - quizzes in id order, separated by `|`; questions in file order, separated by `,`; an empty
 *   field is an unanswered question;
 * - each answer is a state letter (`c` checked, `d` draft), the response, and `*<attempts>` only when
 *   the attempts differ from the usual (1 when checked, 0 for a draft);
 * - responses: an option or item index in base 36 (single), `t`/`f` (true-false), a bit mask in base
 *   36 (multiple), one index per position (ordering), one choice index per pair or `_` (matching),
 *   and the parts of a scenario joined by `.`.
 * The fingerprint is a hash of every quiz, question, option and item id in that order: suspend data
 * written by another course, or by a version whose questions moved, is refused instead of misread.
 * Only characters that every LMS stores unchanged are used (letters, digits and `~|,.*_:`).
 */
import type { LoadedQuiz, Question, SimpleQuestion } from '../schema.ts'
import { emptyProgress } from '../progress.ts'

/** SCORM 1.2's limit for `cmi.suspend_data` (CMIString4096), the smallest of the standards. */
export const SUSPEND_DATA_LIMIT = 4096
const FORMAT = 'S1'

/** Quizzes in the fixed order the encoding uses. */
function ordered(quizzes: LoadedQuiz[]): LoadedQuiz[] {
  return [...quizzes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

function idsOf(q: Question): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple': return q.options.map(o => o.id)
    case 'true-false': return []
    case 'ordering': return q.items.map(i => i.id)
    case 'matching': return [...q.pairs.map(p => p.id), '/', ...q.distractors.map(d => d.id)]
    case 'scenario': return q.questions.flatMap(s => [s.id, '(', ...idsOf(s), ')'])
  }
}

/** FNV-1a over every id of the course, in base 36: changes whenever a position would change. */
export function courseFingerprint(quizzes: LoadedQuiz[]): string {
  const text = ordered(quizzes).map(quiz => `${quiz.id}:${quiz.questions.map(q => `${q.id}(${idsOf(q).join(' ')})`).join(';')}`).join('|')
  let hash = 0x811C9DC5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36)
}

const b36 = (n: number) => n.toString(36)

function encodeSimple(q: SimpleQuestion, r: SimpleResponse): string | undefined {
  const index = (ids: string[], id: unknown) => {
    const i = typeof id === 'string' ? ids.indexOf(id) : -1
    return i < 0 ? undefined : b36(i)
  }
  switch (q.type) {
    case 'single':
      return index(q.options.map(o => o.id), r)
    case 'true-false':
      return typeof r === 'boolean' ? (r ? 't' : 'f') : undefined
    case 'multiple': {
      if (!Array.isArray(r))
        return undefined
      let mask = 0
      for (const id of r) {
        const i = q.options.findIndex(o => o.id === id)
        if (i < 0)
          return undefined
        mask |= 1 << i
      }
      return b36(mask)
    }
    case 'ordering': {
      if (!Array.isArray(r))
        return undefined
      const parts = r.map(id => index(q.items.map(i => i.id), id))
      return parts.every(p => p !== undefined && p.length === 1) ? parts.join('') : undefined
    }
    case 'matching': {
      if (typeof r !== 'object' || Array.isArray(r))
        return undefined
      const choices = [...q.pairs.map(p => p.id), ...q.distractors.map(d => d.id)]
      const parts = q.pairs.map(p => (r[p.id] === undefined ? '_' : index(choices, r[p.id])))
      return parts.every(p => p !== undefined && p.length === 1) ? parts.join('') : undefined
    }
  }
}

function decodeSimple(q: SimpleQuestion, text: string): SimpleResponse | undefined {
  const at = (ids: string[], c: string) => {
    const i = Number.parseInt(c, 36)
    return /^[0-9a-z]$/.test(c) ? ids[i] : undefined
  }
  switch (q.type) {
    case 'single':
      return text.length === 1 ? at(q.options.map(o => o.id), text) : undefined
    case 'true-false':
      return text === 't' ? true : text === 'f' ? false : undefined
    case 'multiple': {
      if (!/^[0-9a-z]+$/.test(text))
        return undefined
      const mask = Number.parseInt(text, 36)
      if (mask >= 2 ** q.options.length)
        return undefined
      return q.options.filter((_, i) => mask & (1 << i)).map(o => o.id)
    }
    case 'ordering': {
      const ids = [...text].map(c => at(q.items.map(i => i.id), c))
      return ids.every(id => id !== undefined) ? ids as string[] : undefined
    }
    case 'matching': {
      if (text.length !== q.pairs.length)
        return undefined
      const choices = [...q.pairs.map(p => p.id), ...q.distractors.map(d => d.id)]
      const out: Record<string, string> = {}
      for (const [i, pair] of q.pairs.entries()) {
        const c = text[i]!
        if (c === '_')
          continue
        const id = at(choices, c)
        if (id === undefined)
          return undefined
        out[pair.id] = id
      }
      return out
    }
  }
}

function encodeResponse(q: Question, r: Response): string | undefined {
  if (q.type !== 'scenario')
    return encodeSimple(q, r as SimpleResponse)
  if (typeof r !== 'object' || Array.isArray(r))
    return undefined
  const parts = r as Record<string, SimpleResponse>
  const encoded = q.questions.map(s => (parts[s.id] === undefined ? '' : encodeSimple(s, parts[s.id]!)))
  return encoded.every(e => e !== undefined) ? encoded.join('.') : undefined
}

function decodeResponse(q: Question, text: string): Response | undefined {
  if (q.type !== 'scenario')
    return decodeSimple(q, text)
  const parts = text.split('.')
  if (parts.length !== q.questions.length)
    return undefined
  const out: Record<string, SimpleResponse> = {}
  for (const [i, s] of q.questions.entries()) {
    if (parts[i] === '')
      continue
    const r = decodeSimple(s, parts[i]!)
    if (r === undefined)
      return undefined
    out[s.id] = r
  }
  return out
}

function encodeAnswer(q: Question, a: Answer): string | undefined {
  const response = encodeResponse(q, a.response)
  if (response === undefined)
    return undefined
  const usual = a.checked ? 1 : 0
  return `${a.checked ? 'c' : 'd'}${response}${a.attempts === usual ? '' : `*${b36(a.attempts)}`}`
}

function decodeAnswer(q: Question, text: string): Answer | undefined {
  const match = /^([cd])([^*]*)(?:\*([0-9a-z]+))?$/.exec(text)
  if (!match)
    return undefined
  const response = decodeResponse(q, match[2]!)
  if (response === undefined)
    return undefined
  const checked = match[1] === 'c'
  return { response, checked, attempts: match[3] === undefined ? (checked ? 1 : 0) : Number.parseInt(match[3], 36) }
}

/**
 * Progress as suspend data. Answers to questions the course no longer has are left out (the
 * localStorage copy keeps them); `moduleIds` is the course's module order (modules.ts).
 */
export function encodeSuspendData(progress: Progress, quizzes: LoadedQuiz[], moduleIds: string[]): string {
  const started = moduleIds.flatMap((id, i) => {
    const at = progress.modules[id] ? Date.parse(progress.modules[id].startedAt) : Number.NaN
    return Number.isNaN(at) ? [] : [`${b36(i)}:${b36(Math.floor(at / 1000))}`]
  })
  const answers = ordered(quizzes).map((quiz) => {
    const saved = progress.answers[quiz.id] ?? {}
    const fields = quiz.questions.map(q => (saved[q.id] ? encodeAnswer(q, saved[q.id]!) ?? '' : ''))
    while (fields.length > 0 && fields[fields.length - 1] === '')
      fields.pop()
    return fields.join(',')
  })
  while (answers.length > 0 && answers[answers.length - 1] === '')
    answers.pop()
  return [FORMAT, courseFingerprint(quizzes), b36(progress.seed), started.join('.'), answers.join('|')].join('~')
}

export type DecodedSuspendData
  = | { ok: true, progress: Progress }
    | { ok: false, reason: 'empty' | 'corrupt' | 'other-course' }

/** Read suspend data back; never throws. Anything not written by this course's encoder is refused whole. */
export function decodeSuspendData(text: string, quizzes: LoadedQuiz[], moduleIds: string[]): DecodedSuspendData {
  if (text === '')
    return { ok: false, reason: 'empty' }
  const fields = text.split('~')
  if (fields.length !== 5 || fields[0] !== FORMAT)
    return { ok: false, reason: fields[0] === FORMAT ? 'corrupt' : 'other-course' }
  const [, fingerprint, seedText, startedText, answersText] = fields as [string, string, string, string, string]
  if (fingerprint !== courseFingerprint(quizzes))
    return { ok: false, reason: 'other-course' }
  if (!/^[0-9a-z]+$/.test(seedText))
    return { ok: false, reason: 'corrupt' }
  const progress = emptyProgress(Number.parseInt(seedText, 36))

  for (const entry of startedText === '' ? [] : startedText.split('.')) {
    const m = /^([0-9a-z]+):([0-9a-z]+)$/.exec(entry)
    const id = m ? moduleIds[Number.parseInt(m[1]!, 36)] : undefined
    if (!m || id === undefined)
      return { ok: false, reason: 'corrupt' }
    progress.modules[id] = { startedAt: new Date(Number.parseInt(m[2]!, 36) * 1000).toISOString() }
  }

  const quizTexts = answersText === '' ? [] : answersText.split('|')
  const list = ordered(quizzes)
  if (quizTexts.length > list.length)
    return { ok: false, reason: 'corrupt' }
  for (const [qi, quizText] of quizTexts.entries()) {
    const quiz = list[qi]!
    const answerTexts = quizText === '' ? [] : quizText.split(',')
    if (answerTexts.length > quiz.questions.length)
      return { ok: false, reason: 'corrupt' }
    for (const [i, answerText] of answerTexts.entries()) {
      if (answerText === '')
        continue
      const question = quiz.questions[i]!
      const answer = decodeAnswer(question, answerText)
      if (!answer)
        return { ok: false, reason: 'corrupt' }
      const answers = (progress.answers[quiz.id] ??= {})
      answers[question.id] = answer
    }
  }
  return { ok: true, progress }
}

/**
 * Put what the LMS remembers together with what this browser remembers: the LMS copy wins (the
 * learner may have moved to another computer), but an answer only this browser has is kept, and a
 * checked answer is never replaced by a draft.
 */
export function mergeProgress(fromLms: Progress, local: Progress): Progress {
  const merged: Progress = { ...fromLms, modules: { ...local.modules, ...fromLms.modules }, answers: {} }
  const quizIds = new Set([...Object.keys(local.answers), ...Object.keys(fromLms.answers)])
  for (const quizId of quizIds) {
    const out: Record<string, Answer> = {}
    const l = local.answers[quizId] ?? {}
    const r = fromLms.answers[quizId] ?? {}
    for (const id of new Set([...Object.keys(l), ...Object.keys(r)])) {
      const a = r[id]
      const b = l[id]
      out[id] = (a && b) ? (b.checked && !a.checked ? b : a) : (a ?? b)!
    }
    merged.answers[quizId] = out
  }
  return merged
}

/**
 * `merged` with every answer that changed in `now` since `before` laid over it: opening the LMS
 * session takes time, and what the learner answered meanwhile is newer than anything the LMS has.
 */
export function keepChangedSince(before: Progress, now: Progress, merged: Progress): Progress {
  const out: Progress = { ...merged, answers: { ...merged.answers } }
  for (const [quizId, answers] of Object.entries(now.answers)) {
    for (const [id, answer] of Object.entries(answers)) {
      if (JSON.stringify(before.answers[quizId]?.[id]) !== JSON.stringify(answer))
        out.answers[quizId] = { ...out.answers[quizId], [id]: answer }
    }
  }
  return out
}
