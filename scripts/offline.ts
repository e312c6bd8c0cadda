/**
 * Writes dist/sw.js: the service worker that keeps the course working offline after one visit
 * (progress lives in localStorage). A few dozen lines written here, rather than Workbox: see
 * docs/offline.md for the measurements behind that choice.
 *
 * - What is kept: every page, script and style of the site, stored once per distinct content. The
 *   module folders share most of Slidev's files byte for byte, so this halves the download.
 *   Left out: PDFs, Slidev's per-folder fallbacks (404.html, _redirects: the build removes them, and
 *   they would never be asked for), and font formats older than WOFF2 (every browser with service
 *   workers reads WOFF2, so .woff/.ttf/.eot copies would never be used). Also left out: Slidev's logo
 *   (92 KiB), shown only in its Info dialog, which no course deck offers (tests/content/no-info-dialog.test.ts).
 * - Offline, an address that is no page of the site gets the site's "page not found" page (dist/404.html,
 *   status 404) with its home link pointing at the worker's scope, the site's root: the same page the
 *   server sends online, rather than the browser's "no connection" page for an address that does not exist.
 * - Languages: a translation's files (dist/<lang>/...) and its fonts (the Devanagari font for Hindi) are
 *   kept once a page in that language is opened (the page tells the worker, composables/offline.ts),
 *   not on every first visit: a learner who reads only English never downloads them, and one who opens
 *   the Hindi edition keeps it, updates included. Everything else is kept on the first visit.
 * - Updates: each file is listed with a hash of its content, so a new version fetches only the files
 *   that changed. Pages (HTML) come from the network first and from the copy only when offline, so a
 *   learner who opens the course gets the newest pages, and with them the newest scripts. A tab still
 *   showing the previous version keeps working: the previous version's files stay until the next one.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { modules } from '../modules.ts'
import { HOME_LINK, NOT_FOUND_PAGE } from './not-found.ts'

const SKIP = new Set(['sw.js', '404.html', '_redirects'])
const UNUSED = /\.(?:pdf|woff|ttf|eot|map)$/
const SLIDEV_LOGO = /(?:^|\/)assets\/logo-[\w-]+\.png$/
/** What a learner's first visit may add to the browser for offline use (issue 18's budget). */
export const OFFLINE_BUDGET_BYTES = 1.2 * 1024 * 1024

/** Fonts only a language's pages use, kept with that language's files. */
const LANGUAGE_FONTS: Record<string, RegExp> = { hi: /^devanagari-\d+[-.]/ }
const TRANSLATIONS = [...new Set(modules.flatMap(m => m.languages).filter(l => l !== 'en'))]

/** `core` (kept on the first visit), or the translation language whose pages alone need the file. */
export function groupOf(url: string): string {
  const name = url.split('/').at(-1) ?? ''
  return TRANSLATIONS.find(lang => url.startsWith(`${lang}/`) || LANGUAGE_FONTS[lang]?.test(name)) ?? 'core'
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])
}

export interface OfflineCopy {
  /** URL (relative to the site root) -> content hash. Folder URLs (`leak-story/`) map to their index.html. */
  urls: Record<string, string>
  /** Group (`core`, or a language) -> the content hashes kept for it. */
  groups: Record<string, string[]>
  /** Distinct contents a first visit keeps (the core), and their size on the wire (gzip for text, as a host sends it). */
  files: number
  gzipBytes: number
  /** What opening a page in each translation adds to that, by language. */
  languages: Record<string, { files: number, gzipBytes: number }>
}

/** What the worker keeps: pure, so a unit test can check it on a small folder. */
export function offlineCopy(distDir: string): OfflineCopy {
  const urls: Record<string, string> = {}
  const sizes = new Map<string, number>()
  const groups: Record<string, Set<string>> = { core: new Set() }
  for (const file of files(distDir)) {
    const name = file.split(/[\\/]/).at(-1) ?? ''
    const url = relative(distDir, file).replace(/\\/g, '/')
    // The site's own 404 page is kept (offline it answers unknown addresses); no other 404.html is.
    if ((SKIP.has(name) && url !== NOT_FOUND_PAGE) || UNUSED.test(name) || SLIDEV_LOGO.test(url))
      continue
    const content = readFileSync(file)
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 16)
    urls[url] = hash
    // Links and reloads ask for folder URLs (./, ./leak-story/).
    if (name === 'index.html')
      urls[url.slice(0, -'index.html'.length) || './'] = hash
    if (!sizes.has(hash))
      sizes.set(hash, /\.(?:html|js|css|svg|json|txt)$/.test(name) ? gzipSync(content).length : content.length)
    ;(groups[groupOf(url)] ??= new Set()).add(hash)
  }
  // A content the core keeps anyway (a file shared by both editions) is not fetched again for a language.
  for (const [group, hashes] of Object.entries(groups)) {
    if (group !== 'core')
      groups[group] = new Set([...hashes].filter(h => !groups.core!.has(h)))
  }
  const total = (hashes: Set<string>) => [...hashes].reduce((a, h) => a + sizes.get(h)!, 0)
  const languages = Object.fromEntries(Object.entries(groups).filter(([g]) => g !== 'core').map(([g, hashes]) => [g, { files: hashes.size, gzipBytes: total(hashes) }]))
  return {
    urls,
    groups: Object.fromEntries(Object.entries(groups).map(([g, hashes]) => [g, [...hashes]])),
    files: groups.core!.size,
    gzipBytes: total(groups.core!),
    languages,
  }
}

