/**
 * Browser tests against the built site (run `npm run build` first; `npm test` does it all).
 * The site is served from a sub-folder (/course/) to prove it works away from the host's root; the
 * test-only fixture decks (.build/fixtures/) are served beside it under /course/__fixtures__/.
 *
 * Every test is independent, so both workers stay busy to the end. The PDF tests come first: their
 * export is the longest single piece of work. Traces only on request (E2E_TRACE=1): recording one for
 * every test made the run slower; a failing test still leaves a screenshot and its error context.
 */
import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { findBrowser, launchArgs } from './scripts/browser.ts'

const port = Number(process.env.E2E_PORT ?? 4179)
const pdf = /pdf\.spec\.ts$/

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}/course/`,
    launchOptions: { executablePath: findBrowser(), args: launchArgs },
    viewport: { width: 1280, height: 720 },
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'pdf', testMatch: pdf },
    { name: 'site', testIgnore: pdf },
  ],
  webServer: {
    command: `tsx scripts/serve.ts --subfolder course --mount __fixtures__=.build/fixtures`,
    url: `http://127.0.0.1:${port}/course/`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
  },
})
