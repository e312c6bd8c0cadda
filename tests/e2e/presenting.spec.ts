/**
 * A trainer presenting the static site from one laptop: the presenter view on the laptop's screen, the
 * learner's window on the projector, both in one browser (one context here), kept in step over a
 * BroadcastChannel. The reveal is in reach without scrolling and on the `r` key; after a reveal the
 * projector shows the correct answer marked and its explanation in view; and while a presenter view is
 * open the projector never shows correctness before the reveal nor records anything, so what the
 * presenter view says about the audience screen is true.
 */
import type { BrowserContext, Page } from '@playwright/test'
import type { SimpleQuestion } from '../../quizzes/engine/schema'
import { expect, test } from '@playwright/test'
import { modules } from '../../modules.ts'
import { FINAL_KEY } from '../../quizzes/engine/attempts.ts'
import { STORAGE_KEY } from '../../quizzes/engine/progress.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { quiz, slideNumbers } from './support/deck.ts'
import { answerPart, check, openSlide } from './support/keyboard.ts'

const mod = modules[0]!
const slides = slideNumbers(mod.id)
const questionOf = (key: string) => quiz(key.split(':')[0]!).questions.find(q => q.id === key.split(':')[1])!
/** The module's two-part case: the longest question, whose reveal button used to be below the fold. */
const [caseKey, caseSlide] = [...slides.questions].find(([k]) => questionOf(k).type === 'scenario')!
const finalSlides = slideNumbers('final')

/**
 * Wholly in view: the slide is scaled to the window, and the browser's intersection ratio of a scaled
 * element that is fully inside comes out a hair under 1 (0.9999996 measured), so 1 is never reached.
 */
const WHOLLY = { ratio: 0.99 }

const SIZES = [{ width: 1280, height: 720 }, { width: 1440, height: 900 }, { width: 1920, height: 1080 }]

/** The audience window first (on the projector), then the presenter view of the same slide. */
async function present(context: BrowserContext, deck: string, n: number, key: string): Promise<{ audience: Page, presenter: Page }> {
  const audience = await context.newPage()
  await openSlide(audience, deck, n)
  const presenter = await context.newPage()
  await presenter.goto(`${deck}/#/presenter/${n}`)
  // `r` acts on the reveal of the slide shown, so the trainer's slide must be drawn first.
  await expect(presenter.locator(`.mode-presenter[data-question="${key}"]`).getByRole('button', { name: /answer (to|from) audience/ })).toBeVisible()
  return { audience, presenter }
}

/** The progress a learner has saved: answers only (visits and the slide reached are not answers). */
async function savedAnswers(page: Page): Promise<unknown> {
  return JSON.parse(await page.evaluate(k => localStorage.getItem(k), STORAGE_KEY) ?? '{}').answers ?? {}
}

for (const { deck, n, key, what } of [
  { deck: `./${mod.id}`, n: caseSlide, key: caseKey, what: 'the module\'s two-part case' },
  { deck: './final', n: finalSlides.finalFirst, key: 'final:1', what: 'the final\'s first question' },
]) {
  test(`on ${what}, the reveal is in view of the presenter view at every laptop size, and \`r\` reveals and hides`, async ({ context }) => {
    const { audience, presenter } = await present(context, deck, n, key)
    const trainerView = presenter.locator(`.mode-presenter[data-question="${key}"]`)
    const audienceView = audience.locator(`[data-question="${key}"]`)
    for (const size of SIZES) {
      await presenter.setViewportSize(size)
      const reveal = trainerView.getByRole('button', { name: 'Reveal answer to audience' })
      await expect(reveal, `the reveal button at ${size.width}x${size.height}`).toBeInViewport(WHOLLY)
      await expect(reveal).toHaveAttribute('aria-keyshortcuts', 'r')
      await expect(reveal).toContainText('R')
      await expect(trainerView.getByText('The audience screen does not show the answer yet.')).toBeInViewport(WHOLLY)

      await presenter.keyboard.press('r')
      // The right answer is marked on the options themselves, and the explanation follows.
      await expect(audienceView.getByText(/Correct answer|Correct match|In the right place/).first()).toBeVisible()
      await expect(audienceView.locator('.quiz-answer-key:visible')).toHaveCount(1)
      await expect(trainerView.getByRole('button', { name: 'Hide answer from audience' })).toBeInViewport(WHOLLY)
      await expect(trainerView.getByText('The audience screen shows the answer.')).toBeVisible()
      await presenter.keyboard.press('r')
      await expect(audienceView.locator('.quiz-answer-key')).toHaveCount(0)
      await expect(reveal).toBeVisible()
    }
    await expectNoAxeViolations(presenter, `the presenter view of ${what}`)
    await presenter.emulateMedia({ colorScheme: 'dark' })
    await expect(presenter.locator('html')).toHaveClass(/\bdark\b/)
    await expectNoAxeViolations(presenter, `the presenter view of ${what}, dark`)
  })
}

