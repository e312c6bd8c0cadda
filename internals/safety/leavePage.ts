import { pageLanguage, siteRootFromDeck } from '../../composables/language'

/**
 * Leave the course at once for a neutral page. `location.replace` swaps the current history entry, so
 * Back does not return to the slide (earlier entries of this visit, and the browser's history list,
 * are not wiped: the deck explains how to clear them).
 * `neutral.html` sits at the site root, one folder above each module (`<site>/<module>/`) and two above
 * a translation (`<site>/<lang>/<module>/`).
 */
export function neutralPageUrl(current: string = window.location.href, lang: string = pageLanguage()): string {
  return new URL(`${siteRootFromDeck(lang)}neutral.html`, current.split('#')[0]).href
}

export function quickExit(): void {
  window.location.replace(neutralPageUrl())
}
