/**
 * Every slide of every module in every language, the course home, the certificate page and the
 * page-not-found page, in three views (1280 x 720 light, the same in dark, a 360 x 740 phone): no
 * request to any other host, no cookies, no console errors (a Content-Security-Policy breach shows up
 * there), zero axe-core WCAG 2.2 AA violations (on the slides' dark view, the rules colours decide: the
 * rest would repeat the light view's result for the same slide). In the
 * projector views no content is cut off at the slide's edge (what would be lost on a projector and in
 * the PDF); the Next button and the first slide's hint cover no text and no control; on the phone
 * nothing scrolls sideways and scrolling down reaches all of the slide. With
 * `npm test -- --screenshots` a picture of every slide in every view is kept in
 * test-results/slides/<view>/ to look at.
 */
import type { Page, TestInfo } from '@playwright/test'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { parseSync } from '@slidev/parser'
import { messagesFor } from '../../i18n'
import { deckFile, editionsOf, modulePath, modules } from '../../modules.ts'
import { FINAL_KEY } from '../../quizzes/engine/attempts.ts'
import { distDir, root } from '../../scripts/paths.ts'
import { blend, contrastRatio, fromComputed } from '../shared/contrast.ts'
import { COLOUR_RULES, expectNoAxeViolations } from './support/axe.ts'
import { slideNumbers } from './support/deck.ts'
import { finalState, passedAttempt } from './support/final.ts'
import { moveToSlide, openSlide } from './support/keyboard.ts'
import { coveredByNavigation } from './support/navigation.ts'

/** The one policy every built page carries: only the site's own origin, no inline or eval'd script. */
const CSP = 'default-src \'self\'; script-src \'self\'; style-src \'self\' \'unsafe-inline\'; img-src \'self\' data:; font-src \'self\' data:; connect-src \'self\'; media-src \'self\'; object-src \'none\'; base-uri \'self\'; form-action \'self\''

const views = [
  { name: 'light', viewport: { width: 1280, height: 720 }, colorScheme: 'light', phone: false },
  { name: 'dark', viewport: { width: 1280, height: 720 }, colorScheme: 'dark', phone: false },
  { name: 'phone', viewport: { width: 360, height: 740 }, colorScheme: 'light', phone: true },
] as const

/** Collects what must never happen on any page: requests to other hosts, console errors. */
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

/**
 * On a phone the slide scrolls: how far slide `n`'s content still reaches below the screen once the
 * learner has scrolled to the end (0 when all of it can be reached).
 */
async function cutOffOnPhone(page: Page, n: number): Promise<number> {
  return page.evaluate((n) => {
    const container = document.querySelector('#slide-container')!
    const layout = document.querySelector(`[data-slidev-no="${n}"] .slidev-layout`)!
    container.scrollTop = container.scrollHeight
    const hidden = layout.getBoundingClientRect().bottom - container.getBoundingClientRect().bottom
    container.scrollTop = 0
    return Math.max(0, Math.round(hidden))
  }, n)
}

/**
 * Slidev's slide controls (previous, next, overview, colours...) as the learner sees them: each icon's
 * colour, faded by its opacity, against the first opaque background behind it. Axe does not measure
 * icons (WCAG 1.4.11 asks 3:1), so this does. On a desktop the controls show on hover.
 */
async function controlContrasts(page: Page): Promise<{ control: string, ratio: number }[]> {
  await page.mouse.move(40, page.viewportSize()!.height - 30)
  const nav = page.locator('#slide-container nav')
  await expect(nav.getByRole('button', { name: 'Go to next slide' })).toBeVisible()
  // The controls fade in: wait until the whole bar is opaque.
  await expect.poll(() => nav.evaluate((el) => {
    let opacity = 1
    for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity)
    return opacity
  })).toBe(1)
  // A disabled control (previous, on the first slide) is exempt from the contrast rule.
  const seen = await nav.evaluate(el => [...el.querySelectorAll<HTMLButtonElement>('button:enabled')].map((b) => {
    // Backgrounds from the button outwards, up to the first opaque one.
    const layers: string[] = []
    for (let e: Element | null = b; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor
      if (bg === 'transparent' || /rgba\(.*,\s*0\)$/.test(bg))
        continue
      layers.push(bg)
      if (!bg.startsWith('rgba'))
        break
    }
    const style = getComputedStyle(b)
    return { control: b.getAttribute('aria-label') ?? b.title, color: style.color, opacity: Number(style.opacity), layers }
  }))
  return seen.map(({ control, color, opacity, layers }) => {
    // Paint the layers from the opaque one inwards, then the icon over them.
    let back = fromComputed(layers.at(-1) ?? 'rgb(255, 255, 255)').rgb
    for (const layer of layers.slice(0, -1).reverse()) {
      const { rgb, alpha } = fromComputed(layer)
      back = blend(rgb, back, alpha)
    }
    const fg = fromComputed(color)
    return { control, ratio: Math.round(contrastRatio(blend(fg.rgb, back, fg.alpha * opacity), back) * 10) / 10 }
  })
}