test('`r` reveals only the presenter view\'s current slide, and does nothing in the learner\'s window', async ({ context }) => {
  const { audience, presenter } = await present(context, `./${mod.id}`, caseSlide, caseKey)
  // The next question slide is rendered too (the preview, and every slide visited): it must stay hidden.
  const [otherKey, otherSlide] = [...slides.questions].find(([, no]) => no < caseSlide)!
  await presenter.goto(`./${mod.id}/#/presenter/${otherSlide}`)
  await expect(presenter.locator(`.mode-presenter[data-question="${otherKey}"]`).getByRole('button', { name: 'Reveal answer to audience' })).toBeVisible()
  await presenter.goto(`./${mod.id}/#/presenter/${caseSlide}`)
  await presenter.keyboard.press('r')
  const trainerView = presenter.locator(`.mode-presenter[data-question="${caseKey}"]`)
  await expect(trainerView.getByRole('button', { name: 'Hide answer from audience' })).toBeVisible()
  await expect(audience.locator(`[data-question="${caseKey}"] .quiz-answer-key`).first()).toBeVisible()
  await presenter.goto(`./${mod.id}/#/presenter/${otherSlide}`)
  await expect(presenter.locator(`.mode-presenter[data-question="${otherKey}"]`).getByRole('button', { name: 'Reveal answer to audience' })).toBeVisible()
  // Pressed in the projector's own window, `r` reveals nothing.
  await openSlide(audience, `./${mod.id}`, otherSlide)
  await audience.keyboard.press('r')
  await expect(presenter.locator(`.mode-presenter[data-question="${otherKey}"]`).getByText('The audience screen does not show the answer yet.')).toBeVisible()
  await expect(audience.locator(`[data-question="${otherKey}"] .quiz-answer-key`)).toHaveCount(0)
  // A trainer who clicked the button (focus is then on it, where Slidev ignores its shortcuts) can still press `r`.
  const otherView = presenter.locator(`.mode-presenter[data-question="${otherKey}"]`)
  await otherView.getByRole('button', { name: 'Reveal answer to audience' }).click()
  await expect(otherView.getByText('The audience screen shows the answer.')).toBeVisible()
  await presenter.keyboard.press('r')
  await expect(otherView.getByText('The audience screen does not show the answer yet.')).toBeVisible()
  await expect(audience.locator(`[data-question="${otherKey}"] .quiz-answer-key`)).toHaveCount(0)
})

test('after the reveal the projector marks the correct options in words and shows the explanation in view', async ({ context }) => {
  const { audience, presenter } = await present(context, `./${mod.id}`, caseSlide, caseKey)
  const q = questionOf(caseKey)
  const part = (q.type === 'scenario' ? q.questions[0]! : q) as Extract<SimpleQuestion, { type: 'multiple' }>
  const audienceView = audience.locator(`[data-question="${caseKey}"]`)
  await presenter.keyboard.press('r')
  for (const option of part.options) {
    const choice = audienceView.locator('.quiz-choice').filter({ hasText: option.text })
    await (part.answer.includes(option.id) ? expect(choice).toContainText('✓ Correct answer') : expect(choice).not.toContainText('Correct answer'))
  }
  // At 720p the question's box used to stay at the top with one line of the key peeking out.
  await expect(audienceView.locator('.quiz-explanation').first()).toContainText(part.explanation)
  await expect(audienceView.locator('.quiz-explanation').first()).toBeInViewport(WHOLLY)
  await expectNoAxeViolations(audience, 'the audience screen after a reveal')
  await audience.emulateMedia({ colorScheme: 'dark' })
  await expect(audience.locator('html')).toHaveClass(/\bdark\b/)
  await expectNoAxeViolations(audience, 'the audience screen after a reveal, dark')

  // A matching question: each row names its right match in words.
  const [matchKey, matchSlide] = [...slides.questions].find(([k]) => questionOf(k).type === 'matching')!
  const match = questionOf(matchKey) as Extract<SimpleQuestion, { type: 'matching' }>
  await openSlide(audience, `./${mod.id}`, matchSlide)
  await presenter.goto(`./${mod.id}/#/presenter/${matchSlide}`)
  await expect(presenter.locator(`.mode-presenter[data-question="${matchKey}"]`).getByRole('button', { name: 'Reveal answer to audience' })).toBeVisible()
  await presenter.keyboard.press('r')
  const matchView = audience.locator(`[data-question="${matchKey}"]`)
  const letters = await matchView.locator('.quiz-match-choices li').allInnerTexts()
  const letterOf = (id: string) => letters.find(l => l.endsWith(match.pairs.find(p => p.id === id)!.match))!.slice(0, 1)
  await expect(matchView.locator('.quiz-match-row .quiz-option-feedback')).toHaveText(match.pairs.map(p => `✓ Correct match: ${letterOf(p.id)}`))
  await expect(matchView.locator('.quiz-explanation')).toBeInViewport(WHOLLY)
})

