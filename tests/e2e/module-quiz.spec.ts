/**
 * Every module's scored quiz, taken with the keyboard alone: answers, feedback, score, resume after
 * reload, the course home's score and reset. Loops over modules.ts, so a new module is covered too.
 */
import type { SimpleQuestion } from '../../quizzes/engine/schema'
import { expect, test } from '@playwright/test'
import { learningModules as modules } from '../../modules.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { quiz, slideNumbers } from './support/deck.ts'
import { answerPart, check, correctResponse, expectTabWalk, moveToSlide, openSlide } from './support/keyboard.ts'

for (const mod of modules) {
  test.describe(`module "${mod.id}"`, () => {
    const final = quiz(mod.quiz)
    const slides = slideNumbers(mod.id)

    test('a keyboard-only learner answers every knowledge check and scenario step correctly', async ({ page }) => {
      const checks = [...slides.questions.keys()].filter(key => !key.startsWith(`${final.id}:`))
      // Only a guard against a hang; each question takes a few seconds.
      test.setTimeout(60_000 + checks.length * 20_000)
      expect(checks.length, 'knowledge checks in the deck').toBeGreaterThanOrEqual(2)
      for (const [i, key] of checks.entries()) {
        const [quizId, id] = key.split(':') as [string, string]
        const q = quiz(quizId).questions.find(x => x.id === id)!
        // One page load, then from question to question inside the page, as the learner moves on.
        const n = slides.questions.get(key)!
        await (i === 0 ? openSlide(page, `./${mod.id}`, n) : moveToSlide(page, n))
        const scope = page.locator(`[data-question="${key}"]`)
        for (const part of q.type === 'scenario' ? q.questions : [q])
          await answerPart(page, scope, part, correctResponse(part))
        await check(page, scope)
        await expect(scope.getByRole('status')).toContainText('Correct.')
        // A correct knowledge check shows why, with its source (a case: for the part on screen; where
        // the slide has no room, one click away under "Why, and the sources"); the feedback state is
        // accessible too.
        await expect(scope.locator('.quiz-explanation:visible, details.quiz-more:has(.quiz-explanation) > summary:visible')).toHaveCount(1)
        await expectNoAxeViolations(page, `${key} after checking`)
      }
    })

    test('a keyboard-only learner takes the module quiz, gets feedback, and keeps answers and score after a reload', async ({ page }) => {
      // Only a guard against a hang; each question takes a few seconds.
      test.setTimeout(60_000 + final.questions.length * 20_000)
      // This learner's device is set to dark, so every feedback state is also checked in the dark theme
      // (the knowledge checks above run in light).
      await page.emulateMedia({ colorScheme: 'dark' })
      // The Tab walk on the first question of each type (and each case): questions of one type have the
      // same controls, so a walk on every one of them repeated the same keys; answering stays keyboard-only throughout.
      const walked = new Set<string>()
      for (const [i, q] of final.questions.entries()) {
        const n = slides.questions.get(`${final.id}:${q.id}`)!
        // One page load, then from question to question inside the page, as the learner moves on.
        await (i === 0 ? openSlide(page, `./${mod.id}`, n) : moveToSlide(page, n))
        const scope = page.locator(`[data-question="${final.id}:${q.id}"]`)
        const parts: SimpleQuestion[] = q.type === 'scenario' ? q.questions : [q]
        // Tab and Shift+Tab reach every control of the question, visibly, without changing slide.
        const kind = q.type === 'scenario' ? `scenario:${q.questions.map(p => p.type).join(',')}` : q.type
        if (!walked.has(kind)) {
          walked.add(kind)
          await expectTabWalk(page, scope)
        }
        // The live region is on the page, empty, before the answer is checked: that is what makes a
        // screen reader announce the feedback when it is filled in.
        await expect(scope.getByRole('status')).toHaveText('')
        for (const part of parts)
          await answerPart(page, scope, part, correctResponse(part))
        await check(page, scope)
        await expect(page.locator('html')).toHaveClass(/\bdark\b/)
        await expect(scope.getByRole('status')).toContainText('Correct.')
        await expect(scope.locator('.quiz-result')).toContainText('✓ Correct')
        // The Check button is gone; focus moved to the verdict, not to <body>.
        await expect(scope.locator('.quiz-result')).toBeFocused()
        // The explanation and its source are shown after checking a scored question.
        await expect(scope.locator('.quiz-explanation').first()).toContainText(parts[0]!.explanation.slice(0, 40))
        await expectNoAxeViolations(page, `${final.id}:${q.id} after checking`)
      }

      const scoreSlide = slides.scores.get(final.id)!
      await openSlide(page, `./${mod.id}`, scoreSlide)
      await expect(page.locator('.quiz-score-total')).toContainText('100%')
      await expect(page.locator('.quiz-score-total')).toContainText('Passed')

      // A reload resumes exactly: the score and a checked answer are still there.
      await page.reload()
      await expect(page.locator('.quiz-score-total')).toContainText('100%')
      const first = final.questions[0]!
      await openSlide(page, `./${mod.id}`, slides.questions.get(`${final.id}:${first.id}`)!)
      await expect(page.locator(`[data-question="${final.id}:${first.id}"] .quiz-result`)).toContainText('✓ Correct')

      // The course home shows the module's score; resetting clears it.
      await page.goto('./')
      await expect(page.getByTestId(`score-${mod.id}`)).toHaveText('100%')
      await expect(page.getByTestId(`status-${mod.id}`)).toHaveText('Passed')
      await page.getByRole('button', { name: 'Reset my progress' }).click()
      await page.getByRole('button', { name: 'Yes, delete my progress' }).click()
      await expect(page.getByRole('status').filter({ hasText: 'progress was reset' })).toBeVisible()
      await expect(page.getByRole('button', { name: 'Reset my progress' })).toBeFocused()
      await expect(page.getByTestId(`score-${mod.id}`)).toHaveCount(0)
      await expect(page.getByTestId(`status-${mod.id}`)).toHaveText('Not started')
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([])
      await page.reload()
      await expect(page.getByTestId(`status-${mod.id}`)).toHaveText('Not started')
    })
  })
}
