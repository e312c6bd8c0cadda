import type { Progress } from '../progress.ts'
/**
 * One learner session inside an LMS, for one module: merges what the LMS remembers into saved
 * progress at launch, then on every answer (and when the page is hidden) sends score, status,
 * session time, new interactions and suspend data, and commits.
 *
 * localStorage stays the course's own copy throughout: whatever the LMS does (refuses a value,
 * fails to commit, holds suspend data of another course, is missing, turns up late) the course goes
 * on from that copy, and the learner is told once.
 */
import type { LoadedQuiz } from '../schema.ts'
import type { LmsChannel, LmsUpdate } from './channel.ts'
import type { Interaction } from './report.ts'
import { interactionKey, interactionsOf, reportFor } from './report.ts'
import { decodeSuspendData, encodeSuspendData, mergeProgress, SUSPEND_DATA_LIMIT } from './suspend.ts'

export const NOTICE = {
  refused: 'The learning platform did not accept your latest progress. It is kept in this browser and will be sent again with your next answer.',
  unreadable: 'The progress the learning platform held for this course could not be used (it was damaged or belongs to another course), so the course goes on with the progress kept in this browser.',
  tooLong: 'Your progress is too long for the learning platform to keep; it is kept in this browser.',
  openFailed: 'The learning platform did not start a session for this course. Your progress is kept in this browser only.',
} as const

export interface SessionOptions {
  channel: LmsChannel
  quizzes: LoadedQuiz[]
  moduleIds: string[]
  /** The module quiz this package reports on (modules.ts `quiz`). */
  quiz: LoadedQuiz
  /** Show a sentence to the learner (each distinct sentence is shown once per page). */
  notify: (sentence: string) => void
  /** Keep the LMS's unreadable suspend data before it is overwritten, so nothing is lost. */
  keepUnreadable: (text: string) => void
  now?: () => Date
}

export interface LmsSession {
  /** Connect and return the progress to continue with (LMS copy merged into the local one). */
  start: (local: Progress) => Promise<Progress>
  /** Progress changed (an answer was saved or checked): report and commit. */
  record: (progress: Progress) => Promise<void>
  /** The page is going away: report, commit and end the session. */
  end: (progress: Progress) => Promise<void>
}

export function createLmsSession(o: SessionOptions): LmsSession {
  const now = o.now ?? (() => new Date())
  const startedAt = now()
  const sent = new Set<string>()
  const told = new Set<string>()
  let masteryPercent: number | undefined
  let open = false
  let ended = false
  /** Saves run one after another, so interactions keep their order and none is sent twice. */
  let queue: Promise<void> = Promise.resolve()
  let pending = 0

  function tell(sentence: string) {
    if (told.has(sentence))
      return
    told.add(sentence)
    o.notify(sentence)
  }

  function update(progress: Progress): LmsUpdate {
    const quizzes = o.quizzes.filter(q => q.module === o.quiz.module)
    const fresh: Interaction[] = interactionsOf(progress, quizzes).filter(i => !sent.has(interactionKey(i)))
    const text = encodeSuspendData(progress, o.quizzes, o.moduleIds)
    const answered = Object.values(progress.answers[o.quiz.id] ?? {}).filter(a => a.checked).length
    return {
      suspendData: text.length <= SUSPEND_DATA_LIMIT ? text : undefined,
      report: reportFor(progress, o.quiz, masteryPercent),
      answered,
      interactions: fresh,
      sessionSeconds: (now().getTime() - startedAt.getTime()) / 1000,
      at: now(),
    }
  }

  async function send(progress: Progress, last: boolean) {
    if (!open || ended)
      return
    const u = update(progress)
    if (u.suspendData === undefined)
      tell(NOTICE.tooLong)
    try {
      if (last) {
        ended = true
        await o.channel.close(u)
      }
      else {
        await o.channel.save(u)
      }
      for (const i of u.interactions)
        sent.add(interactionKey(i))
    }
    catch {
      tell(NOTICE.refused)
    }
  }

  return {
    async start(local) {
      try {
        const opened = await o.channel.open()
        open = true
        masteryPercent = opened.masteryPercent
        // Interactions already in the LMS from an earlier session are not sent again.
        const decoded = decodeSuspendData(opened.suspendData, o.quizzes, o.moduleIds)
        if (decoded.ok) {
          for (const i of interactionsOf(decoded.progress, o.quizzes))
            sent.add(interactionKey(i))
          return mergeProgress(decoded.progress, local)
        }
        if (decoded.reason !== 'empty') {
          o.keepUnreadable(opened.suspendData)
          tell(NOTICE.unreadable)
        }
        return local
      }
      catch {
        tell(NOTICE.openFailed)
        return local
      }
    },
    record(progress) {
      const snapshot = JSON.parse(JSON.stringify(progress)) as Progress
      pending++
      queue = queue.then(() => send(snapshot, false)).finally(() => pending--)
      return queue
    },
    end(progress) {
      const snapshot = JSON.parse(JSON.stringify(progress)) as Progress
      // Started at once when nothing is waiting: the page is going away and may get no later turn.
      queue = pending === 0 ? send(snapshot, true) : queue.then(() => send(snapshot, true))
      return queue
    },
  }
}
