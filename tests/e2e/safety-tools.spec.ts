/**
 * The safety module's tools: the "Get help" panel (keyboard, country choice, Escape, focus return,
 * nothing stored), the "Quick exit" (neutral page, Back does not return to the slide), the bar on every
 * slide, and the module quiz's compassionate feedback. Runs against the built site, module at ./safety/.
 */
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { quiz, slideNumbers } from './support/deck.ts'
import { answerPart, check, correctResponse, openSlide, tabTo } from './support/keyboard.ts'

const mod = './safety'
const slides = slideNumbers('safety')

async function openHelp(page: Page) {
  const help = page.getByRole('button', { name: 'Get help' })
  await tabTo(page, help)
  await expect(help).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Get help' })
  await expect(dialog).toBeVisible()
  await expect(help).toHaveAttribute('aria-expanded', 'true')
  return { help, dialog }
}

test.describe('safety module: Get help panel', () => {
  test('is reached by Tab, lists the chosen country\'s helplines, closes with Escape and returns focus', async ({ page }) => {
    await openSlide(page, mod, 5)
    const { help, dialog } = await openHelp(page)

    // Focus moved into the dialog.
    expect(await dialog.evaluate(d => d.contains(document.activeElement))).toBe(true)
    await expect(dialog).toContainText('not saved')
    await expect(dialog).toContainText('Choose a country')

    // Choose UK, then India, with the keyboard only.
    const india = dialog.getByRole('radio', { name: 'India' })
    const uk = dialog.getByRole('radio', { name: 'UK' })
    await tabTo(page, india)
    await page.keyboard.press('ArrowRight')
    await expect(uk).toBeChecked()
    await expect(dialog.getByRole('heading', { name: 'Helplines: UK' })).toBeVisible()
    await expect(dialog).toContainText('Revenge Porn Helpline')
    await expect(dialog).toContainText('0345 6000 459')
    await expect(dialog).toContainText('10:00 to 16:00')

    await page.keyboard.press('ArrowLeft')
    await expect(india).toBeChecked()
    await expect(dialog.getByRole('heading', { name: 'Helplines: India' })).toBeVisible()
    await expect(dialog).toContainText('1930')
    await expect(dialog).toContainText('cybercrime.gov.in')
    await expect(dialog).not.toContainText('0345 6000 459')
    // The slide did not change while arrow keys were used in the panel.
    expect(page.url()).toMatch(/#\/5$/)

    // Escape closes the panel and focus returns to the button.
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(help).toBeFocused()
    await expect(help).toHaveAttribute('aria-expanded', 'false')
    expect(page.url()).toMatch(/#\/5$/)

    // The country is kept in memory only: nothing about it is stored in the browser.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))
    expect(stored.toLowerCase()).not.toContain('india')
    expect(stored).not.toContain('safety-country')
  })

  test('shows US, EU and Other helplines, and the hash tools everywhere', async ({ page }) => {
    await openSlide(page, mod, 2)
    const { dialog } = await openHelp(page)
    await dialog.getByRole('radio', { name: 'US' }).check()
    await expect(dialog).toContainText('844-878-2274')
    await dialog.getByRole('radio', { name: 'EU' }).check()
    await expect(dialog).toContainText('StopNCII.org')
    await expect(dialog).toContainText('Take It Down')
    await dialog.getByRole('radio', { name: 'Other' }).check()
    await expect(dialog).toContainText('StopNCII.org')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
  })

  // That both buttons are on every slide of the module, in every language and every view, is checked
  // by tests/e2e/every-slide.spec.ts as it visits each slide.

  test('the buttons are at least 24 px and usable at 360 px wide', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 })
    await openSlide(page, mod, 3)
    for (const name of ['Get help', 'Quick exit']) {
      const box = (await page.getByRole('button', { name }).boundingBox())!
      expect(box.width, name).toBeGreaterThanOrEqual(24)
      expect(box.height, name).toBeGreaterThanOrEqual(24)
      expect(box.x + box.width, name).toBeLessThanOrEqual(360)
    }
    const { dialog } = await openHelp(page)
    const box = (await dialog.boundingBox())!
    expect(box.width).toBeLessThanOrEqual(360)
  })
})

test.describe('safety module: Quick exit', () => {
  test('replaces the page with the neutral page, and Back does not return to the slide', async ({ page }) => {
    await openSlide(page, mod, 3)
    await openSlide(page, mod, 6)
    const exit = page.getByRole('button', { name: 'Quick exit' })
    await tabTo(page, exit)
    await page.keyboard.press('Enter')
    await page.waitForURL(/neutral\.html$/)
    expect(page.url()).toMatch(/neutral\.html$/)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const text = (await page.locator('body').innerText()).toLowerCase()
    for (const word of ['safety', 'intimate', 'course', 'help', 'quiz'])
      expect(text, word).not.toContain(word)

    await page.goBack()
    expect(page.url()).not.toMatch(/#\/6$/)
  })

  test('Escape pressed twice also leaves for the neutral page', async ({ page }) => {
    await openSlide(page, mod, 4)
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await page.waitForURL(/neutral\.html$/)
    expect(page.url()).toMatch(/neutral\.html$/)
  })

  test('the neutral page makes no request to another host', async ({ page, baseURL }) => {
    const hosts = new Set<string>()
    page.on('request', req => hosts.add(new URL(req.url()).host))
    await page.goto('./neutral.html')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect([...hosts]).toEqual([new URL(baseURL!).host])
  })
})

test.describe('safety module: quiz feedback', () => {
  test('a wrong answer gets compassionate, sourced feedback; the right one is confirmed', async ({ page }) => {
    const final = quiz('safety/final')
    const q = final.questions.find(x => x.id === 'f-pay')!
    await openSlide(page, mod, slides.questions.get('safety/final:f-pay')!)
    const scope = page.locator('[data-question="safety/final:f-pay"]')
    if (q.type !== 'true-false')
      throw new Error('f-pay should be true-false')
    await answerPart(page, scope, q, true)
    await check(page, scope)
    await expect(scope).toContainText('understandable')
    await expect(scope).toContainText('FBI')
  })

  test('the "what would you do" scenario explains every choice without blame', async ({ page }) => {
    const checks = quiz('safety/checks')
    const scenario = checks.questions.find(x => x.id === 'what-would-you-do')!
    if (scenario.type !== 'scenario')
      throw new Error('what-would-you-do should be a scenario')
    await openSlide(page, mod, slides.questions.get('safety/checks:what-would-you-do')!)
    const scope = page.locator('[data-question="safety/checks:what-would-you-do"]')
    const [first, second, third] = scenario.questions
    await answerPart(page, scope, first!, 'pay')
    await answerPart(page, scope, second!, correctResponse(second!))
    await answerPart(page, scope, third!, correctResponse(third!))
    await check(page, scope)
    // The understandable-but-unhelpful choice is met with compassion and the reason, never mockery.
    await expect(scope).toContainText('completely understandable')
    await expect(scope).toContainText('FBI and the NCA')
  })
})
