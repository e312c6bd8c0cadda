/** After one visit the course works with the network off: home, a module, a quiz, saved progress, the certificate page. */
import { expect, test } from '@playwright/test'
import { modules } from '../../modules.ts'
import { quiz, slideNumbers } from './support/deck.ts'
import { answerPart, check, correctResponse, openSlide } from './support/keyboard.ts'

test('the course works offline after one visit', async ({ page, context }) => {
  const mod = modules[0]!
  await page.goto('./')
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  // The worker has precached the whole site once it is active.
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Modules' })).toBeVisible()

  const final = quiz(mod.quiz)
  const q = final.questions.find(x => x.type === 'single')!
  await openSlide(page, `./${mod.id}`, slideNumbers(mod.id).questions.get(`${final.id}:${q.id}`)!)
  const scope = page.locator(`[data-question="${final.id}:${q.id}"]`)
  if (q.type !== 'single')
    throw new Error('unreachable')
  await answerPart(page, scope, q, correctResponse(q))
  await check(page, scope)
  await expect(scope.getByRole('status')).toContainText('Correct.')

  await page.goto('./')
  await expect(page.getByTestId(`score-${mod.id}`)).toBeVisible()
  // The certificate page (and its code checker) opens offline too.
  await page.goto('./certificate/')
  await expect(page.getByRole('heading', { name: 'Check a certificate code' })).toBeVisible()
})
