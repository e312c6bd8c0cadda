/**
 * The accessibility check every browser test uses: @axe-core/playwright with the course's WCAG tags.
 *
 * Two settings keep it fast enough to run on every slide in three views (700-odd checks a run):
 * - Legacy mode runs axe in the page under test. The default mode opens a second, blank page on every
 *   call to merge results from cross-origin frames, which the course does not have; that page made a
 *   check take about 2 s.
 * - The builder sends the 500 KB engine to the page twice per check (about 0.25 s each time). Slides
 *   are visited one after another in the same document, so once every frame holds the engine, the
 *   builder is given a source that does nothing. A check then takes about 0.4 s, little more than axe's own run.
 */
import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { expect } from '@playwright/test'
import axe from 'axe-core'

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the course's accessibility bar. No rule is excluded. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations']

async function everyFrameHasAxe(page: Page): Promise<boolean> {
  const loaded = await Promise.all(page.frames().map(frame => frame.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function').catch(() => false)))
  return loaded.every(Boolean)
}

/**
 * Waits until no finite animation or transition is running (an endless one, like a spinner, would
 * never end). A control that is fading in or out (Slidev's slide controls, a colour-scheme change) has
 * for a moment a colour it never settles on: measured then, contrast fails only on a busy machine.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every(a =>
    a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity))
}

/**
 * The WCAG rules whose outcome depends on colours alone. Where a page differs from one already checked
 * only in its colours (the dark view of a slide checked in the light view, same size and content),
 * these are the rules that can tell the two apart; every other rule would repeat the same result.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

/**
 * Run axe on the page once it has settled (every same-origin frame included); only violations are kept.
 * All of the course's WCAG rules, or only `rules` when given (see COLOUR_RULES).
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<Violations> {
  await settled(page)
  // The builder needs a non-empty source; `void 0` runs nothing and sends nothing back.
  const axeSource = await everyFrameHasAxe(page) ? 'void 0' : axe.source
  const builder = new AxeBuilder({ page, axeSource })
    .options({ resultTypes: ['violations'] }) // before withTags: options() replaces what was set
  const results = await (rules ? builder.withRules(rules) : builder.withTags(WCAG))
    .setLegacyMode()
    .analyze()
  return results.violations
}

/** Fail with a readable list if axe finds any violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page, where: string, rules?: string[]): Promise<void> {
  const violations = await axeViolations(page, rules)
  // Each node with axe's own reason (for contrast: the colours and ratio it measured), so a failure
  // seen once can be understood from its report alone.
  const summary = violations.map(v => `${where}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map(n => `${n.target.join(' ')} [${n.failureSummary?.replace(/\s+/g, ' ').trim() ?? ''}]`).join(', ')}`)
  expect(summary, `axe violations on ${where}`).toEqual([])
}
