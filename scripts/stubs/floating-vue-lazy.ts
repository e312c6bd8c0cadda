/**
 * Stands in for `floating-vue` (pop-ups and tooltips, about 13 KiB gzip) where Slidev's player imports
 * it (see scripts/slidev-fixes.ts). In a course deck the only pop-ups are the tooltips on a few of
 * Slidev's settings (TwoSlash is off, drawing is off), so the library loads when such a tooltip is
 * first drawn, not with every page. Until then no pop-up exists, so there is nothing to reposition.
 */
import type * as FloatingVue from 'floating-vue'
import { defineAsyncComponent } from 'vue'

let loaded: typeof FloatingVue | undefined

function load(): Promise<typeof FloatingVue> {
  return import('floating-vue').then(m => (loaded = m))
}

/** Repositions open pop-ups after a slide change or resize; none can be open before the library loads. */
export function recomputeAllPoppers(): void {
  loaded?.recomputeAllPoppers()
}

export const Tooltip = defineAsyncComponent(() => load().then(m => m.Tooltip))
