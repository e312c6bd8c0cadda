/**
 * The learner's saved progress as one reactive object shared by every component on the page.
 * Reads once, writes on every change, follows changes made in other tabs (course home and decks),
 * and turns every storage problem into a notice instead of an error.
 */
import type { Response } from '../quizzes/engine/responses'
import type { Answer, Progress } from '../quizzes/engine/progress'
import { reactive, ref, watch } from 'vue'
import { createProgressStore, pruneProgress, ROUTER_SCROLL_KEY, STORAGE_KEY } from '../quizzes/engine/progress'
import { newSeed } from '../quizzes/engine/shuffle'
import { quizzes } from './quizData'

const store = createProgressStore(() => globalThis.localStorage, newSeed)

let state: { progress: Progress, notices: string[] } | undefined
const revision = ref(0)

function init() {
  const loaded = store.load()
  const pruned = pruneProgress(loaded.progress, quizzes)
  state = reactive({ progress: pruned.progress, notices: [...loaded.notices, ...pruned.notices] })
  if (loaded.notices.length > 0 || pruned.notices.length > 0)
    persist()
  watch(() => state!.progress, persist, { deep: true })
  globalThis.addEventListener?.('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null)
      return
    // Another tab changed progress (or cleared it): take its version.
    const fresh = store.load()
    state!.progress = pruneProgress(fresh.progress, quizzes).progress
    revision.value++
  })
  return state
}

function persist() {
  const saved = store.save(state!.progress)
  if (!saved.ok && !state!.notices.includes(saved.notice))
    state!.notices.push(saved.notice)
}

export function useProgress() {
  const s = state ?? init()

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
      s.progress = pruneProgress(next, quizzes).progress
      revision.value++
    },
    markStarted(moduleId: string) {
      s.progress.modules[moduleId] ??= { startedAt: new Date().toISOString() }
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
      s.progress = { version: s.progress.version, seed: newSeed(), modules: {}, answers: {} }
      s.notices.splice(0)
      revision.value++
    },
  }
}
