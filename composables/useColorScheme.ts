/**
 * Light or dark colours on the course home, shared with the slides.
 *
 * Slidev keeps the learner's choice in localStorage under `slidev-color-schema` ('auto', 'light' or
 * 'dark'; 'auto' follows the device) and marks <html> with the class "dark". The home reads and writes
 * the same key and sets the same class, so a choice made in either place holds in both, and
 * "Reset my progress" (which removes every `slidev-` key) returns both to the device setting.
 */
import { onBeforeUnmount, ref, watch } from 'vue'
import { SLIDEV_KEY_PREFIX } from '../quizzes/engine/progress'

export const COLOR_SCHEME_KEY = `${SLIDEV_KEY_PREFIX}color-schema`
export const schemes = ['auto', 'light', 'dark'] as const
export type Scheme = typeof schemes[number]

function isScheme(value: unknown): value is Scheme {
  return (schemes as readonly unknown[]).includes(value)
}

/** The stored choice; 'auto' when there is none, it is unreadable or storage is blocked. */
export function readScheme(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Scheme {
  try {
    const value = storage?.getItem(COLOR_SCHEME_KEY)
    return isScheme(value) ? value : 'auto'
  }
  catch {
    return 'auto'
  }
}

export function useColorScheme() {
  const choice = ref<Scheme>(readScheme())
  const device = window.matchMedia('(prefers-color-scheme: dark)')

  function apply() {
    const dark = choice.value === 'dark' || (choice.value === 'auto' && device.matches)
    document.documentElement.classList.toggle('dark', dark)
    document.documentElement.classList.toggle('light', !dark)
  }
  watch(choice, (value) => {
    try {
      // 'auto' is what no key means, so the home stores nothing for it.
      if (value === 'auto')
        localStorage.removeItem(COLOR_SCHEME_KEY)
      else
        localStorage.setItem(COLOR_SCHEME_KEY, value)
    }
    catch {
      // Storage blocked: the choice still applies until the page closes.
    }
    apply()
  })
  device.addEventListener('change', apply)
  onBeforeUnmount(() => device.removeEventListener('change', apply))
  apply()

  /** Read the stored choice again, e.g. after a reset removed it. */
  function reload() {
    choice.value = readScheme()
    apply()
  }
  return { choice, reload }
}
