/**
 * Whether a learner's question has to fold its explanation to fit its slide. A checked question
 * shows the chosen option's feedback and the explanation; where that runs past the bottom of the
 * 16:9 canvas (a long explanation under a case, a long text in another language), the explanation
 * waits one click away with the sources instead, so nothing is cut off and nothing scrolls inside
 * the slide. Measured after each change of what the question shows, on the slide as displayed; on a
 * phone the slide grows with its content and never folds. Internal: used by Question and FinalQuestion.
 */
import type { Ref } from 'vue'
import { useNav, useSlideContext } from '@slidev/client'
import { nextTick, ref, watch } from 'vue'

export function useFitOnSlide(root: Ref<HTMLElement | undefined>, shows: () => unknown): Ref<boolean> {
  const tight = ref(false)
  const { currentPage } = useNav()
  const { $page } = useSlideContext()
  watch(() => [shows(), currentPage.value === $page.value], async () => {
    tight.value = false
    await nextTick()
    const layout = root.value?.closest('.slidev-layout')
    // A slide that is not on screen measures 0: it is measured again when it comes up.
    if (layout && layout.clientHeight > 0)
      tight.value = layout.scrollHeight > layout.clientHeight
  }, { immediate: true, flush: 'post', deep: true })
  return tight
}
