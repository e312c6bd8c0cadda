/**
 * Slidev's own shortcuts, plus two for the trainer:
 *  - `p` opens the presenter view of the current slide: the one deliberate step a trainer takes (the
 *    README says so). Learners' control bars do not show Slidev's "Presenter Mode" button
 *    (styles/index.css). A nudge, not security: anyone can press `p` or edit the address.
 *  - `r`, in the presenter view, reveals the current slide's answer to the audience screen, or hides it
 *    again (the reveal button says so: internals/quiz/RevealControl.vue).
 */
import type { NavOperations, ShortcutOptions } from '@slidev/types'
import { toggleCurrentReveal } from '../composables/useReveal'

/** Typing `p` or `r` into a form control (a quiz's select, a name field) is typing, not a shortcut. */
function typing(): boolean {
  const el = document.activeElement
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement
}

// Slidev calls the default export with its navigation and its own shortcuts (what defineShortcutsSetup wraps).
export default (_nav: NavOperations, base: ShortcutOptions[]): ShortcutOptions[] => [
  ...base,
  {
    name: 'open_presenter',
    key: 'p',
    fn: () => {
      const current = /^#\/(\d+)/.exec(location.hash)?.[1]
      if (!typing() && current)
        location.hash = `#/presenter/${current}`
    },
  },
  {
    name: 'toggle_reveal',
    key: 'r',
    // Only reveal controls of the presenter view's current slide are registered; elsewhere nothing happens.
    fn: () => {
      if (!typing())
        toggleCurrentReveal()
    },
  },
]
