/**
 * `npm run bench`: measures what the README and the release notes quote, and prints the figures.
 * Timing lives here, never in tests: build time, size of the site and of each module, and
 * (with --export) the PDF export time and size per module.
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { modules } from '../modules.ts'
import { exportDir, exportModules } from './export.ts'
import { distDir } from './paths.ts'
import { run } from './run.ts'

function size(path: string): number {
  const s = statSync(path)
  return s.isDirectory() ? readdirSync(path).reduce((sum, f) => sum + size(join(path, f)), 0) : s.size
}
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`
const secs = (t: number) => `${((Date.now() - t) / 1000).toFixed(1)} s`

let t = Date.now()
await run('tsx', ['scripts/build.ts'], { quiet: true })
console.log(`build (home + ${modules.length} modules): ${secs(t)}`)
console.log(`site size: ${mb(size(distDir))}`)
for (const mod of modules)
  console.log(`  ${mod.id}: ${mb(size(join(distDir, mod.id)))}`)

if (process.argv.includes('--export')) {
  t = Date.now()
  await exportModules()
  console.log(`export of every module, both editions: ${secs(t)}`)
  for (const f of readdirSync(exportDir).sort())
    console.log(`  ${f}: ${(size(join(exportDir, f)) / 1024).toFixed(0)} KB`)
}
