import { existsSync } from 'node:fs'
import process from 'node:process'
import { afterEach, describe, expect, it } from 'vitest'
import { findBrowser, NoBrowserError } from '../../scripts/browser.ts'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

describe('findBrowser', () => {
  it('uses CHROMIUM_PATH when it points at a file', () => {
    process.env.CHROMIUM_PATH = process.execPath
    expect(findBrowser()).toBe(process.execPath)
  })
  it('says exactly what to install when CHROMIUM_PATH points nowhere', () => {
    process.env.CHROMIUM_PATH = '/nowhere/chrome'
    expect(() => findBrowser()).toThrow(NoBrowserError)
    expect(() => findBrowser()).toThrow(/CHROMIUM_PATH is set to \/nowhere\/chrome[\s\S]*apt-get install -y chromium[\s\S]*npx playwright install chromium/)
  })
  it('says what to install when no browser is on PATH and installing is not allowed', () => {
    delete process.env.CHROMIUM_PATH
    delete process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH
    process.env.PATH = '/nowhere'
    // Playwright's own download may exist on a developer's laptop; then there is nothing to report.
    try {
      expect(existsSync(findBrowser())).toBe(true)
    }
    catch (e) {
      expect(e).toBeInstanceOf(NoBrowserError)
      expect((e as Error).message).toMatch(/^No Chromium or Chrome was found/)
    }
  })
})
