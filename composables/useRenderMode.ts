/**
 * The one place that decides how a quiz renders. Every quiz component asks here instead of
 * looking at the URL itself.
 *  - interactive: the learner answers (the normal view, also the audience window when presenting)
 *  - presenter:   the trainer's current slide in presenter view: answer key and a reveal control
 *  - print:       export/print: a static question with lettered options, no inputs
 *  - thumbnail:   overview, next-slide preview: static and read-only, never records answers
 */
import type { ComputedRef } from 'vue'
import { useNav, useSlideContext } from '@slidev/client'
import { computed } from 'vue'

export type QuizMode = 'interactive' | 'presenter' | 'print' | 'thumbnail'

/** The instructor edition adds answers, explanations and sources to print. */
export function isInstructorEdition(): boolean {
  if (import.meta.env.VITE_COURSE_EDITION === 'instructor')
    return true
  const params = new URLSearchParams(globalThis.location?.search ?? '')
  const hashQuery = (globalThis.location?.hash ?? '').split('?')[1] ?? ''
  return params.has('answers') || new URLSearchParams(hashQuery).has('answers')
}

export function useQuizMode(): { mode: ComputedRef<QuizMode>, instructor: boolean } {
  const { isPrintMode } = useNav()
  const { $renderContext } = useSlideContext()
  const mode = computed<QuizMode>(() => {
    if (isPrintMode.value)
      return 'print'
    if ($renderContext.value === 'presenter')
      return 'presenter'
    if ($renderContext.value === 'slide' || $renderContext.value === 'none')
      return 'interactive'
    return 'thumbnail'
  })
  return { mode, instructor: isInstructorEdition() }
}
