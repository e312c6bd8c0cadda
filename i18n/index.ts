/**
 * One message catalogue per language for every learner-facing string outside the decks and quiz
 * files. A small typed catalogue rather than vue-i18n: the course has a few dozen strings, the
 * compiler then checks every key and every value a message needs, and nothing is compiled at run time.
 * Adding a language: copy en.ts to <lang>.ts, translate, add one line to `catalogues`
 * (tests/unit/i18n.test.ts fails while any key is missing).
 */
import type { Messages } from './en.ts'
import { en } from './en.ts'
import { hi } from './hi.ts'

export type { Messages }

/** Every language the interface is written in; keys are BCP 47 codes as used in `lang` attributes. */
export const catalogues: Record<string, Messages> = { en, hi }

export const DEFAULT_LANGUAGE = 'en'

/** The catalogue for `lang` (e.g. "hi" or "en-GB"), falling back to English. */
export function messagesFor(lang: string | undefined): Messages {
  const code = (lang ?? '').toLowerCase()
  return catalogues[code] ?? catalogues[code.split('-')[0] ?? ''] ?? en
}

/** The catalogue for this page: the language its `<html lang>` (set from the deck) names. */
export function useMessages(): Messages {
  return messagesFor(globalThis.document?.documentElement.lang)
}
