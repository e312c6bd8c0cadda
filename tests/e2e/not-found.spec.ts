/**
 * An address that is no page of the course, at any depth, shows the course's own "page not found" page
 * (status 404) whose link leads to the course home, also when the site lives in a sub-folder (/course/
 * here), outside that folder, and offline. Its accessibility in three views is checked in every-slide.spec.ts.
 */
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

const home = '/course/'
const missing = ['/course/leak-story/x/y', '/course/leak-story/x', '/course/nope', '/course/nope/deeper/path']

async function expectNotFoundPage(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expect(page).toHaveTitle(/^Page not found/)
}

async function followHomeLink(page: Page) {
  await page.getByRole('link', { name: 'Go to the course home' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Messaging leaks' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Modules' })).toBeVisible()
  expect(new URL(page.url()).pathname).toBe(home)
}

for (const path of missing) {
  test(`${path} shows the course's "page not found" page, whose link leads to the course home`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expectNotFoundPage(page)
    await followHomeLink(page)
  })
}

test('an address outside the course\'s folder gets the same page, linking into the folder', async ({ page }) => {
  const response = await page.goto('/nope')
  expect(response?.status()).toBe(404)
  await expectNotFoundPage(page)
  await followHomeLink(page)
})

test('the page follows a device set to dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/course/nope')
  await expectNotFoundPage(page)
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)')
})

test('offline, an unknown address gets the same page from the offline copy, and its link the home', async ({ page, context }) => {
  await page.goto(home)
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0)
  await context.setOffline(true)
  const response = await page.goto('/course/leak-story/x/y')
  expect(response?.status()).toBe(404)
  await expectNotFoundPage(page)
  await followHomeLink(page)
})

test('a module\'s address without its closing slash opens the module, not a blank page', async ({ page }) => {
  await page.goto('/course/leak-story#/2')
  expect(new URL(page.url()).pathname).toBe('/course/leak-story/')
  await expect(page.locator('[data-slidev-no="2"] .slidev-layout h1').first()).toBeVisible()
})
