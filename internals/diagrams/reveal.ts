/**
 * Step-by-step reveal for the diagram components in this folder.
 * Step n is drawn once the slide's click count reaches n. Everything is drawn in print/PDF export and
 * in thumbnails (overview, next-slide preview), so no copy of a diagram is ever half drawn.
 * The slide that holds a diagram declares its number of steps with the frontmatter `clicks: <N>`.
 */
import type { ComputedRef } from 'vue'
import { useSlideContext } from '@slidev/client'
import { computed } from 'vue'
import { useRenderMode } from '../../composables/useRenderMode'

export interface StepReveal {
  /** True when every step is drawn (print, overview, next-slide preview). */
  showAll: ComputedRef<boolean>
  /** The highest step drawn now: the click count, or Infinity when everything is shown. */
  step: ComputedRef<number>
  /** Whether step `n` is drawn. */
  shown: (n: number) => boolean
}

export function useStepReveal(): StepReveal {
  const { $clicks } = useSlideContext()
  const { showAllSteps: showAll } = useRenderMode()
  const step = computed(() => showAll.value ? Number.POSITIVE_INFINITY : $clicks.value)
  return { showAll, step, shown: (n: number) => step.value >= n }
}

/** A labelled box in a diagram's SVG coordinates (viewBox units), drawn from `step` on. */
export interface DiagramBox {
  id: string
  x: number
  y: number
  w: number
  h: number
  lines: string[]
  /** 0: always drawn. */
  step: number
}
