/**
 * The keyboard walk itself (tests/e2e/support/keyboard.ts, used on every module quiz question) must
 * catch a control that Tab cannot reach and a control without a visible focus outline, or its passes
 * would mean nothing.
 */
import { expect, test } from '@playwright/test'
import { modules } from '../../modules.ts'
import { quiz, slideNumbers } from './support/deck.ts'
import { expectTabWalk, openSlide } from './support/keyboard.ts'

const mod = modules[0]!
const final = quiz(mod.quiz)
const first = final.questions[0]!
const key = `${final.id}:${first.id}`

test.beforeEach(async ({ page }) => {
  await openSlide(page, `./${mod.id}`, slideNumbers(mod.id).questions.get(key)!)
})

test('the keyboard walk passes on an untouched question', async ({ page }) => {
  await expectTabWalk(page, page.locator(`[data-question="${key}"]`))
})

test('the keyboard walk fails when a control is out of the tab order', async ({ page }) => {
  const scope = page.locator(`[data-question="${key}"]`)
  await scope.getByRole('button', { name: 'Check' }).evaluate(el => el.setAttribute('tabindex', '-1'))
  await expect(expectTabWalk(page, scope)).rejects.toThrow('controls met with Tab')
})

test('the keyboard walk fails when focus is not visible', async ({ page }) => {
  const scope = page.locator(`[data-question="${key}"]`)
  await scope.getByRole('button', { name: 'Check' }).evaluate(el => (el as HTMLElement).style.setProperty('outline', 'none', 'important'))
  await expect(expectTabWalk(page, scope)).rejects.toThrow('a visible focus outline')
})
