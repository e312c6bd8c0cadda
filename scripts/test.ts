/**
 * `npm test`: everything CI runs, in order of speed, stopping at the first failure:
 * content check, type check, unit and content tests, site build, browser tests.
 * Finds (or, as root on Debian, installs) a Chromium first; see scripts/browser.ts.
 * `npm test -- --quick` skips the slow PDF export tests (tagged @pdf).
 */
import process from 'node:process'
import { findBrowser, NoBrowserError } from './browser.ts'
import { run } from './run.ts'
import { ensureXmllint, XMLLINT_HOW_TO } from './xmllint.ts'

const quick = process.argv.includes('--quick')
const started = Date.now()
const step = (name: string) => console.log(`\n=== ${name} (${((Date.now() - started) / 1000).toFixed(0)} s) ===`)

try {
  step('Course content')
  await run('tsx', ['scripts/check.ts'])
  step('Type check (vue-tsc)')
  await run('vue-tsc', ['--noEmit'])
  // The LMS manifest tests validate with xmllint (libxml2-utils).
  if (!ensureXmllint({ install: true }))
    throw new Error(XMLLINT_HOW_TO)
  step('Unit and content tests (vitest)')
  await run('vitest', ['run'])
  step('Browser')
  const browser = findBrowser({ install: true })
  console.log(`Using ${browser}`)
  step('Build the site')
  await run('tsx', ['scripts/build.ts'])
  // A deck of hostile quiz text for tests/e2e/hostile-text.spec.ts; not part of the course.
  await run('slidev', ['build', 'tests/fixtures/hostile/slides/hostile.md', '--base', './', '--out', '../../../../dist/__fixtures__/hostile'], { env: { COURSE_QUIZZES_DIR: 'tests/fixtures/hostile/quizzes' }, quiet: true })
  // LMS packages of one module for tests/e2e/lms.spec.ts (a few seconds; the decks are built above).
  await run('tsx', ['scripts/package.ts', 'leak-story'])
  step('Browser tests (playwright)')
  await run('playwright', ['test', ...(quick ? ['--grep-invert', '@pdf'] : [])], { env: { CHROMIUM_PATH: browser } })
  console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
}
catch (e) {
  console.error(`\n${e instanceof NoBrowserError ? e.message : `Tests failed: ${(e as Error).message}`}`)
  process.exit(1)
}
