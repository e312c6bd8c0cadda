/**
 * Which part of a case (scenario question) the learner's view shows: one at a time, so a case with
 * its feedback fits its slide. Shared by Question and FinalQuestion.
 */
import type { ComputedRef } from 'vue'
import type { SimpleResponse } from '../../quizzes/engine/responses'
import type { SimpleQuestion } from '../../quizzes/engine/schema'
import { computed, ref, watch } from 'vue'
import { isComplete } from '../../quizzes/engine/present'

export function useCaseParts(parts: ComputedRef<SimpleQuestion[]>) {
  const current = ref(0)
  const stepped = computed(() => parts.value.length > 1)
  // The final assessment's slide shows another question after a retake: start at its first part.
  watch(() => parts.value.map(p => p.id).join(), () => {
    current.value = 0
  })
  return {
    current,
    stepped,
    /** Whether part `i` is on screen. */
    shown: (i: number) => !stepped.value || i === current.value,
    isLast: computed(() => current.value >= parts.value.length - 1),
    /**
     * Before checking: shows the first part not answered yet and returns its number (from 1), or 0
     * when every part is answered.
     */
    showFirstIncomplete(draft: Record<string, SimpleResponse | undefined>): number {
      const at = parts.value.findIndex(p => !isComplete(p, draft[p.id]))
      if (at >= 0)
        current.value = at
      return at + 1
    },
  }
}