/**
 * Buttons and form controls on screen that are smaller than 24 x 24 px as shown (after Slidev scales
 * the slide), the size WCAG 2.5.8 asks for. Links inside sentences are exempt and not measured.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>('button, input, select, textarea')].flatMap((el) => {
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden')
      return []
    const name = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent?.trim() || el.title || el.textContent?.trim() || el.id
    return r.width < 24 || r.height < 24 ? [`${name}: ${r.width.toFixed(1)} x ${r.height.toFixed(1)}`] : []
  }))
}

/**
 * A picture of the slide as the learner sees it. On a phone the slide scrolls inside its container,
 * so the window is made tall enough to show all of it in one picture, then put back.
 */
async function screenshotSlide(page: Page, path: string, phone: boolean): Promise<void> {
  const size = page.viewportSize()!
  const hidden = phone
    ? await page.evaluate(() => {
        const c = document.querySelector('#slide-container')!
        return c.scrollHeight - c.clientHeight
      })
    : 0
  if (hidden > 0)
    await page.setViewportSize({ width: size.width, height: size.height + hidden })
  await page.screenshot({ path })
  if (hidden > 0)
    await page.setViewportSize(size)
}

/** Pictures of every slide only on request (`npm test -- --screenshots`): they cost a minute a run. */
const screenshots = !!process.env.E2E_SCREENSHOTS

function screenshotPath(info: TestInfo, view: string, name: string): string {
  return join(info.project.outputDir, 'slides', view, `${name}.png`)
}

