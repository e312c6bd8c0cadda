/** The cmi5 side of the LMS session against a loopback LRS that validates every statement. */
import type { Lrs } from '../../shared/lrs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { learningModules as modules } from '../../../modules'
import { cmi5Channel, cmi5LaunchOf } from '../../../quizzes/engine/lms/cmi5'
import { createLmsSession, NOTICE } from '../../../quizzes/engine/lms/session'
import { loadQuizzes } from '../../../quizzes/engine/load'
import { emptyProgress } from '../../../quizzes/engine/progress'
import { cmi5Problems, startLrs } from '../../shared/lrs'
import { answerAll } from './lms-host'

const root = join(import.meta.dirname, '..', '..', '..')
const { quizzes } = loadQuizzes(join(root, 'quizzes'), root)
const quiz = quizzes.find(q => q.id === 'leak-story/final')!
const activityId = 'urn:messaging-leaks-course:au:leak-story'

let lrs: Lrs
beforeAll(async () => {
  lrs = await startLrs()
})
afterAll(() => lrs.close())

function sessionFor(query: string) {
  const launch = cmi5LaunchOf(`https://lms.example/content/abc/leak-story/index.html?${query}`)
  expect(launch).toBeDefined()
  const notices: string[] = []
  const s = createLmsSession({ channel: cmi5Channel(launch!), quizzes, moduleIds: modules.map(m => m.id), quiz, notify: n => notices.push(n), keepUnreadable: () => {} })
  return { s, notices }
}

describe('cmi5 session', () => {
  it.each([
    ['passed', 0],
    ['failed', 4],
  ])('sends launched, initialized, answered, %s, completed and terminated in order', async (_verdict, wrong) => {
    const launch = lrs.launch(activityId, 0.7)
    const { s, notices } = sessionFor(launch.query)
    const local = await s.start(emptyProgress(11))
    const first = quiz.questions[0]!.id
    const done = answerAll(local, quiz, wrong)
    await s.record({ ...done, answers: { [quiz.id]: { [first]: done.answers[quiz.id]![first]! } } })
    await s.record(done)
    await s.end(done)
    expect(lrs.errors).toEqual([])
    expect(notices).toEqual([])
    expect(cmi5Problems(lrs.statements, launch, 0.7)).toEqual([])
  })

  it('resumes a registration from the suspend data it saved', async () => {
    const launch = lrs.launch(activityId, 0.7)
    const { s } = sessionFor(launch.query)
    const done = answerAll(await s.start(emptyProgress(12)), quiz, 1)
    await s.end(done)
    // Same registration, new session and token, as an LMS does on relaunch.
    const relaunch = lrs.launch(activityId, 0.7)
    const query = new URLSearchParams(relaunch.query)
    query.set('registration', launch.registration)
    for (const [k, v] of lrs.state) {
      if (k.startsWith(`LMS.LaunchData|${relaunch.registration}|`))
        lrs.state.set(`LMS.LaunchData|${launch.registration}|${activityId}`, v)
    }
    const next = sessionFor(query.toString())
    const resumed = await next.s.start(emptyProgress(99))
    expect(resumed.answers[quiz.id]).toEqual(done.answers[quiz.id])
    expect(lrs.errors).toEqual([])
  })

  it('has rules that catch a statement out of order, a missing session id or a wrong verdict', async () => {
    const launch = lrs.launch(activityId, 0.7)
    const { s } = sessionFor(launch.query)
    const done = answerAll(await s.start(emptyProgress(13)), quiz)
    await s.end(done)
    const mine = lrs.statements.filter(x => x.context?.registration === launch.registration)
    expect(cmi5Problems(mine, launch, 0.7)).toEqual([])
    const swapped = [mine[0]!, mine[2]!, mine[1]!, ...mine.slice(3)]
    expect(cmi5Problems(swapped, launch, 0.7).join()).toMatch(/wrong order/)
    expect(cmi5Problems(mine, { ...launch, sessionId: 'other' }, 0.7).join()).toMatch(/session id/)
    expect(cmi5Problems(mine, launch, 1).join()).toMatch(/passed with score 1 against mastery 1|mastery score 1/)
  })

  it('sends no verdict in a Review launch, only what the learner looked at', async () => {
    const launch = lrs.launch(activityId, 0.7, 'Review')
    const { s } = sessionFor(launch.query)
    await s.end(answerAll(await s.start(emptyProgress(14)), quiz))
    const verbs = lrs.statements.filter(x => x.context?.registration === launch.registration).map(x => x.verb.id.split('/').pop())
    expect(verbs).not.toContain('passed')
    expect(verbs).not.toContain('completed')
    expect(verbs.at(-1)).toBe('terminated')
    expect(lrs.errors).toEqual([])
  })

  it('is not started by a page without the five launch parameters', () => {
    expect(cmi5LaunchOf('https://site.example/leak-story/index.html')).toBeUndefined()
    expect(cmi5LaunchOf('https://site.example/leak-story/index.html?endpoint=x&fetch=y&registration=z&activityId=a&actor=not-json')).toBeUndefined()
  })

  it('goes on from this browser and says so once when the LRS cannot be reached', async () => {
    const launch = lrs.launch(activityId, 0.7)
    const { s, notices } = sessionFor(launch.query.replace(/endpoint=[^&]+/, `endpoint=${encodeURIComponent('http://127.0.0.1:9/xapi/')}`))
    const local = answerAll(emptyProgress(3), quiz)
    expect(await s.start(local)).toEqual(local)
    expect(notices).toEqual([NOTICE.openFailed])
  })
})
