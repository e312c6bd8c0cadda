/**
 * The privacy note on the course home tells the truth: after a learner has used a module, the
 * final assessment, the certificate, the presenter view and the colour choice, every key in the browser's local and session storage is one
 * the note names, nothing sits in IndexedDB, the offline cache holds only the site's own files, and
 * "Reset my progress" removes every key the course wrote.
 */
import { expect, test } from '@playwright/test'
import { modules } from '../../modules.ts'
import { FINAL_KEY } from '../../quizzes/engine/attempts.ts'
import { quiz, slideNumbers } from './support/deck.ts'
import { finalState, passedAttempt } from './support/final.ts'
import { answerPart, check, correctResponse, openSlide } from './support/keyboard.ts'

test('everything the course stores is named in the privacy note, and reset removes it all', async ({ page }) => {
  const mod = modules[0]!
  const final = quiz(mod.quiz)
  const q = final.questions.find(x => x.type === 'single')!
  if (q.type !== 'single')
    throw new Error('unreachable')

  // A learner's visit: the home, a colour choice, a quiz answer, the presenter view.
  await page.goto('./')
  await page.getByRole('radio', { name: 'Dark' }).check()
  const n = slideNumbers(mod.id).questions.get(`${final.id}:${q.id}`)!
  await openSlide(page, `./${mod.id}`, n)
  const scope = page.locator(`[data-question="${final.id}:${q.id}"]`)
  await answerPart(page, scope, q, correctResponse(q))
  await check(page, scope)
  await expect(scope.getByRole('status')).toContainText('Correct.')
  // The final assessment keeps its attempts under a key of its own.
  await openSlide(page, './final', slideNumbers('final').finalStart)
  await page.getByRole('button', { name: 'Start attempt 1' }).click()
  await expect(page.getByText('Attempts used: 1 of 3.')).toBeVisible()
  // A learner who passed types a name for the certificate, which the browser keeps too.
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [FINAL_KEY, JSON.stringify(finalState(passedAttempt(7, '2026-12-03T10:00:00.000Z', '2026-12-03T10:20:00.000Z')))])
  await page.goto('./certificate/')
  await page.getByLabel('Your name, as it should be printed').fill('Asha Rao')
  await expect(page.getByTestId('certificate-name')).toHaveText('Asha Rao')
  await page.goto(`./${mod.id}/#/presenter/${n}`)
  await expect(page.getByRole('button', { name: 'Reveal answer to audience' })).toBeVisible()

  await page.goto('./')
  const note = page.getByRole('region', { name: 'Privacy: what this course stores' })
  // What the note names: whole keys, and prefixes (written ending in "-").
  const named = await note.locator('code').allInnerTexts()
  expect(named.length, 'keys named in the note').toBeGreaterThan(1)
  const covered = (key: string) => named.some(n => n.endsWith('-') ? key.startsWith(n) : key === n)

  const keys = await page.evaluate(() => Object.keys(localStorage))
  expect(keys.length, 'the visit stored something').toBeGreaterThan(0)
  expect(keys.filter(k => !covered(k)), 'keys the privacy note does not name').toEqual([])
  const sessionKeys = await page.evaluate(() => Object.keys(sessionStorage))
  expect(sessionKeys.filter(k => !covered(k)), 'session storage keys the privacy note does not name').toEqual([])
  expect(await page.evaluate(async () => (await indexedDB.databases()).map(d => d.name)), 'IndexedDB').toEqual([])
  // The offline copy: only the site's own files.
  const cached = await page.evaluate(async () => {
    const urls: string[] = []
    for (const name of await caches.keys())
      urls.push(...(await (await caches.open(name)).keys()).map(r => r.url))
    return urls
  })
  expect(cached.filter(url => new URL(url).origin !== new URL(page.url()).origin), 'cached files from elsewhere').toEqual([])

  await page.getByRole('button', { name: 'Reset my progress' }).click()
  await page.getByRole('button', { name: 'Yes, delete my progress' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'progress was reset' })).toBeVisible()
  expect(await page.evaluate(() => Object.keys(localStorage)), 'keys left after reset').toEqual([])
  expect(await page.evaluate(() => Object.keys(sessionStorage)), 'session keys left after reset').toEqual([])
})
