/**
 * `npm run build`: one static site in dist/: the course home at / and every module of modules.ts
 * under /<id>/. All paths are relative and slides use hash routes, so the folder works from any
 * static host and from any sub-folder.
 */
import { rmSync } from 'node:fs'
import process from 'node:process'
import { modules } from '../modules.ts'
import { checkContent } from './content.ts'
import { OFFLINE_BUDGET_BYTES, writeServiceWorker } from './offline.ts'
import { distDir } from './paths.ts'
import { run } from './run.ts'

const problems = checkContent()
if (problems.length > 0) {
  console.error(`Build stopped: course content has problems:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}

const only = process.argv.slice(2)
const selected = only.length ? modules.filter(m => only.includes(m.id)) : modules
if (only.length === 0)
  rmSync(distDir, { recursive: true, force: true })

const started = Date.now()
await run('vite', ['build', '--config', 'home/vite.config.ts', '--logLevel', 'warn'])
console.log(`built course home -> dist/`)
for (const mod of selected) {
  // --out is relative to the deck's folder (slides/).
  await run('slidev', ['build', `slides/${mod.id}.md`, '--base', './', '--out', `../dist/${mod.id}`], { quiet: true })
  console.log(`built ${mod.id} -> dist/${mod.id}/`)
}
// The service worker lists every file of the site, so it is written once all of it is built.
const offline = writeServiceWorker(distDir)
const offlineSize = `${(offline.gzipBytes / 1024).toFixed(0)} KiB gzip`
console.log(`offline copy: ${offline.files} distinct files, ${offlineSize}, kept by dist/sw.js after a first visit`)
if (offline.gzipBytes > OFFLINE_BUDGET_BYTES)
  console.warn(`Warning: the offline copy (${offlineSize}) is over its budget of ${(OFFLINE_BUDGET_BYTES / 1024).toFixed(0)} KiB; see docs/offline.md.`)
console.log(`Site built in ${((Date.now() - started) / 1000).toFixed(1)} s: dist/`)
