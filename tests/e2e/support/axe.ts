import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { expect } from '@playwright/test'

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the course's accessibility bar. No rule is excluded. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Fail with a readable list if axe finds any violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  const summary = results.violations.map(v => `${where}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`)
  expect(summary, `axe violations on ${where}`).toEqual([])
}