test('every page of the built site belongs to the course, carries the policy and has no inline script or event handler', () => {
  const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.html'))
  expect(pages.length, 'built pages').toBeGreaterThan(modules.length)
  // Test-only decks (the hostile-text fixture) are built elsewhere: a copied dist/ ships only the course.
  const folders = new Set(pages.map(f => f.includes('/') ? f.split('/')[0] : '.'))
  const translations = [...new Set(editionsOf(modules).filter(e => e.lang !== 'en').map(e => e.lang))]
  expect([...folders].sort(), 'folders with pages in dist/').toEqual(['.', 'certificate', ...modules.map(m => m.id), ...translations].sort())
  for (const file of pages) {
    const html = readFileSync(join(distDir, file), 'utf8')
    const where = relative(distDir, join(distDir, file))
    expect(html, `${where}: Content-Security-Policy`).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`)
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? [], `${where}: inline scripts`).toEqual([])
    expect(html.match(/\son[a-z]+\s*=/gi) ?? [], `${where}: inline event handlers`).toEqual([])
  }
})

for (const view of views) {
  test.describe(`${view.name} view`, () => {
    test.use({ viewport: view.viewport, colorScheme: view.colorScheme })

    test('the course home is private and accessible', async ({ page, context }, info) => {
      const seen = watch(page)
      await page.goto('./')
      await expect(page.getByRole('heading', { name: 'Modules' })).toBeVisible()
      await expect(page.locator('html')).toHaveClass(view.colorScheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CSP)
      await expectNoAxeViolations(page, `course home, ${view.name}`)
      expect(await smallTargets(page), 'course home: controls under 24 x 24 px').toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'sideways scrolling').toBeLessThanOrEqual(view.viewport.width)
      if (screenshots)
        await page.screenshot({ path: screenshotPath(info, view.name, 'home'), fullPage: true })
      expect(seen.foreign, 'requests to other hosts').toEqual([])
      expect(seen.errors, 'console errors').toEqual([])
      expect(await context.cookies()).toEqual([])
    })

    test('the certificate page is private and accessible', async ({ page, context }, info) => {
      const seen = watch(page)
      await page.goto('./certificate/')
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [FINAL_KEY, JSON.stringify(finalState(passedAttempt(7, '2026-12-03T10:00:00.000Z', '2026-12-03T10:20:00.000Z')))])
      await page.reload()
      await page.getByLabel('Your name, as it should be printed').fill('Asha Rao')
      await expect(page.getByTestId('certificate-code')).toHaveText(/^[0-9A-F]{4}-/)
      await expectNoAxeViolations(page, `certificate page, ${view.name}`)
      expect(await smallTargets(page), 'certificate page: controls under 24 x 24 px').toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'sideways scrolling').toBeLessThanOrEqual(view.viewport.width)
      if (screenshots)
        await page.screenshot({ path: screenshotPath(info, view.name, 'certificate'), fullPage: true })
      expect(seen.foreign, 'requests to other hosts').toEqual([])
      expect(seen.errors, 'console errors').toEqual([])
      expect(await context.cookies()).toEqual([])
    })

    test('the page-not-found page is private and accessible', async ({ page, context }, info) => {
      const seen = watch(page)
      // The server's answer for an address that is no page of the course (tests/e2e/not-found.spec.ts).
      expect((await page.goto('./nope/deeper'))?.status()).toBe(404)
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CSP)
      await expectNoAxeViolations(page, `page-not-found page, ${view.name}`)
      expect(await smallTargets(page), 'page-not-found page: controls under 24 x 24 px').toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'sideways scrolling').toBeLessThanOrEqual(view.viewport.width)
      if (screenshots)
        await page.screenshot({ path: screenshotPath(info, view.name, 'not-found'), fullPage: true })
      expect(seen.foreign, 'requests to other hosts').toEqual([])
      // Chromium reports the page's own 404 status, the point of the page; any other error (a policy
      // breach, a missing file the page asked for) would be a second line.
      expect(seen.errors, 'console errors').toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)'])
      expect(await context.cookies()).toEqual([])
    })

    // Every language edition: a translation has the same slides as its original (scripts/content.ts).
    for (const { mod, lang, key } of editionsOf(modules)) {
      const { total } = slideNumbers(mod.id)
      const safetyTools = parseSync(readFileSync(join(root, deckFile(mod, lang)), 'utf8'), deckFile(mod, lang)).slides[0]?.frontmatter.safetyTools === true
      const t = messagesFor(lang)
      test(`every slide of "${key}" is private and accessible`, async ({ page, context }, info) => {
        // Only a guard against a hang: a slide takes about a second here, ten on a busy 2-core machine.
        test.setTimeout(60_000 + total * 10_000)
        const seen = watch(page)
        for (let n = 1; n <= total; n++) {
          const where = `${key} slide ${n} (${view.name})`
          // The first slide loads the page; the rest are reached as a learner moves on, inside the page.
          if (n === 1)
            await openSlide(page, `./${modulePath(mod, lang).replace(/\/$/, '')}`, n)
          else
            await moveToSlide(page, n)
          if (n === 1) {
            await expect(page.locator('html')).toHaveClass(view.colorScheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
            await expect(page.locator('html')).toHaveAttribute('lang', lang)
            await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CSP)
            const faint = (await controlContrasts(page)).filter(c => c.ratio < 3)
            expect(faint, 'slide controls below 3:1 against their background').toEqual([])
            await page.mouse.move(view.viewport.width / 2, 10)
          }
          // The dark view is the light view's slide in other colours: there axe runs the rules colours decide.
          await expectNoAxeViolations(page, where, view.colorScheme === 'dark' ? COLOUR_RULES : undefined)
          // A deck with the safety tools (headmatter `safetyTools: true`) shows Get help and Quick exit on every slide.
          if (safetyTools) {
            await expect(page.getByRole('button', { name: t.safety.getHelp, exact: true }), `${where}: Get help`).toBeVisible()
            await expect(page.locator('.safety-bar').getByRole('button', { name: t.safety.quickExit }), `${where}: Quick exit`).toBeVisible()
          }
          expect(await smallTargets(page), `${where}: controls under 24 x 24 px`).toEqual([])
          expect(await coveredByNavigation(page, n), `${where}: slide content under the Next button or the hint`).toEqual([])
          if (view.phone) {
            expect(await page.evaluate(() => document.documentElement.scrollWidth), `${where}: page wider than the phone`).toBeLessThanOrEqual(view.viewport.width)
            expect(await cutOffOnPhone(page, n), `${where}: content that scrolling cannot reach, in px`).toBe(0)
          }
          else {
            expect(await overflowOf(page, n), `${where}: content beyond the slide's edge, in px`).toEqual({ down: 0, across: 0 })
          }
          if (screenshots)
            await screenshotSlide(page, screenshotPath(info, view.name, `${key}-${String(n).padStart(2, '0')}`), view.phone)
        }
        expect(seen.foreign, 'requests to other hosts').toEqual([])
        expect(seen.errors, 'console errors').toEqual([])
        expect(await context.cookies()).toEqual([])
      })
    }
  })
}
