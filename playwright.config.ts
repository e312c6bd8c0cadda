/**
 * Browser tests against the built site (run `npm run build` first; `npm test` does it all).
 * The site is served from a sub-folder (/course/) to prove it works away from the host's root.
 */
import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { findBrowser, launchArgs } from './scripts/browser.ts'

const port = Number(process.env.E2E_PORT ?? 4179)

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}/course/`,
    launchOptions: { executablePath: findBrowser(), args: launchArgs },
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `tsx scripts/serve.ts --subfolder course`,
    url: `http://127.0.0.1:${port}/course/`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
  },
})
