/**
 * Registers the site's service worker (written by scripts/offline.ts at build time), which keeps a
 * copy of the whole course so it works with the network off after one visit. Production builds only.
 * Once the worker is active the page tells it its language: it keeps a translation's files when asked.
 * @param rootUrl URL of the site root relative to this page: './' on the home page, '../' in a module, '../../' in a translation.
 */
export function registerOffline(rootUrl: string): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol))
    return
  const scope = new URL(rootUrl, location.href)
  navigator.serviceWorker.register(new URL('sw.js', scope), { scope: scope.pathname }).then(() => navigator.serviceWorker.ready).then(r => r.active?.postMessage({ keepLanguage: document.documentElement.lang })).catch(() => {
    // Offline use is a bonus: the course works online without it.
  })
}
