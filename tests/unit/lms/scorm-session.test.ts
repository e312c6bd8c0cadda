/** The LMS session against scorm-again, a real SCORM 1.2 and 2004 runtime, in Node. */
import type { LmsChannel } from '../../../quizzes/engine/lms/channel'
import type { Progress } from '../../../quizzes/engine/progress'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { learningModules as modules } from '../../../modules'
import { findScormApi, scormChannel } from '../../../quizzes/engine/lms/scorm'
import { createLmsSession, NOTICE } from '../../../quizzes/engine/lms/session'
import { encodeSuspendData, SUSPEND_DATA_LIMIT } from '../../../quizzes/engine/lms/suspend'
import { loadQuizzes } from '../../../quizzes/engine/load'
import { emptyProgress } from '../../../quizzes/engine/progress'
import { answerAll, scorm12Lms, scorm12Violation, scorm2004Lms } from './lms-host'

const root = join(import.meta.dirname, '..', '..', '..')
const { quizzes } = loadQuizzes(join(root, 'quizzes'), root)
const moduleIds = modules.map(m => m.id)
const quiz = quizzes.find(q => q.id === 'leak-story/final')!
const questionCount = quiz.questions.reduce((n, q) => n + (q.type === 'scenario' ? q.questions.length : 1), 0)

function session(channel: LmsChannel) {
  const notices: string[] = []
  const kept: string[] = []
  let clock = Date.parse('2026-12-03T10:00:00Z')
  const s = createLmsSession({
    channel,
    quizzes,
    moduleIds,
    quiz,
    notify: n => notices.push(n),
    keepUnreadable: t => kept.push(t),
    now: () => new Date(clock += 61_500),
  })
  return { s, notices, kept }
}

/** Keep only the first question's answer: a quiz in progress. */
function firstOnly(p: Progress): Progress {
  const first = quiz.questions[0]!.id
  return { ...p, answers: { [quiz.id]: { [first]: p.answers[quiz.id]![first]! } } }
}

/** What the runtime would send to the LMS server on commit, write-only elements included. */
interface Committed {
  core: { exit: string, session_time: string }
  exit: string
  session_time: string
  interactions: Record<string, { id: string, result: string, student_response: string }>
}
function committed(api: { renderCommitCMI: (t: boolean) => unknown }): Committed {
  return (api.renderCommitCMI(true) as { cmi: Committed }).cmi
}

/** A page whose LMS API sits two frames up, as when an LMS nests the package in its player. */
function pageUnder(lmsWindow: Record<string, unknown>) {
  const player = { parent: lmsWindow }
  return { parent: player }
}

