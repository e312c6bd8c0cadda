/**
 * Finds a Chromium for the browser tests and the PDF export, in this order:
 *  1. CHROMIUM_PATH (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH), if set;
 *  2. Playwright's own downloaded Chromium, if installed;
 *  3. a system Chromium or Chrome on PATH;
 *  4. with `install: true`, as root on Debian/Ubuntu: `apt-get install -y chromium`, then look again.
 * Fails with a message that says exactly what to run.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import process from 'node:process'
import { chromium } from '@playwright/test'

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const file = `${dir}/${name}`
    if (dir && existsSync(file))
      return file
  }
  return undefined
}

function playwrightOwn(): string | undefined {
  try {
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  }
  catch {
    return undefined
  }
}

export class NoBrowserError extends Error {}

const HOW_TO = [
  'No Chromium or Chrome was found for the browser tests and the PDF export.',
  'Install one, then run the command again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  Fedora:         sudo dnf install -y chromium',
  '  macOS:          brew install --cask chromium   (or install Google Chrome)',
  '  any system with internet access:  npx playwright install chromium',
  'Or point the course at a browser you have:  CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n')

export function findBrowser(options: { install?: boolean } = {}): string {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new NoBrowserError(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.\n\n${HOW_TO}`)
    return fromEnv
  }
  const found = playwrightOwn() ?? SYSTEM_NAMES.map(onPath).find(Boolean)
  if (found)
    return found
  if (options.install && process.getuid?.() === 0 && onPath('apt-get')) {
    console.log('No browser found: installing Debian\'s chromium with apt-get (needs the package mirror)...')
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    }
    catch {
      throw new NoBrowserError(`Installing chromium with apt-get failed.\n\n${HOW_TO}`)
    }
    const installed = SYSTEM_NAMES.map(onPath).find(Boolean)
    if (installed)
      return installed
  }
  throw new NoBrowserError(HOW_TO)
}

/**
 * Flags for a headless Chromium on a locked-down machine: no sandbox when running as root, and no
 * background connections to Google services (they would be third-party requests and slow start-up).
 */
export const launchArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
]

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findBrowser({ install: process.argv.includes('--install') }))
  }
  catch (e) {
    console.error((e as Error).message)
    process.exit(1)
  }
}
