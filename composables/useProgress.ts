/**
 * The learner's saved progress as one reactive object shared by every component on the page.
 * Reads once, writes on every change, follows changes made in other tabs (course home and decks),
 * and turns every storage problem into a notice instead of an error.
 */
import type { Answer, Progress, QuizAttemptRecord } from '../quizzes/engine/progress'
import type { Response } from '../quizzes/engine/responses'
import type { LoadedQuiz } from '../quizzes/engine/schema'
import { effectScope, reactive, ref, watch } from 'vue'
import { messagesFor } from '../i18n'
import { createProgressStore, pruneProgress, ROUTER_SCROLL_KEY, STORAGE_KEY } from '../quizzes/engine/progress'
import { newSeed } from '../quizzes/engine/shuffle'

const text = messagesFor(globalThis.document?.documentElement.lang).progress
const store = createProgressStore(() => globalThis.localStorage, newSeed, text)

let state: { progress: Progress, notices: string[] } | undefined
const revision = ref(0)
/** Set by quizData.ts once this page's quiz data has loaded (see pruneSavedProgress). */
let known: { quizzes: LoadedQuiz[], owns: (quizId: string) => boolean } | undefined

/**
 * The store is created inside a detached effect scope, not inside the component that happens to ask
 * first: a watcher made during a component's setup is stopped when that component unmounts, and
 * saving would silently stop with it. The scope is never stopped; the store lives as long as the page.
 */
function init() {
  return effectScope(true).run(createState)!
}

function createState() {
  const loaded = store.load()
  state = reactive({ progress: loaded.progress, notices: [...loaded.notices] })
  if (loaded.notices.length > 0)
    persist()
  watch(() => state!.progress, persist, { deep: true })
  globalThis.addEventListener?.('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null)
      return
    // Another tab changed progress (or cleared it): take its version.
    const fresh = store.load().progress
    state!.progress = known ? pruneProgress(fresh, known.quizzes, known.owns, text).progress : fresh
    revision.value++
  })
  return state
}

/**
 * Drops saved answers to quizzes or questions that no longer exist, with a notice. Called once by
 * quizData.ts when the page's quiz data arrives, so the data stays out of the first load.
 */
export function pruneSavedProgress(quizzes: LoadedQuiz[], owns: (quizId: string) => boolean): void {
  const s = state ?? init()
  known = { quizzes, owns }
  const pruned = pruneProgress(s.progress, quizzes, owns, text)
  if (pruned.notices.length === 0)
    return
  s.progress = pruned.progress
  s.notices.push(...pruned.notices)
}

function persist() {
  const saved = store.save(state!.progress)
  if (!saved.ok && !state!.notices.includes(saved.notice))
    state!.notices.push(saved.notice)
}

export function useProgress() {
  const s = state ?? init()

  function retakeQuiz(quizId: string, finished: Omit<QuizAttemptRecord, 'finishedAt'> | undefined) {
    if (finished)
      (s.progress.history[quizId] ??= []).push({ ...finished, finishedAt: new Date().toISOString() })
    delete s.progress.answers[quizId]
    revision.value++
  }

  return {
    state: s,
    /** Bumped when another tab replaced the progress, so components can re-read drafts. */
    revision,
    answerOf(quizId: string, questionId: string): Answer | undefined {
      return s.progress.answers[quizId]?.[questionId]
    },
    saveDraft(quizId: string, questionId: string, response: Response) {
      const answers = (s.progress.answers[quizId] ??= {})
      const prev = answers[questionId]
      answers[questionId] = { response, checked: false, attempts: prev?.attempts ?? 0 }
    },
    check(quizId: string, questionId: string, response: Response) {
      const answers = (s.progress.answers[quizId] ??= {})
      answers[questionId] = { response, checked: true, attempts: (answers[questionId]?.attempts ?? 0) + 1 }
    },
    retry(quizId: string, questionId: string) {
      const answer = s.progress.answers[quizId]?.[questionId]
      if (answer)
        answer.checked = false
    },
    /** The LMS session hands back progress merged with what the LMS remembered (composables/useLms.ts). */
    replaceProgress(next: Progress) {
      s.progress = known ? pruneProgress(next, known.quizzes, known.owns, text).progress : next
      revision.value++
    },
    markStarted(moduleId: string) {
      s.progress.modules[moduleId] ??= { startedAt: new Date().toISOString() }
    },
    /** Remembered so that reopening the module can offer to continue there. */
    setLastSlide(moduleId: string, slide: number) {
      const visit = (s.progress.modules[moduleId] ??= { startedAt: new Date().toISOString() })
      if (visit.lastSlide !== slide)
        visit.lastSlide = slide
    },
    /**
     * A new attempt at a scored quiz: the finished attempt's score joins the quiz's history and its
     * answers are cleared. Other quizzes and modules are untouched.
     */
    retakeQuiz,
    /**
     * "Start this module again": every answer in the module is cleared and it reopens at slide 1; a
     * finished scored attempt is kept in the history first, so its score still counts.
     */
    restartModule(moduleId: string, scoredQuiz: string, finished: Omit<QuizAttemptRecord, 'finishedAt'> | undefined) {
      retakeQuiz(scoredQuiz, finished)
      for (const quizId of Object.keys(s.progress.answers)) {
        if (quizId.startsWith(`${moduleId}/`))
          delete s.progress.answers[quizId]
      }
      const visit = s.progress.modules[moduleId]
      if (visit)
        delete visit.lastSlide
      revision.value++
    },
    dismissNotices() {
      s.notices.splice(0)
    },
    /** "Reset my progress": removes every key the course wrote, then starts afresh. */
    resetAll() {
      store.clear()
      try {
        globalThis.sessionStorage?.removeItem(ROUTER_SCROLL_KEY)
      }
      catch { /* storage blocked: nothing of ours is there */ }
      s.progress = { version: s.progress.version, seed: newSeed(), modules: {}, answers: {}, history: {} }
      s.notices.splice(0)
      revision.value++
    },
  }
}
