/**
 * Which language edition this page is, the way back to the site root from it, and the learner's choice
 * of language, kept in this browser only (named in the home's privacy note, removed by "Reset my progress").
 * A module's original is at `<site>/<id>/`, a translation at `<site>/<lang>/<id>/` (modules.ts, modulePath).
 */
import { STORAGE_KEY } from '../quizzes/engine/progress'

/** Under the course's own key prefix, so "Reset my progress" removes it with the rest (progress.ts). */
export const LANGUAGE_KEY = `${STORAGE_KEY}:language`

/** The page's language: Slidev writes a deck's `lang:` into `<html lang>`, English when it has none. */
export function pageLanguage(): string {
  return globalThis.document?.documentElement.lang || 'en'
}

/** From a module page to the site root: one folder up for an original, two for a translation. */
export function siteRootFromDeck(lang: string = pageLanguage()): string {
  return lang === 'en' ? '../' : '../../'
}

export function savedLanguage(): string | undefined {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_KEY) ?? undefined
  }
  catch {
    return undefined
  }
}

export function saveLanguage(lang: string): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, lang)
  }
  catch { /* storage blocked: the link still opens that edition */ }
}

/**
 * The course home's language, chosen before it is drawn: `?lang=` in its address (a link can open the
 * Hindi home), else the learner's saved choice, else English. Sets `<html lang>` (which the interface
 * strings follow, i18n/index.ts) and, in another language, the window title.
 */
export function chooseHomeLanguage(known: string[], title: (lang: string) => string): string {
  const asked = new URLSearchParams(globalThis.location?.search ?? '').get('lang') ?? undefined
  const lang = [asked, savedLanguage()].find(l => l !== undefined && known.includes(l)) ?? 'en'
  document.documentElement.lang = lang
  if (lang !== 'en')
    document.title = title(lang)
  return lang
}
