import type { Browser } from '@playwright/test'
/**
 * `npm run bench`: measures what the README and the release notes quote, and prints the figures.
 * Timing lives here, never in tests.
 *
 * In one run it builds the course and, in a temporary folder, a bare two-slide deck of the installed
 * Slidev version (the yardstick: a module should cost at most 1.10x its first load). Then, for the
 * bare deck, the course home and every module, each in a fresh browser profile, it prints what a
 * learner's first visit downloads (gzip bytes by type), the ratio to the bare deck, what the service
 * worker then keeps for offline use, and the load and network-idle times.
 *
 *   --lighthouse   also run Lighthouse (mobile) on each page: performance and accessibility scores
 *   --site <dir>   measure an already built site instead of building one (e.g. an older build)
 *   --export       also time the PDF export of every module
 * BENCH_PORT sets the local server's port (default 4190).
 */
import type { Buffer } from 'node:buffer'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { editionsOf, modulePath, modules } from '../modules.ts'
import { findBrowser, launchArgs } from './browser.ts'
import { exportDir, exportModules } from './export.ts'
import { offlineCopy } from './offline.ts'
import { distDir, root } from './paths.ts'
import { run } from './run.ts'

const args = process.argv.slice(2)
function option(name: string) {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const port = Number(process.env.BENCH_PORT ?? 4190)
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`
const secs = (t: number) => `${((Date.now() - t) / 1000).toFixed(1)} s`

function size(path: string): number {
  const s = statSync(path)
  return s.isDirectory() ? readdirSync(path).reduce((sum, f) => sum + size(join(path, f)), 0) : s.size
}

/** The yardstick: Slidev's own two-slide deck, with only the two settings that keep it off the network. */
async function buildBareDeck(dir: string): Promise<string> {
  // Slidev looks for its theme in node_modules beside the deck: lend it the course's.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  writeFileSync(join(dir, 'slides.md'), `---
title: Bare deck
fonts:
  provider: none
favicon: data:,
---

# Bare deck

Slidev with its defaults.

---

# Second slide

- one
- two
`)
  const out = join(dir, 'dist')
  await run('slidev', ['build', join(dir, 'slides.md'), '--base', './', '--out', out], { quiet: true })
  return out
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf' }
const compressible = /\.(?:html|js|css|json|svg|txt)$/

/** Serves each folder under its own prefix, gzip-compressed as any real host would (level 6, the usual default). */
function serveSites(sites: Record<string, string>) {
  const gzipped = new Map<string, Buffer>()
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const [, prefix = '', ...rest] = path.split('/')
    const dir = sites[prefix]
    let file = dir ? normalize(join(dir, ...rest)) : ''
    if (file && existsSync(file) && statSync(file).isDirectory())
      file = join(file, 'index.html')
    if (!dir || !file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    const headers: Record<string, string> = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }
    let body: Buffer = readFileSync(file)
    if (compressible.test(file) && /gzip/.test(String(req.headers['accept-encoding']))) {
      body = gzipped.get(file) ?? gzipped.set(file, gzipSync(body)).get(file)!
      headers['content-encoding'] = 'gzip'
    }
    res.writeHead(200, headers).end(body)
  })
  return new Promise<typeof server>(resolve => server.listen(port, '127.0.0.1', () => resolve(server)))
}

/** Bytes a file costs on the wire: gzip for text, as is for images and fonts. */
function wireBytes(file: string): number {
  const body = readFileSync(file)
  return compressible.test(file) ? gzipSync(body).length : body.length
}

function kind(path: string): string {
  const ext = extname(path)
  return ext === '.js' ? 'js' : ext === '.css' ? 'css' : ext === '.html' || ext === '' ? 'html' : /woff|ttf/.test(ext) ? 'font' : 'other'
}

interface Visit {
  bytes: Record<string, number>
  total: number
  precache: { files: number, bytes: number }
  loadMs: number
  idleMs: number
}

/** One learner's first visit in a fresh profile: what the page fetched, then what the worker cached. */
async function visit(browser: Browser, url: string, dir: string, prefix: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  const fetched = new Set<string>()
  page.on('requestfinished', r => fetched.add(r.url().split(/[?#]/)[0]!))
  await page.goto(url, { waitUntil: 'networkidle' })
  const fileOf = (u: string) => {
    const path = decodeURIComponent(new URL(u).pathname).slice(prefix.length + 2)
    const file = join(dir, path)
    return existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file
  }
  const bytes: Record<string, number> = { html: 0, js: 0, css: 0, font: 0, other: 0 }
  for (const u of fetched) {
    const file = fileOf(u)
    if (existsSync(file))
      bytes[kind(file)]! += wireBytes(file)
  }
  const times = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const ends = performance.getEntriesByType('resource').map(r => (r as PerformanceResourceTiming).responseEnd)
    return { loadMs: nav.loadEventEnd, idleMs: Math.max(nav.loadEventEnd, ...ends) }
  })
  // The offline copy: wait for the worker (if the page has one) to finish installing, and on a page in
  // a translation's language for it to keep that language's files, then list its cache.
  const cached = await page.evaluate(async (hasWorker) => {
    if (!hasWorker)
      return []
    await navigator.serviceWorker.ready
    const lang = document.documentElement.lang
    if (lang && lang !== 'en') {
      const marker = new URL(`__offline/language-${lang}`, (await navigator.serviceWorker.ready).scope).href
      while (!await caches.match(marker))
        await new Promise(resolve => setTimeout(resolve, 50))
    }
    const urls: string[] = []
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys())
        urls.push(req.url)
    }
    return urls
  }, prefix === 'course')
  // Count each distinct content once, as the worker stores it (the old worker stored it once per URL).
  const fileOfHash = new Map(Object.entries(offlineCopy(dir).urls).map(([url, hash]) => [hash, join(dir, url)]))
  const contents = [...new Set(cached.map(u => fileOfHash.get(/\/__offline\/([0-9a-f]{16})$/.exec(u)?.[1] ?? '') ?? fileOf(u)))]
    .filter(f => existsSync(f) && statSync(f).isFile())
  const precache = { files: contents.length, bytes: contents.reduce((s, f) => s + wireBytes(f), 0) }
  await context.close()
  return { bytes, total: Object.values(bytes).reduce((a, b) => a + b, 0), precache, ...times }
}

async function lighthouse(url: string): Promise<{ performance: number, accessibility: number }> {
  const { stdout } = await promisify(execFile)(join(root, 'node_modules/.bin/lighthouse'), [url, '--only-categories=performance,accessibility', '--output=json', '--quiet', '--chrome-flags=--headless=new --no-sandbox'], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? findBrowser() }, maxBuffer: 64 * 1024 * 1024 })
  const report = JSON.parse(stdout) as { categories: Record<'performance' | 'accessibility', { score: number }> }
  return { performance: Math.round(report.categories.performance.score * 100), accessibility: Math.round(report.categories.accessibility.score * 100) }
}

const site = option('--site') ?? distDir
let t = Date.now()
if (!option('--site')) {
  await run('tsx', ['scripts/build.ts'], { quiet: true })
  console.log(`build (home + ${modules.length} modules): ${secs(t)}`)
}
const bareDir = mkdtempSync(join(tmpdir(), 'bench-bare-'))
t = Date.now()
const bare = await buildBareDeck(bareDir)
console.log(`bare Slidev deck built in ${secs(t)}; course site on disk: ${(size(site) / 1024 / 1024).toFixed(2)} MB`)

const server = await serveSites({ bare, course: site })
const browser = await chromium.launch({ executablePath: findBrowser(), args: launchArgs })
const pages = [
  { name: 'bare Slidev deck', url: `http://127.0.0.1:${port}/bare/`, dir: bare, prefix: 'bare' },
  { name: 'course home', url: `http://127.0.0.1:${port}/course/`, dir: site, prefix: 'course' },
  { name: 'course home (hi)', url: `http://127.0.0.1:${port}/course/?lang=hi`, dir: site, prefix: 'course' },
  ...editionsOf(modules).map(e => ({ name: e.key, url: `http://127.0.0.1:${port}/course/${modulePath(e.mod, e.lang)}`, dir: site, prefix: 'course' })),
]
const rows: string[] = []
let bareTotal = 0
try {
  for (const p of pages) {
    const v = await visit(browser, p.url, p.dir, p.prefix)
    bareTotal ||= v.total
    const scores = args.includes('--lighthouse') ? await lighthouse(p.url) : undefined
    const isModule = editionsOf(modules).some(e => e.key === p.name)
    rows.push([
      p.name,
      kib(v.total),
      `${kib(v.bytes.html!)} / ${kib(v.bytes.js!)} / ${kib(v.bytes.css!)} / ${kib(v.bytes.font! + v.bytes.other!)}`,
      isModule ? (v.total / bareTotal).toFixed(2) : '-',
      v.precache.files ? `${kib(v.precache.bytes)} in ${v.precache.files} files` : '-',
      `${(v.loadMs / 1000).toFixed(2)} s / ${(v.idleMs / 1000).toFixed(2)} s`,
      scores ? `${scores.performance} / ${scores.accessibility}` : 'not run',
    ].join(' | '))
  }
}
finally {
  await browser.close()
  server.close()
  rmSync(bareDir, { recursive: true, force: true })
}
console.log(`\nFirst visit in a fresh browser profile, gzip over loopback (${new Date().toISOString().slice(0, 16)}Z):\n`)
console.log('| page | first load | html / js / css / fonts+images | vs bare | precache after first visit | load / network idle | Lighthouse mobile perf / a11y |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
for (const r of rows)
  console.log(`| ${r} |`)

if (args.includes('--export')) {
  t = Date.now()
  await exportModules()
  console.log(`export of every module, both editions: ${secs(t)}`)
  for (const f of readdirSync(exportDir).sort())
    console.log(`  ${f}: ${kib(size(join(exportDir, f)))}`)
}
