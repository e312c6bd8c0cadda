/**
 * Connects a module deck to the LMS that launched it (SCORM 1.2, SCORM 2004 or cmi5) and keeps it
 * informed through the progress store. Outside an LMS it finds nothing and does nothing. All the
 * logic is plain TypeScript in quizzes/engine/lms/; this file only wires it to the page.
 */
import type { LmsSession } from '../quizzes/engine/lms/session'
import type { Progress } from '../quizzes/engine/progress'
import type { WindowLike } from '../quizzes/engine/lms/scorm'
import { watch } from 'vue'
import { modules } from '../modules'
import { findLmsChannel } from '../quizzes/engine/lms/find'
import { createLmsSession } from '../quizzes/engine/lms/session'
import { LMS_UNREADABLE_KEY } from '../quizzes/engine/progress'
import { findQuiz, quizzes } from './quizData'
import { useProgress } from './useProgress'

let connected = false

export function connectLms(moduleId: string): void {
  const mod = modules.find(m => m.id === moduleId)
  const quiz = mod && findQuiz(mod.quiz)
  if (connected || !quiz || typeof window === 'undefined')
    return
  connected = true
  const progress = useProgress()
  let session: LmsSession | undefined
  let starting: Promise<void> | undefined

  /** An LMS API may appear after the page loaded: look again whenever there is something to send. */
  function connect(): Promise<void> | undefined {
    if (session || starting)
      return starting
    const channel = findLmsChannel(window as unknown as WindowLike, location.href)
    if (!channel)
      return undefined
    const s = createLmsSession({
      channel,
      quizzes,
      moduleIds: modules.map(m => m.id),
      quiz: quiz!,
      notify: sentence => progress.state.notices.includes(sentence) || progress.state.notices.push(sentence),
      keepUnreadable: (text) => {
        try {
          localStorage.setItem(LMS_UNREADABLE_KEY, text)
        }
        catch { /* storage blocked: the notice already says what happened */ }
      },
    })
    starting = s.start(progress.state.progress).then((merged: Progress) => {
      progress.replaceProgress(merged)
      session = s
      starting = undefined
      return s.record(progress.state.progress)
    })
    return starting
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
