/**
 * The final assessment, by keyboard alone: a pass with a reload that keeps the attempt, a retake that
 * is a new draw, and a fail whose breakdown links each missed objective to the module section to revisit.
 */
import type { Page } from '@playwright/test'
import type { FinalState } from '../../quizzes/engine/attempts'
import type { Question } from '../../quizzes/engine/schema'
import { expect, test } from '@playwright/test'
import { FINAL_KEY } from '../../quizzes/engine/attempts'
import { expectNoAxeViolations } from './support/axe.ts'
import { printedQuestions, quiz, slideNumbers } from './support/deck.ts'
import { answerPart, check, correctResponse, openSlide, tabTo, wrongResponse } from './support/keyboard.ts'

const slides = slideNumbers('final')
const START = slides.finalStart
const firstQuestion = slides.finalFirst
const scoreSlide = slides.total - 1

async function savedAttempts(page: Page): Promise<FinalState['attempts']> {
  const raw = await page.evaluate(key => localStorage.getItem(key), FINAL_KEY)
  return raw ? (JSON.parse(raw) as FinalState).attempts : []
}

/** Answers every question of the open attempt by keyboard, right or wrong. */
async function answerAll(page: Page, right: boolean): Promise<void> {
  const attempt = (await savedAttempts(page)).at(-1)!
  for (const [i, d] of attempt.draw.entries()) {
    const q: Question = quiz(d.quiz).questions.find(x => x.id === d.id)!
    await openSlide(page, './final', firstQuestion + i)
    const scope = page.locator(`[data-question="final:${i + 1}"]`)
    for (const part of q.type === 'scenario' ? q.questions : [q])
      await answerPart(page, scope, part, right ? correctResponse(part) : wrongResponse(part))
    await check(page, scope)
    await expect(scope.getByRole('status')).toContainText(right ? 'Correct.' : /Not correct|Partly correct/)
    await expect(scope.locator('.quiz-result')).toBeFocused()
  }
}

async function startByKeyboard(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole('button', { name }))
  await page.keyboard.press('Enter')
}

test('a keyboard learner passes the final; a reload keeps the attempt; a retake is a new draw', async ({ page }) => {
  // Only a guard against a hang: 21 questions, a few seconds each.
  test.setTimeout(240_000)
  await openSlide(page, './final', START)
  await startByKeyboard(page, 'Start attempt 1')
  await expect(page.getByText('Attempt 1 has started.')).toBeVisible()
  await answerAll(page, true)

  await openSlide(page, './final', scoreSlide)
  const total = page.locator('.quiz-score-total')
  await expect(total).toContainText('100%')
  await expect(total).toContainText('Passed (pass mark 80%)')
  await expect(page.getByText('You answered a question for every objective fully correctly.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Get your certificate' })).toHaveAttribute('href', '../certificate/')
  await expectNoAxeViolations(page, 'final score, passed')

  // The attempt, its draw and its answers survive a reload, and the question slides agree with it.
  const [first] = await savedAttempts(page)
  // Answering the last question recorded when the attempt was finished (the certificate's date).
  expect(Date.parse(first!.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(first!.startedAt))
  await page.reload()
  await expect(total).toContainText('100%')
  await openSlide(page, './final', firstQuestion)
  await expect(page.locator('[data-question="final:1"] .quiz-result')).toContainText('✓ Correct')

  await openSlide(page, './final', scoreSlide)
  await startByKeyboard(page, 'Start attempt 2: a new draw')
  const attempts = await savedAttempts(page)
  expect(attempts).toHaveLength(2)
  expect(attempts[1]!.seed).not.toBe(first!.seed)
  expect(attempts[1]!.draw.map(d => d.id)).not.toEqual(first!.draw.map(d => d.id))
  // The earlier attempt's score is kept and shown on the start page.
  await openSlide(page, './final', START)
  await expect(page.getByText('Attempt 1: 100%, passed')).toBeVisible()
  await expect(page.getByText('Attempt 2 is in progress: 0 of 21 questions answered.')).toBeVisible()
})

test('a keyboard learner fails the final and is sent to the module sections to revisit', async ({ page }) => {
  test.setTimeout(240_000)
  await openSlide(page, './final', START)
  await startByKeyboard(page, 'Start attempt 1')
  await answerAll(page, false)

  await openSlide(page, './final', scoreSlide)
  await expect(page.locator('.quiz-score-total')).toContainText('Not passed (pass mark 80%)')
  const links = page.locator('.final-revisit a')
  await expect(links).toHaveCount(21)
  await expect(page.getByRole('link', { name: 'Get your certificate' })).toHaveCount(0)
  await expect(links.first()).toHaveText('Reading a leak story: "Which claims can be checked?"')
  await expectNoAxeViolations(page, 'final score, not passed')
  await tabTo(page, links.first())
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/leak-story\/#\/7$/)
  await expect(page.getByRole('heading', { name: 'Which claims can be checked?' })).toBeVisible()
})

test('in the presenter view the trainer sees the printed draw\'s answer key; the audience sees it only after the reveal', async ({ context }) => {
  // Neither window has an attempt: the presenter shows the draw the handout and key print.
  const audience = await context.newPage()
  await openSlide(audience, './final', firstQuestion)
  const presenter = await context.newPage()
  await presenter.goto(`./final/#/presenter/${firstQuestion}`)
  const printed = printedQuestions('final')[0]!
  const trainerView = presenter.locator('.mode-presenter[data-question="final:1"]')
  await expect(trainerView).toContainText(printed.prompt.slice(0, 40))
  await expect(trainerView.locator('.quiz-answer-key').first()).toContainText('Correct')
  await expectNoAxeViolations(presenter, 'the final in the presenter view')

  const audienceView = audience.locator('[data-question="final:1"]')
  await expect(audienceView.locator('.quiz-answer-key')).toHaveCount(0)
  await trainerView.getByRole('button', { name: 'Reveal answer to audience' }).click()
  // The right answer is marked on the options themselves, and the explanation follows.
  await expect(audienceView.getByText(/Correct answer|Correct match|In the right place/).first()).toBeVisible()
  await expect(audienceView.locator('.quiz-answer-key:visible')).toHaveCount(1)
  await trainerView.getByRole('button', { name: 'Hide answer from audience' }).click()
  await expect(audienceView.locator('.quiz-answer-key')).toHaveCount(0)
})
