/**
 * On the audience screen, once the trainer reveals the answer, the question scrolls so that the answer
 * key and its explanation are in view: the room must not wait for someone to scroll the projector.
 * `block: 'nearest'` moves whatever scrolls (the question's own box or the slide) only as far as needed.
 * It runs when the revealed question's slide is the current one, so a reveal made while the projector
 * shows another slide scrolls when that slide comes up. Internal: used by Question and FinalQuestion.
 */
import type { Ref } from 'vue'
import { useNav, useSlideContext } from '@slidev/client'
import { nextTick, watch } from 'vue'

export function useScrollToAnswer(root: Ref<HTMLElement | undefined>, shown: () => boolean): void {
  const { currentPage } = useNav()
  const { $page } = useSlideContext()
  watch(() => shown() && currentPage.value === $page.value, async (now) => {
    if (!now)
      return
    await nextTick()
    root.value?.querySelector('.quiz-answer-key')?.scrollIntoView({ block: 'nearest' })
  }, { immediate: true })
}
