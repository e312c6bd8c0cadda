/**
 * Registers the site's service worker (written by scripts/offline.ts at build time), which keeps a
 * copy of the course so it works with the network off after one visit. Production builds only.
 * Once the worker is active the page tells it its language: for a translation's language the worker
 * also keeps that language's files (its pages and its font), so a learner who only reads English never
 * downloads them. The worker ignores English, whose files it keeps anyway.
 * @param rootUrl URL of the site root relative to this page: './' on the home page, '../' in a module, '../../' in a translation.
 */
import { pageLanguage } from './language'

export function registerOffline(rootUrl: string, lang: string = pageLanguage()): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol))
    return
  const scope = new URL(rootUrl, location.href)
  navigator.serviceWorker.register(new URL('sw.js', scope), { scope: scope.pathname })
    .then(() => navigator.serviceWorker.ready)
    .then(registration => registration.active?.postMessage({ keepLanguage: lang }))
    .catch(() => {
      // Offline use is a bonus: the course works online without it.
    })
}