test('while presenting, the projector shows no correctness before the reveal and saves nothing; closing the presenter view gives the learner back their answers', async ({ context }) => {
  const [key, n] = [...slides.questions].find(([k]) => quiz(k.split(':')[0]!).kind === 'check' && questionOf(k).type === 'single')!
  const q = questionOf(key) as Extract<SimpleQuestion, { type: 'single' }>
  const wrong = q.options.find(o => o.id !== q.answer)!
  const other = q.options.find(o => o.id !== q.answer && o.id !== wrong.id)!

  // Self-paced, earlier: the learner answered wrongly and checked.
  const learner = await context.newPage()
  await openSlide(learner, `./${mod.id}`, n)
  const view = learner.locator(`[data-question="${key}"]`)
  await answerPart(learner, view, q, wrong.id)
  await check(learner, view)
  await expect(view.locator('.quiz-result')).toContainText('Not correct')
  const before = await savedAnswers(learner)

  // The trainer opens the presenter view in the same browser: the learner's window is now the projector.
  const presenter = await context.newPage()
  await presenter.goto(`./${mod.id}/#/presenter/${n}`)
  const trainerView = presenter.locator(`.mode-presenter[data-question="${key}"]`)
  await expect(trainerView.getByText('The audience screen does not show the answer yet.')).toBeVisible()
  await expect(view).toContainText('The trainer will reveal the answer')
  await expect(view.locator('.quiz-result, .quiz-option-feedback, .quiz-answer-key')).toHaveCount(0)
  await expect(view.getByRole('radio', { name: wrong.text })).not.toBeChecked()
  await expect(view.getByRole('button', { name: 'Try again' })).toHaveCount(0)

  // Rehearsing on the projector: a choice can be made, but nothing checks it and nothing is saved.
  await view.getByRole('radio', { name: other.text }).check()
  await expect(view.getByRole('button', { name: 'Check' })).toHaveCount(0)
  await learner.keyboard.press('Enter')
  await expect(view.locator('.quiz-result, .quiz-option-feedback, .quiz-answer-key')).toHaveCount(0)
  await expect(view.getByRole('status')).toHaveText('')
  expect(await savedAnswers(learner)).toEqual(before)
  await expect(trainerView.getByText('The audience screen does not show the answer yet.')).toBeVisible()
  await expectNoAxeViolations(learner, 'the audience screen before a reveal')

  // The reveal shows the answer on the projector, as the presenter view then says.
  await trainerView.getByRole('button', { name: 'Reveal answer to audience' }).click()
  await expect(trainerView.getByText('The audience screen shows the answer.')).toBeVisible()
  await expect(view.locator('.quiz-choice').filter({ hasText: q.options.find(o => o.id === q.answer)!.text })).toContainText('Correct answer')
  await expect(view.locator('.quiz-answer-key')).toContainText(q.explanation)
  expect(await savedAnswers(learner)).toEqual(before)

  // The trainer closes the presenter view: the learner's own checked answer is back, and nothing stays revealed.
  await presenter.close({ runBeforeUnload: true })
  await expect(view.getByRole('radio', { name: wrong.text })).toBeChecked()
  await expect(view.locator('.quiz-result')).toContainText('Not correct')
  await expect(view.getByRole('button', { name: 'Try again' })).toBeVisible()
  await expect(view.locator('.quiz-answer-key')).toHaveCount(0)
  await expect(view).not.toContainText('The trainer will reveal the answer')
  expect(await savedAnswers(learner)).toEqual(before)
})

test('while presenting the final, the projector shows none of the open attempt\'s answers and answers nothing into it', async ({ context }) => {
  const learner = await context.newPage()
  await openSlide(learner, './final', finalSlides.finalStart)
  await learner.getByRole('button', { name: 'Start attempt 1' }).click()
  await openSlide(learner, './final', finalSlides.finalFirst)
  const view = learner.locator('[data-question="final:1"]')
  await expect(view.getByRole('button', { name: 'Check' })).toBeVisible()
  const attemptBefore = await learner.evaluate(k => localStorage.getItem(k), FINAL_KEY)

  const presenter = await context.newPage()
  await presenter.goto(`./final/#/presenter/${finalSlides.finalFirst}`)
  await expect(view).toContainText('The trainer will reveal the answer')
  await expect(view.getByRole('button', { name: 'Check' })).toHaveCount(0)
  await view.locator('input').first().check()
  await expect(view.locator('.quiz-result, .quiz-option-feedback, .quiz-answer-key')).toHaveCount(0)
  expect(await learner.evaluate(k => localStorage.getItem(k), FINAL_KEY)).toBe(attemptBefore)
  await expect(presenter.locator('.mode-presenter[data-question="final:1"]').getByRole('button', { name: 'Reveal answer to audience' })).toBeVisible()
  await presenter.keyboard.press('r')
  await expect(view.getByText(/Correct answer|Correct match|In the right place/).first()).toBeVisible()
  await expect(view.locator('.quiz-answer-key:visible')).toHaveCount(1)
  await presenter.close({ runBeforeUnload: true })
  // Back to the learner's attempt: still open on this question, nothing revealed.
  await expect(view.getByRole('button', { name: 'Check' })).toBeVisible()
  await expect(view.locator('.quiz-answer-key')).toHaveCount(0)
  expect(await learner.evaluate(k => localStorage.getItem(k), FINAL_KEY)).toBe(attemptBefore)
})
