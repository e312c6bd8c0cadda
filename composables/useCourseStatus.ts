/**
 * The course as a learner thinks of it, for the course home and the certificate: each taught module
 * numbered from 1 with its state and the scores of its scored quiz (the latest attempt, the best one,
 * and which counts), how many modules are passed, and the final assessment's state. Needs every
 * quiz, so only the course home and the final assessment's pages use it.
 */
import type { CourseModule } from '../modules'
import type { QuizAttemptRecord } from '../quizzes/engine/progress'
import { computed } from 'vue'
import { learningModules } from '../modules'
import { checkedResponses } from '../quizzes/engine/progress'
import { scoreQuiz } from '../quizzes/engine/score'
import { findQuiz } from './quizData'
import { useFinal } from './useFinal'
import { useProgress } from './useProgress'

export type ModuleState = 'passed' | 'not-passed' | 'in-progress' | 'not-started'

/** A finished attempt's score; `percent` is unrounded. */
export type AttemptResult = Omit<QuizAttemptRecord, 'finishedAt'>

export interface ModuleStatus {
  mod: CourseModule
  /** 1 for the first taught module. */
  number: number
  state: ModuleState
  /** The attempt being answered now, if any: answered so far and in all. */
  current?: { answered: number, total: number, percent: number }
  /** The most recent finished attempt. */
  latest?: AttemptResult
  /** The best finished attempt: the one that counts. */
  best?: AttemptResult
  /** The finished attempt whose answers are still on the slides (not yet archived by a retake). */
  now?: AttemptResult
  /** Finished attempts so far. */
  finishedAttempts: number
  /** The slide the learner was last on, to continue there. */
  lastSlide?: number
}

export function useCourseStatus() {
  const progress = useProgress()
  const final = useFinal()

  const modules = computed<ModuleStatus[]>(() => learningModules.map((mod, i) => {
    const saved = progress.state.progress
    const quiz = findQuiz(mod.quiz)
    const score = quiz ? scoreQuiz(quiz, checkedResponses(saved.answers[mod.quiz])) : undefined
    const finishedNow = !!score && score.answered === score.total
    const earlier: AttemptResult[] = (saved.history[mod.quiz] ?? []).map(({ finishedAt: _, ...r }) => r)
    const now: AttemptResult | undefined = finishedNow ? { earned: score.earned, possible: score.possible, percent: score.percent, passed: !!score.passed } : undefined
    const finished = now ? [...earlier, now] : earlier
    const best = finished.length ? finished.reduce((b, x) => (x.percent > b.percent ? x : b)) : undefined
    const touched = Object.keys(saved.answers).some(q => q.startsWith(`${mod.id}/`))
    const started = !!saved.modules[mod.id] || touched || finished.length > 0
    const state: ModuleState = finished.some(a => a.passed) ? 'passed' : finished.length ? 'not-passed' : started ? 'in-progress' : 'not-started'
    return {
      mod,
      number: i + 1,
      state,
      current: score && !finishedNow && score.answered > 0 ? { answered: score.answered, total: score.total, percent: score.percent } : undefined,
      latest: finished.at(-1),
      best,
      now,
      finishedAttempts: finished.length,
      lastSlide: saved.modules[mod.id]?.lastSlide,
    }
  }))

  return {
    modules,
    passed: computed(() => modules.value.filter(m => m.state === 'passed').length),
    final: computed(() => {
      const best = final.best.value
      const attempt = final.bestAttempt.value?.attempt
      // When the best attempt was finished (its start for attempts saved before that was recorded).
      const finishedAt = attempt && (attempt.finishedAt ?? attempt.startedAt)
      return { attempts: final.attempts.value.length, limit: final.limit, open: !!final.open.value, best, passed: !!best?.passed, finishedAt }
    }),
  }
}
