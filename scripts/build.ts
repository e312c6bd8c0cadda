/**
 * `npm run build [module ...]`: one static site in dist/: the course home at / and every module of
 * modules.ts under /<id>/. All paths are relative and slides use hash routes, so the folder works from
 * any static host and from any sub-folder. Modules build two at a time (each build is mostly one core).
 */
import type { CourseModule } from '../modules.ts'
import type { Job } from './run.ts'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { editionsOf, modulePath, modules } from '../modules.ts'
import { checkContent } from './content.ts'
import { buildDeck } from './decks.ts'
import { courseBase, NOT_FOUND_PAGE, withHomeLink } from './not-found.ts'
import { OFFLINE_BUDGET_BYTES, writeServiceWorker } from './offline.ts'
import { distDir } from './paths.ts'
import { run, runJobs } from './run.ts'

/** Stops with every problem listed when a quiz file or a deck's quiz reference is wrong. */
export function assertContentOk(): void {
  const problems = checkContent()
  if (problems.length > 0) {
    console.error(`Build stopped: course content has problems:\n  ${problems.join('\n  ')}`)
    process.exit(1)
  }
}

/**
 * dist/404.html (copied from home/public/) links to the course home at `/`; a site that lives in a
 * folder of its host (a GitHub Pages project site: /<repository>/) sets COURSE_BASE to that folder.
 */
function pointNotFoundPageAtBase(): void {
  const base = courseBase(process.env.COURSE_BASE)
  const file = join(distDir, NOT_FOUND_PAGE)
  writeFileSync(file, withHomeLink(readFileSync(file, 'utf8'), base))
}

/**
 * Slidev writes into every deck's folder a `404.html` (a copy of the deck's index.html) and a
 * `_redirects` (`./* ./index.html 200`) so that a host answers every path with the deck. The slides use
 * hash routes (`#/3`), so no path needs that fallback, and the copy, answering a deeper address,
 * loads its scripts from the wrong folder and shows a blank page. The site's own dist/404.html answers instead.
 */
function removeSlidevFallbacks(moduleDir: string): void {
  for (const name of ['404.html', '_redirects'])
    rmSync(join(moduleDir, name), { force: true })
}

/** The jobs that write dist/: the course home and each selected module. Run `finishSite` after them. */
export function siteJobs(selected: CourseModule[] = modules): Job[] {
  return [
    {
      name: 'built course home -> dist/',
      run: async () => {
        await run('vite', ['build', '--config', 'home/vite.config.ts', '--logLevel', 'warn'])
        pointNotFoundPageAtBase()
      },
    },
    // Every language edition: the original at dist/<id>/, a translation at dist/<lang>/<id>/.
    ...editionsOf(selected).map(({ mod, lang, key }) => ({
      name: `built ${key} -> dist/${modulePath(mod, lang)}`,
      run: async () => {
        await buildDeck(mod, key, join(distDir, modulePath(mod, lang)), { lang })
        removeSlidevFallbacks(join(distDir, modulePath(mod, lang)))
      },
    })),
  ]
}

/** The service worker lists every file of the site, so it is written once all of it is built. */
export function finishSite(): void {
  const offline = writeServiceWorker(distDir)
  const offlineSize = `${(offline.gzipBytes / 1024).toFixed(0)} KiB gzip`
  const languages = Object.entries(offline.languages).map(([lang, l]) => `, and ${l.files} files, ${(l.gzipBytes / 1024).toFixed(0)} KiB gzip, once a page in "${lang}" opens`).join('')
  console.log(`offline copy: ${offline.files} distinct files, ${offlineSize}, kept by dist/sw.js after a first visit${languages}`)
  if (offline.gzipBytes > OFFLINE_BUDGET_BYTES)
    console.warn(`Warning: the offline copy (${offlineSize}) is over its budget of ${(OFFLINE_BUDGET_BYTES / 1024).toFixed(0)} KiB; see docs/offline.md.`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  assertContentOk()
  try {
    courseBase(process.env.COURSE_BASE)
  }
  catch (e) {
    console.error(`Build stopped: ${(e as Error).message}`)
    process.exit(1)
  }
  const only = process.argv.slice(2)
  const selected = only.length ? modules.filter(m => only.includes(m.id)) : modules
  if (only.length === 0)
    rmSync(distDir, { recursive: true, force: true })
  const started = Date.now()
  await runJobs(siteJobs(selected))
  finishSite()
  console.log(`Site built in ${((Date.now() - started) / 1000).toFixed(1)} s: dist/`)
}
