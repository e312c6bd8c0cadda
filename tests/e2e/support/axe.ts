/**
 * axe-core in the page under test, loaded once per document.
 *
 * Why not @axe-core/playwright: it injects the 500 KB engine into every frame on every call and then
 * opens a second page to merge the results. That took about 2 s a check, over 20 minutes for the
 * 700-odd checks of a run, and made the every-slide tests time out on a 2-core machine. Loading
 * axe-core once per document and calling `axe.run` gives the same rules and results in about 0.3 s.
 * The course has no cross-origin frames, which is the one thing the wrapper's second page is for.
 */
import type { AxeResults } from 'axe-core'
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect } from '@playwright/test'

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the course's accessibility bar. No rule is excluded. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

declare global {
  interface Window { axe?: typeof import('axe-core') }
}

/** Run axe on the page as it is now, with the course's WCAG tags; only violations are collected. */
export async function axeViolations(page: Page): Promise<AxeResults['violations']> {
  // Every same-origin frame needs the engine for axe.run to look inside it.
  for (const frame of page.frames()) {
    if (!await frame.evaluate(() => 'axe' in window))
      await frame.evaluate(axeSource)
  }
  const results = await page.evaluate(tags => window.axe!.run(document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  }), WCAG)
  return results.violations
}

/** Fail with a readable list if axe finds any violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page)
  const summary = violations.map(v => `${where}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`)
  expect(summary, `axe violations on ${where}`).toEqual([])
}
