/**
 * `npm test`: everything CI runs, stopping at the first failure:
 *  1. the course content check, then, two at a time on a 2-core machine, lint, the type check, the unit and
 *     content tests, the site build (dist/), the test-only fixture decks and the print editions the PDF
 *     tests read (both in .build/, never in dist/);
 *  2. the browser tests (Playwright, two workers), the PDF export first because it takes longest.
 * Finds (or, as root on Debian, installs) a Chromium first; see scripts/browser.ts.
 *   --quick        skips the PDF export tests (tagged @pdf) and the print builds they need
 *   --screenshots  keeps a picture of every slide in every view in test-results/slides/
 */
import type { Job } from './run.ts'
import { rmSync } from 'node:fs'
import process from 'node:process'
import { finalAssessment, modules } from '../modules.ts'
import { findBrowser, NoBrowserError } from './browser.ts'
import { finishSite, siteJobs } from './build.ts'
import { printBuildJobs } from './export.ts'
import { buildCacheDir, distDir } from './paths.ts'
import { run, runJobs } from './run.ts'
import { ensureTools, PDFTOTEXT, XMLLINT } from './system-tools.ts'

const quick = process.argv.includes('--quick')
const started = Date.now()
const step = (name: string) => console.log(`\n=== ${name} (${((Date.now() - started) / 1000).toFixed(0)} s) ===`)

/**
 * The PDFs tests/e2e/pdf.spec.ts reads: both editions of the first module, of the final and of every
 * translation, the instructor edition of all.
 */
function pdfTestBuilds(): Job[] {
  const both = [modules[0]!, finalAssessment]
  const translated = modules.filter(m => !both.includes(m) && m.languages.length > 1)
  return [...printBuildJobs(both), ...printBuildJobs(modules.filter(m => !both.includes(m)), ['instructor']), ...printBuildJobs(translated, ['learner'], translated.flatMap(m => m.languages.filter(l => l !== 'en')))]
}

try {
  step('Browser')
  const browser = findBrowser({ install: true })
  console.log(`Using ${browser}`)
  // The LMS manifest tests validate with xmllint (libxml2-utils); the PDF tests read Hindi with pdftotext (poppler-utils).
  const missing = ensureTools([XMLLINT, PDFTOTEXT], { install: true })
  if (missing.length > 0)
    throw new Error(missing.map(t => t.howTo).join('\n\n'))
  step('Course content')
  await run('tsx', ['scripts/check.ts'])
  step('Type check, unit and content tests, and the builds, two at a time')
  rmSync(distDir, { recursive: true, force: true })
  rmSync(buildCacheDir, { recursive: true, force: true })
  await runJobs([
    { name: 'lint passed (eslint)', run: () => run('eslint', ['.']) },
    { name: 'type check passed (vue-tsc)', run: () => run('vue-tsc', ['--noEmit']) },
    { name: 'unit and content tests passed (vitest)', run: () => run('vitest', ['run', '--reporter=dot']) },
    ...siteJobs(),
    {
      // A deck of hostile quiz text for tests/e2e/hostile-text.spec.ts; not part of the course.
      name: 'built the hostile-text fixture deck -> .build/fixtures/hostile/',
      run: () => run('slidev', ['build', 'tests/fixtures/hostile/slides/hostile.md', '--base', './', '--out', '../../../../.build/fixtures/hostile'], { env: { COURSE_QUIZZES_DIR: 'tests/fixtures/hostile/quizzes' }, quiet: true }),
    },
    ...(quick ? [] : pdfTestBuilds()),
  ])
  finishSite()
  // LMS packages of one module for tests/e2e/lms.spec.ts (a few seconds; reads the decks built above).
  await run('tsx', ['scripts/package.ts', 'leak-story'])
  step('Browser tests (playwright)')
  await run('playwright', ['test', ...(quick ? ['--grep-invert', '@pdf'] : [])], {
    env: { CHROMIUM_PATH: browser, ...(process.argv.includes('--screenshots') ? { E2E_SCREENSHOTS: '1' } : {}) },
  })
  console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
}
catch (e) {
  console.error(`\n${e instanceof NoBrowserError ? e.message : `Tests failed: ${(e as Error).message}`}`)
  process.exit(1)
}