export function writeServiceWorker(distDir: string): OfflineCopy {
  const copy = offlineCopy(distDir)
  writeFileSync(join(distDir, 'sw.js'), `// Generated by scripts/offline.ts at build time; see there for what it keeps and why.
const URLS = ${JSON.stringify(copy.urls)}
// Contents kept on the first visit (core), and those kept once a page in a translation's language opens.
const GROUPS = ${JSON.stringify(copy.groups)}
const CACHE = 'messaging-leaks-course-files'
// Contents are stored under a made-up URL per hash; the manifests of this and the previous version too.
const key = hash => new URL(\`__offline/\${hash}\`, self.registration.scope).href
const CURRENT = '__offline/manifest-current'
const PREVIOUS = '__offline/manifest-previous'
const urlOf = request => new URL(request.url).href.slice(self.registration.scope.length).split(/[?#]/)[0] || './'
const NOT_FOUND = ${JSON.stringify(NOT_FOUND_PAGE)}
const HOME_LINK = ${HOME_LINK}

async function readManifest(cache, name) {
  const hit = await cache.match(new URL(name, self.registration.scope))
  return hit ? hit.json() : {}
}

// A language's files are kept once a page in it asked for them; this marks that, so updates keep them too.
const kept = lang => new URL(\`__offline/language-\${lang}\`, self.registration.scope)

/** Fetches the contents of these groups that the cache does not hold yet. */
async function keepGroups(names) {
  const cache = await caches.open(CACHE)
  const have = new Set((await cache.keys()).map(r => r.url))
  const wanted = new Set(names.flatMap(name => GROUPS[name] ?? []))
  const todo = new Map()
  for (const [url, hash] of Object.entries(URLS)) {
    if (wanted.has(hash) && !have.has(key(hash)) && !todo.has(hash))
      todo.set(hash, url)
  }
  // 'no-cache': the browser's HTTP cache must not hand back an older file under the same name.
  await Promise.all([...todo].map(async ([hash, url]) => {
    const response = await fetch(new URL(url, self.registration.scope), { cache: 'no-cache' })
    if (!response.ok)
      throw new Error(\`\${url}: \${response.status}\`)
    await cache.put(key(hash), response)
  }))
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE)
    const languages = []
    for (const name of Object.keys(GROUPS).filter(g => g !== 'core')) {
      if (await cache.match(kept(name)))
        languages.push(name)
    }
    await keepGroups(['core', ...languages])
    await self.skipWaiting()
  })())
})

// A page in a translation's language (composables/offline.ts) asks for that language's files.
self.addEventListener('message', (event) => {
  const lang = event.data && event.data.keepLanguage
  if (typeof lang !== 'string' || !GROUPS[lang] || lang === 'core')
    return
  event.waitUntil((async () => {
    await keepGroups([lang])
    await (await caches.open(CACHE)).put(kept(lang), new Response('kept'))
    event.source?.postMessage({ languageKept: lang })
  })())
})

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE)
    const previous = await readManifest(cache, CURRENT)
    await cache.put(new URL(PREVIOUS, self.registration.scope), Response.json(previous))
    await cache.put(new URL(CURRENT, self.registration.scope), Response.json(URLS))
    const keep = new Set([...Object.values(URLS), ...Object.values(previous)].map(key))
    for (const request of await cache.keys()) {
      if (request.url.includes('/__offline/') && !request.url.includes('/__offline/manifest-') && !request.url.includes('/__offline/language-') && !keep.has(request.url))
        await cache.delete(request)
    }
    // Copies left by the first version of this worker (one cache per build, served cache-first):
    // a tab it served may show old pages, so after removing them such tabs reload into this version.
    const legacy = (await caches.keys()).filter(k => /^messaging-leaks-course-[0-9a-f]{12}$/.test(k))
    await Promise.all(legacy.map(k => caches.delete(k)))
    await self.clients.claim()
    if (legacy.length > 0) {
      for (const client of await self.clients.matchAll({ type: 'window' }))
        client.navigate(client.url)
    }
  })())
})

async function fromCopy(request) {
  const cache = await caches.open(CACHE)
  const url = urlOf(request)
  const hash = URLS[url] ?? (await readManifest(cache, PREVIOUS))[url]
  const hit = hash && await cache.match(key(hash))
  // A fresh Response carries no URL, so the page sees the file at the address it asked for. The stored
  // copy may have been fetched from another module's folder, and a script's own URL decides where its
  // imports resolve: keeping it would load a second copy of Vue from that other folder.
  return hit ? new Response(hit.body, { status: hit.status, statusText: hit.statusText, headers: hit.headers }) : undefined
}

// Offline, for an address the copy does not hold: the site's 404 page, linking to the site's root
// (the scope) wherever the site lives, as scripts/not-found.ts does for the server.
async function notFoundPage() {
  const page = await fromCopy(new Request(new URL(NOT_FOUND, self.registration.scope)))
  if (!page)
    return Response.error()
  const html = (await page.text()).replace(HOME_LINK, (_, before, after) => before + new URL(self.registration.scope).pathname + after)
  return new Response(html, { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/html; charset=utf-8' } })
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope))
    return
  if (request.mode === 'navigate') {
    // Pages: newest from the network, the copy only when offline.
    event.respondWith(fetch(request).catch(async () => (await fromCopy(request)) ?? notFoundPage()))
    return
  }
  // Scripts, styles, images: their names carry a content hash, so the copy is always right.
  event.respondWith(fromCopy(request).then(hit => hit ?? fetch(request)))
})
`)
  return copy
}
