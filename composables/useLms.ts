import type { WindowLike } from '../quizzes/engine/lms/scorm'
/**
 * Connects a module deck to the LMS that launched it (SCORM 1.2, SCORM 2004 or cmi5) and keeps it
 * informed through the progress store. Outside an LMS it finds nothing and does nothing. All the
 * logic is plain TypeScript in quizzes/engine/lms/; this file only wires it to the page.
 * Only the check for an LMS (lms/launch.ts) loads with the page: the code that talks to one, and
 * the quiz data it reports on, load once an LMS is found, so a learner outside one never downloads them.
 */
import type { LmsSession } from '../quizzes/engine/lms/session'
import type { Progress } from '../quizzes/engine/progress'
import { watch } from 'vue'
import { learningModules } from '../modules'
import { cmi5LaunchOf, findScormApi } from '../quizzes/engine/lms/launch'
import { LMS_UNREADABLE_KEY } from '../quizzes/engine/progress'
import { useProgress } from './useProgress'

let connected = false

export function connectLms(moduleId: string): void {
  const mod = learningModules.find(m => m.id === moduleId)
  if (connected || !mod || typeof window === 'undefined')
    return
  connected = true
  const progress = useProgress()
  let session: LmsSession | undefined
  let starting: Promise<void> | undefined

  /** An LMS API may appear after the page loaded: look again whenever there is something to send. */
  function connect(): Promise<void> | undefined {
    if (session || starting)
      return starting
    const win = window as unknown as WindowLike
    if (!cmi5LaunchOf(location.href) && !findScormApi(win))
      return undefined
    starting = start(win)
    return starting
  }

  async function start(win: WindowLike): Promise<void> {
    const [{ findQuiz, quizzes }, { findLmsChannel }, { createLmsSession }, { keepChangedSince }] = await Promise.all([
      import('./quizData'),
      import('../quizzes/engine/lms/find'),
      import('../quizzes/engine/lms/session'),
      import('../quizzes/engine/lms/suspend'),
    ])
    const channel = findLmsChannel(win, location.href)
    const quiz = findQuiz(mod!.quiz)
    if (!channel || !quiz)
      return
    const s = createLmsSession({
      channel,
      quizzes,
      moduleIds: learningModules.map(m => m.id),
      quiz,
      notify: sentence => progress.state.notices.includes(sentence) || progress.state.notices.push(sentence),
      keepUnreadable: (text) => {
        try {
          localStorage.setItem(LMS_UNREADABLE_KEY, text)
        }
        catch { /* storage blocked: the notice already says what happened */ }
      },
    })
    const before = JSON.stringify(progress.state.progress)
    const merged: Progress = await s.start(JSON.parse(before) as Progress)
    // The learner may have answered while the LMS was answering: every answer changed since then
    // is laid over what the LMS remembered, so no answer given meanwhile is lost.
    progress.replaceProgress(keepChangedSince(JSON.parse(before) as Progress, progress.state.progress, merged))
    session = s
    starting = undefined
    return s.record(progress.state.progress)
  }

  void connect()
  watch(() => progress.state.progress, (p) => {
    if (session)
      void session.record(p)
    else
      void connect()
  }, { deep: true })
  window.addEventListener('pagehide', () => {
    void session?.end(progress.state.progress)
  })
}
