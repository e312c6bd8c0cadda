/**
 * The one place that decides how the course renders. Every component asks here instead of looking
 * at the URL, Slidev's render context or the print flag itself.
 *
 * Per slide (`mode`):
 *  - interactive: the learner answers (the normal view, also the audience window when presenting)
 *  - presenter:   the trainer's current slide in presenter view: answer key and a reveal control
 *  - print:       export/print: static questions with lettered options, no inputs
 *  - thumbnail:   overview, next-slide preview: static and read-only, never records answers
 * Per window: `isPrint`, `isPresenterWindow`, `isLearnerWindow`; and `instructor` for the edition.
 */
import type { ComputedRef } from 'vue'
import { useNav, useSlideContext } from '@slidev/client'
import { computed } from 'vue'

export type RenderMode = 'interactive' | 'presenter' | 'print' | 'thumbnail'

export interface RenderState {
  /** How the slide this component sits on renders. Global layers (outside any slide) read 'interactive'. */
  mode: ComputedRef<RenderMode>
  /** The whole window is printing or exporting to PDF. */
  isPrint: ComputedRef<boolean>
  /** The whole window is the trainer's presenter view (current slide, next-slide preview, notes). */
  isPresenterWindow: ComputedRef<boolean>
  /** The learner's own window: neither print nor presenter. Only here is progress recorded and the safety bar shown. */
  isLearnerWindow: ComputedRef<boolean>
  /** Every step of a step-by-step reveal is drawn: in print and in thumbnails no copy is half drawn. */
  showAllSteps: ComputedRef<boolean>
  /** The instructor edition adds answers, explanations, sources and speaker notes to print. */
  instructor: boolean
}

/**
 * The instructor edition is chosen at build time (`VITE_COURSE_EDITION=instructor`, used by the PDF
 * export) or by `?answers` in the page address, before or after the `#`.
 */
export function isInstructorEdition(): boolean {
  if (import.meta.env.VITE_COURSE_EDITION === 'instructor')
    return true
  const params = new URLSearchParams(globalThis.location?.search ?? '')
  const hashQuery = (globalThis.location?.hash ?? '').split('?')[1] ?? ''
  return params.has('answers') || new URLSearchParams(hashQuery).has('answers')
}

export function useRenderMode(): RenderState {
  const { isPrintMode, isPresenter } = useNav()
  const { $renderContext } = useSlideContext()
  const mode = computed<RenderMode>(() => {
    if (isPrintMode.value)
      return 'print'
    const context = $renderContext?.value ?? 'none'
    if (context === 'presenter')
      return 'presenter'
    if (context === 'slide' || context === 'none')
      return 'interactive'
    return 'thumbnail'
  })
  return {
    mode,
    isPrint: computed(() => isPrintMode.value),
    isPresenterWindow: computed(() => isPresenter.value),
    isLearnerWindow: computed(() => !isPrintMode.value && !isPresenter.value),
    showAllSteps: computed(() => mode.value === 'print' || mode.value === 'thumbnail'),
    instructor: isInstructorEdition(),
  }
}
