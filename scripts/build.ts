/**
 * `npm run build [module ...]`: one static site in dist/: the course home at / and every module of
 * modules.ts under /<id>/. All paths are relative and slides use hash routes, so the folder works from
 * any static host and from any sub-folder. Modules build two at a time (each build is mostly one core).
 */
import type { CourseModule } from '../modules.ts'
import type { Job } from './run.ts'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { modules } from '../modules.ts'
import { checkContent } from './content.ts'
import { buildDeck } from './decks.ts'
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

/** The jobs that write dist/: the course home and each selected module. Run `finishSite` after them. */
export function siteJobs(selected: CourseModule[] = modules): Job[] {
  return [
    { name: 'built course home -> dist/', run: () => run('vite', ['build', '--config', 'home/vite.config.ts', '--logLevel', 'warn']) },
    ...selected.map(mod => ({
      name: `built ${mod.id} -> dist/${mod.id}/`,
      run: () => buildDeck(mod, mod.id, join(distDir, mod.id)),
    })),
  ]
}

/** The service worker lists every file of the site, so it is written once all of it is built. */
export function finishSite(): void {
  const offline = writeServiceWorker(distDir)
  const offlineSize = `${(offline.gzipBytes / 1024).toFixed(0)} KiB gzip`
  console.log(`offline copy: ${offline.files} distinct files, ${offlineSize}, kept by dist/sw.js after a first visit`)
  if (offline.gzipBytes > OFFLINE_BUDGET_BYTES)
    console.warn(`Warning: the offline copy (${offlineSize}) is over its budget of ${(OFFLINE_BUDGET_BYTES / 1024).toFixed(0)} KiB; see docs/offline.md.`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  assertContentOk()
  const only = process.argv.slice(2)
  const selected = only.length ? modules.filter(m => only.includes(m.id)) : modules
  if (only.length === 0)
    rmSync(distDir, { recursive: true, force: true })
  const started = Date.now()
  await runJobs(siteJobs(selected))
  finishSite()
  console.log(`Site built in ${((Date.now() - started) / 1000).toFixed(1)} s: dist/`)
}
