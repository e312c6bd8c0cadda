/**
 * Light and dark colours: the slides follow the device setting, a choice made on the course home
 * holds on the slides and the other way round, and "Reset my progress" returns to the device setting.
 * (Contrast in both themes is checked by axe in every-slide.spec.ts and by tests/unit/palette.test.ts.)
 */
import { expect, test } from '@playwright/test'
import { COLOR_SCHEME_KEY } from '../../composables/useColorScheme.ts'
import { modules } from '../../modules.ts'
import { openSlide } from './support/keyboard.ts'

const mod = modules[0]!
const isDark = /\bdark\b/

test('the slides and the home follow a device set to dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openSlide(page, `./${mod.id}`, 1)
  await expect(page.locator('html')).toHaveClass(isDark)
  await page.goto('./')
  await expect(page.locator('html')).toHaveClass(isDark)
  await expect(page.getByRole('radio', { name: 'Same as my device' })).toBeChecked()
  // The background really changes: this is what a learner sees, not just a class name.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)')
})

test('a colour choice made on the home holds on the slides, and one made on the slides holds on the home', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('./')
  await expect(page.locator('html')).not.toHaveClass(isDark)
  await page.getByRole('radio', { name: 'Dark' }).check()
  await expect(page.locator('html')).toHaveClass(isDark)
  expect(await page.evaluate(key => localStorage.getItem(key), COLOR_SCHEME_KEY)).toBe('dark')

  await openSlide(page, `./${mod.id}`, 1)
  await expect(page.locator('html')).toHaveClass(isDark)
  // Slidev's own switch in the slide controls turns it back to light.
  await page.locator('#slide-content').hover()
  await page.getByRole('button', { name: 'Switch to light mode theme' }).click()
  await expect(page.locator('html')).not.toHaveClass(isDark)

  await page.goto('./')
  await expect(page.locator('html')).not.toHaveClass(isDark)
  await expect(page.getByRole('radio', { name: 'Same as my device' })).toBeChecked()
})

test('resetting progress also forgets the colour choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('./')
  await page.getByRole('radio', { name: 'Dark' }).check()
  await expect(page.locator('html')).toHaveClass(isDark)
  await page.getByRole('button', { name: 'Reset my progress' }).click()
  await page.getByRole('button', { name: 'Yes, delete my progress' }).click()
  await expect(page.locator('html')).not.toHaveClass(isDark)
  await expect(page.getByRole('radio', { name: 'Same as my device' })).toBeChecked()
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([])
})