describe('sCORM 1.2 session (scorm-again)', () => {
  it('reports status, score, time and one interaction per question, and resumes on relaunch', async () => {
    const lms = scorm12Lms({ student_data: { mastery_score: '70' } })
    const found = findScormApi(pageUnder({ API: lms.api }))
    expect(found?.version).toBe('1.2')
    const { s, notices } = session(scormChannel(found!))

    const local = await s.start(emptyProgress(42))
    await s.record(firstOnly(answerAll(local, quiz)))
    expect(lms.api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete')
    expect(Number(lms.api.LMSGetValue('cmi.core.score.raw'))).toBeGreaterThan(0)
    const done = answerAll(local, quiz)
    await s.record(done)
    expect(lms.api.LMSGetValue('cmi.core.lesson_status')).toBe('passed')
    expect(lms.api.LMSGetValue('cmi.core.score.raw')).toBe('100')
    expect(lms.api.LMSGetValue('cmi.core.score.min')).toBe('0')
    expect(lms.api.LMSGetValue('cmi.core.score.max')).toBe('100')
    expect(lms.api.LMSGetValue('cmi.core.exit')).toBe('')
    expect(committed(lms.api).core.exit).toBe('suspend')
    // Two answers at 61.5 s each on the test clock (scorm-again writes the timespan in its own short form).
    expect(committed(lms.api).core.session_time).toMatch(/^0{2,4}:0[1-9]:\d{2}/)
    expect(Number(lms.api.LMSGetValue('cmi.interactions._count'))).toBe(questionCount)
    const records = Object.values(committed(lms.api).interactions)
    expect(records.map(r => r.result)).toEqual(Array.from({ length: questionCount }).fill('correct'))
    expect(records[0]!.id).toBe(`leak-story.final.${quiz.questions[0]!.id}`)
    expect(lms.violations).toEqual([])
    expect(notices).toEqual([])

    await s.end(done)
    const saved = lms.api.renderCMIToJSONObject() as { cmi: { suspend_data: string } }
    expect(saved.cmi.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT)

    // Relaunch: a new LMS session holding what the last one committed.
    const again = scorm12Lms({ suspend_data: saved.cmi.suspend_data, core: { entry: 'resume' }, student_data: { mastery_score: '70' } })
    const next = session(scormChannel(findScormApi({ API: again.api })!))
    const resumed = await next.s.start(emptyProgress(7))
    expect(resumed.answers[quiz.id]).toEqual(done.answers[quiz.id])
    expect(resumed.seed).toBe(42)
  })

  it('reports failed below the mastery score the LMS sends', async () => {
    const lms = scorm12Lms({ student_data: { mastery_score: '95' } })
    const { s } = session(scormChannel(findScormApi({ API: lms.api })!))
    await s.record(answerAll(await s.start(emptyProgress(1)), quiz, 1))
    expect(lms.api.LMSGetValue('cmi.core.lesson_status')).toBe('failed')
    const records = Object.values(committed(lms.api).interactions)
    expect(records[0]!.result).toBe('wrong')
    expect(records.at(-1)!.result).toBe('correct')
  })

  it('keeps the whole course, every question answered, within the standard\'s 4,096 characters', async () => {
    const lms = scorm12Lms()
    const { s, notices } = session(scormChannel(findScormApi({ API: lms.api })!))
    let all = await s.start(emptyProgress(2 ** 31 - 1))
    for (const q of quizzes)
      all = answerAll(all, q)
    await s.record(all)
    expect(lms.violations).toEqual([])
    expect(notices).toEqual([])
    expect(lms.api.cmi.suspend_data).toBe(encodeSuspendData(all, quizzes, moduleIds))
  })

  it('holds the test LMS to exactly 4,096 characters of suspend data', () => {
    expect(scorm12Violation('cmi.suspend_data', 'x'.repeat(SUSPEND_DATA_LIMIT))).toBeUndefined()
    expect(scorm12Violation('cmi.suspend_data', 'x'.repeat(SUSPEND_DATA_LIMIT + 1))).toMatch(/4097 characters/)
    expect(scorm12Violation('cmi.core.lesson_status', 'complete')).toMatch(/vocabulary/)
    expect(scorm12Violation('cmi.interactions.0.id', 'a b')).toMatch(/CMIIdentifier/)
  })
})

describe('sCORM review mode', () => {
  it('keeps the LMS\'s result as it is when the LMS opens the course for review', async () => {
    const lms = scorm12Lms({ core: { lesson_mode: 'review', lesson_status: 'passed' } })
    const { s, notices } = session(scormChannel(findScormApi({ API: lms.api })!))
    await s.record(answerAll(await s.start(emptyProgress(4)), quiz, 5))
    expect(lms.api.LMSGetValue('cmi.core.lesson_status')).toBe('passed')
    expect(lms.api.LMSGetValue('cmi.interactions._count')).toBe('0')
    expect(notices).toEqual([])
  })
})

describe('sCORM 2004 session (scorm-again)', () => {
  it('reports completion and success separately, the scaled score only once finished', async () => {
    const lms = scorm2004Lms({ scaled_passing_score: '0.7' })
    const found = findScormApi(pageUnder({ API_1484_11: lms.api, API: scorm12Lms().api }))
    expect(found?.version).toBe('2004')
    const { s, notices } = session(scormChannel(found!))
    const local = await s.start(emptyProgress(3))
    await s.record(firstOnly(answerAll(local, quiz)))
    expect(lms.api.GetValue('cmi.completion_status')).toBe('incomplete')
    expect(lms.api.GetValue('cmi.success_status')).toBe('unknown')
    expect(lms.api.cmi.score.scaled).toBe('')
    const done = answerAll(local, quiz, quiz.questions.length)
    await s.record(done)
    expect(lms.api.GetValue('cmi.completion_status')).toBe('completed')
    expect(lms.api.GetValue('cmi.success_status')).toBe('failed')
    expect(Number(lms.api.GetValue('cmi.score.scaled'))).toBeLessThan(0.7)
    expect(committed(lms.api).session_time).toMatch(/^PT(\d+H)?(\d+M)?[\d.]+S$/)
    expect(committed(lms.api).exit).toBe('suspend')
    expect(Number(lms.api.GetValue('cmi.interactions._count'))).toBe(questionCount)
    // The first question was answered right before the rest were answered wrong.
    expect(lms.api.GetValue('cmi.interactions.0.result')).toBe('correct')
    expect(lms.api.GetValue('cmi.interactions.1.result')).toBe('incorrect')
    expect(notices).toEqual([])
  })
})

describe('lMS trouble', () => {
  it('goes on from this browser and says so once when SetValue and Commit fail', async () => {
    const lms = scorm12Lms()
    lms.api.LMSCommit = () => 'false'
    const { s, notices } = session(scormChannel(findScormApi({ API: lms.api })!))
    const local = await s.start(emptyProgress(5))
    await s.record(answerAll(local, quiz, 1))
    lms.api.LMSSetValue = () => 'false'
    await s.record(answerAll(local, quiz))
    expect(notices).toEqual([NOTICE.refused])
  })

  it('sends the interactions an LMS refused again with the next answer', async () => {
    const lms = scorm2004Lms()
    const commit = lms.api.Commit.bind(lms.api)
    let refuse = true
    lms.api.Commit = (p?: string) => (refuse ? 'false' : commit(p))
    const { s } = session(scormChannel(findScormApi({ API_1484_11: lms.api })!))
    const local = await s.start(emptyProgress(5))
    const done = answerAll(local, quiz)
    await s.record(done)
    refuse = false
    await s.record(done)
    expect(lms.api.GetValue('cmi.completion_status')).toBe('completed')
    // Values set before the failed commit stay in the runtime, so the retry appends after them.
    expect(Number(lms.api.GetValue('cmi.interactions._count'))).toBeGreaterThanOrEqual(questionCount)
  })

  it.each([
    ['damaged', 'S1~not~really'],
    ['from another course', '{"bookmark":"page-7"}'],
  ])('keeps suspend data that is %s, tells the learner once and goes on from this browser', async (_name, suspend) => {
    const lms = scorm12Lms({ suspend_data: suspend })
    const { s, notices, kept } = session(scormChannel(findScormApi({ API: lms.api })!))
    const local = answerAll(emptyProgress(9), quiz, 2)
    const resumed = await s.start(local)
    expect(resumed).toEqual(local)
    expect(kept).toEqual([suspend])
    expect(notices).toEqual([NOTICE.unreadable])
    await s.record(resumed)
    expect(notices).toEqual([NOTICE.unreadable])
  })

  it('finds no LMS when there is no API, or a cross-origin parent blocks the search', () => {
    expect(findScormApi({})).toBeUndefined()
    const blocked = {
      get parent(): never {
        throw new DOMException('Blocked a frame', 'SecurityError')
      },
    }
    expect(findScormApi(blocked)).toBeUndefined()
    expect(findScormApi({ API: { LMSInitialize: 'not a function' } })).toBeUndefined()
  })

  it('tells the learner when the LMS will not start a session', async () => {
    const lms = scorm12Lms()
    lms.api.LMSInitialize = () => 'false'
    const { s, notices } = session(scormChannel(findScormApi({ API: lms.api })!))
    const local = answerAll(emptyProgress(1), quiz)
    expect(await s.start(local)).toEqual(local)
    await s.record(local)
    expect(notices).toEqual([NOTICE.openFailed])
  })
})
