/**
 * Quiz text is shown as text, never run as HTML: a fixture quiz full of markup
 * (tests/fixtures/hostile/, built by `npm test` into .build/fixtures/hostile/, outside the site, and served by the tests at
 * __fixtures__/hostile/) stays inert.
 */
import { expect, test } from '@playwright/test'
import { openSlide } from './support/keyboard.ts'

test('markup and scripts in quiz text are shown as text and never run', async ({ page }) => {
  await openSlide(page, './__fixtures__/hostile', 1)
  const scope = page.locator('[data-question="hostile/final:markup"]')
  await expect(scope).toContainText('<img src=x onerror="window.__pwned = \'prompt\'"> Which is text?')
  await expect(scope).toContainText('<script>window.__pwned = \'option\'</script>')
  await expect(scope.locator('img, script, svg, b')).toHaveCount(0)

  await scope.getByText('bold</b>').hover()
  await scope.locator('input[value="a"]').check()
  await scope.getByRole('button', { name: 'Check' }).click()
  await expect(scope).toContainText('<img src=x onerror="window.__pwned = \'feedback\'">')
  await expect(scope.locator('img, script, svg, b')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined()
})
