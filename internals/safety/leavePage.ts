import { pageLanguage, siteRootFromDeck } from '../../composables/language'

/**
 * Leave the course at once for a neutral page. `location.replace` swaps the current history entry, so
 * Back does not return to the slide (earlier entries of this visit, and the browser's history list,
 * are not wiped: the deck explains how to clear them).
 * `neutral.html` sits at the site root, one folder above each module (`<site>/<module>/`); a translation
 * (`<site>/<lang>/<module>/`, two folders below) leaves for `neutral-<lang>.html` beside it.
 */
export function neutralPageUrl(current: string = window.location.href, lang: string = pageLanguage()): string {
  return new URL(`${siteRootFromDeck(lang)}${neutralPage(lang)}`, current.split('#')[0]).href
}

/** The neutral page in the page's language: a Hindi page leaves for a Hindi one (home/public/neutral-hi.html). */
export function neutralPage(lang: string): string {
  return lang === 'en' ? 'neutral.html' : `neutral-${lang}.html`
}

export function quickExit(): void {
  window.location.replace(neutralPageUrl())
}
