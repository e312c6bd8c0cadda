/**
 * The accessibility check itself: it must catch real problems, or "zero violations" on every slide
 * would mean nothing. Breaks a page on purpose in three ways the course must never ship, both on a
 * page that has not been checked yet and on one already checked (where the engine is reused).
 */
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { axeViolations } from './support/axe.ts'

async function breakHomePage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const main = document.querySelector('main')!
    const img = document.createElement('img')
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='
    main.prepend(img)
    const faint = document.createElement('p')
    faint.textContent = 'Faint text nobody can read'
    faint.style.color = '#eeeeee'
    main.prepend(faint)
    for (const label of ['one', 'two']) {
      const button = document.createElement('button')
      button.setAttribute('aria-label', label)
      button.style.cssText = 'width:8px;height:8px;padding:0;margin:0;border:0;min-width:0;min-height:0'
      main.prepend(button)
    }
  })
}

for (const checkedBefore of [false, true]) {
  test(`the accessibility check reports a missing text alternative, faint text and a tiny target (page ${checkedBefore ? 'checked before' : 'not checked before'})`, async ({ page }) => {
    await page.goto('./')
    await expect(page.getByRole('heading', { name: 'Modules' })).toBeVisible()
    if (checkedBefore)
      expect(await axeViolations(page)).toEqual([])
    await breakHomePage(page)
    const ids = (await axeViolations(page)).map(v => v.id)
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'target-size']))
  })
}
