/**
 * Where keyboard focus goes when the control that had it disappears (Check, Try again, Show answer):
 * to the first of `selectors` found inside the question, once Vue has drawn the new state. Without
 * this, focus falls to <body>: a screen-reader user loses their place and the next arrow key leaves
 * the slide.
 */
import { nextTick } from 'vue'

export async function moveFocus(root: HTMLElement | null | undefined, ...selectors: string[]): Promise<void> {
  await nextTick()
  for (const selector of selectors) {
    const target = root?.querySelector<HTMLElement>(selector)
    if (target) {
      target.focus()
      return
    }
  }
}

/** The first answer control of the question that can be used, in the part of a case on screen. */
export const FIRST_INPUT = 'fieldset.quiz-part:not([hidden]) :is(input, select, button):not([disabled])'
/** The action buttons under the question (Try again first), then the verdict. */
export const ACTIONS = '.quiz-actions button'
export const VERDICT = '.quiz-result'
