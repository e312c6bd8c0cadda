/**
 * Every slide of every module and the course home: no request to any other host, no cookies, no
 * console errors (a Content-Security-Policy breach shows up there), zero axe-core WCAG 2.2 AA
 * violations in the light and the dark theme, no content cut off at the slide's edge (what would be
 * lost on a projector and in the PDF), no sideways scrolling on a 360 px phone. Screenshots
 * of every slide at 1280 x 720 (light and dark) and 360 x 740 are kept in test-results/ to look at.
 */
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { modules } from '../../modules.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { slideNumbers } from './support/deck.ts'
import { openSlide } from './support/keyboard.ts'

function watch(page: Page) {
  const foreign: string[] = []
  const errors: string[] = []
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (!['data:', 'blob:'].includes(url.protocol) && url.host !== new URL(page.url() === 'about:blank' ? req.url() : page.url()).host)
      foreign.push(req.url())
  })
  page.on('console', msg => msg.type() === 'error' && errors.push(msg.text()))
  page.on('pageerror', err => errors.push(err.message))
  return { foreign, errors }
}

/** How far slide `n`'s content reaches beyond its canvas (0 when it fits), measured on its layout box. */
async function overflowOf(page: Page, n: number): Promise<{ down: number, across: number }> {
  return page.evaluate((n) => {
    const layout = document.querySelector(`[data-slidev-no="${n}"] .slidev-layout`)!
    return { down: layout.scrollHeight - layout.clientHeight, across: layout.scrollWidth - layout.clientWidth }
  }, n)
}

test('the course home is private and accessible', async ({ page, context }) => {
  const seen = watch(page)
  await page.goto('./')
  await expect(page.getByRole('heading', { name: 'Modules' })).toBeVisible()
  await expectNoAxeViolations(page, 'course home')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await expectNoAxeViolations(page, 'course home, dark')
  expect(seen.foreign).toEqual([])
  expect(seen.errors).toEqual([])
  expect(await context.cookies()).toEqual([])
})

for (const mod of modules) {
  test(`every slide of "${mod.id}" is private and accessible`, async ({ page, context }, info) => {
    test.setTimeout(300_000)
    const seen = watch(page)
    const { total } = slideNumbers(mod.id)
    for (let n = 1; n <= total; n++) {
      await openSlide(page, `./${mod.id}`, n)
      await expectNoAxeViolations(page, `${mod.id} slide ${n}`)
      expect(await overflowOf(page, n), `${mod.id} slide ${n}: content beyond the slide's edge, in px`).toEqual({ down: 0, across: 0 })
      await page.screenshot({ path: info.outputPath(`slides/${mod.id}-${String(n).padStart(2, '0')}.png`) })
    }
    // The same slides in the dark theme, as a device set to dark shows them.
    await page.emulateMedia({ colorScheme: 'dark' })
    for (let n = 1; n <= total; n++) {
      await openSlide(page, `./${mod.id}`, n)
      await expect(page.locator('html')).toHaveClass(/\bdark\b/)
      await expectNoAxeViolations(page, `${mod.id} slide ${n}, dark`)
      await page.screenshot({ path: info.outputPath(`slides/${mod.id}-${String(n).padStart(2, '0')}-dark.png`) })
    }
    await page.emulateMedia({ colorScheme: 'light' })
    // On a phone (360 x 740) every slide reflows to the screen width: nothing to scroll sideways.
    await page.setViewportSize({ width: 360, height: 740 })
    for (let n = 1; n <= total; n++) {
      await openSlide(page, `./${mod.id}`, n)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `slide ${n} at 360 px`).toBeLessThanOrEqual(360)
      await page.screenshot({ path: info.outputPath(`slides/${mod.id}-${String(n).padStart(2, '0')}-phone.png`), fullPage: true })
    }
    expect(seen.foreign, 'requests to other hosts').toEqual([])
    expect(seen.errors, 'console errors').toEqual([])
    expect(await context.cookies()).toEqual([])
  })
}
