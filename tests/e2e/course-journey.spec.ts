/**
 * The course as a learner goes through it over several visits: progress saved by the previous
 * version still counts after the upgrade, a module quiz is retaken (the earlier score kept, the best
 * counting, other modules untouched), a module is started again from the home, and a module reopens
 * with an offer to continue at the slide where the learner left it; a browser that will not store
 * progress is named on the home.
 */
import type { Page } from '@playwright/test'
import type { LoadedQuiz, SimpleQuestion } from '../../quizzes/engine/schema'
import { expect, test } from '@playwright/test'
import { learningModules } from '../../modules.ts'
import { STORAGE_KEY } from '../../quizzes/engine/progress'
import { scoreQuiz } from '../../quizzes/engine/score'
import { expectNoAxeViolations } from './support/axe.ts'
import { quiz, slideNumbers } from './support/deck.ts'
import { correctResponse, openSlide, tabTo, wrongResponse } from './support/keyboard.ts'

/** Checked answers to every question of `q`, the first `wrong` of them not correct: as the course saves them. */
function finishedAnswers(q: LoadedQuiz, wrong: number) {
  const respond = (part: SimpleQuestion, right: boolean) => right ? correctResponse(part) : wrongResponse(part)
  return Object.fromEntries(q.questions.map((question, i) => [question.id, {
    response: question.type === 'scenario' ? Object.fromEntries(question.questions.map(p => [p.id, respond(p, i >= wrong)])) : respond(question, i >= wrong),
    checked: true,
    attempts: 1,
  }]))
}

const [first, second] = learningModules as [typeof learningModules[0], typeof learningModules[0]]
const firstQuiz = quiz(first.quiz)
const secondQuiz = quiz(second.quiz)
const scoreOf = (answers: ReturnType<typeof finishedAnswers>) => scoreQuiz(secondQuiz, Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.response])))
/** The second module's quiz finished with just enough wrong answers to miss its pass mark. */
const secondAnswers = secondQuiz.questions.map((_, i) => finishedAnswers(secondQuiz, i + 1)).find(a => !scoreOf(a).passed)!
const secondPercent = Math.round(scoreOf(secondAnswers).percent)

/** Progress exactly as version 1 of the course saved it: the first module passed, the second finished below the pass mark. */
const version1 = {
  version: 1,
  seed: 1838163443,
  modules: { [first.id]: { startedAt: '2026-11-20T09:00:00.000Z' }, [second.id]: { startedAt: '2026-11-21T09:00:00.000Z' } },
  answers: { [first.quiz]: finishedAnswers(firstQuiz, 0), [second.quiz]: secondAnswers },
}

async function openHomeWith(page: Page, saved: unknown): Promise<void> {
  await page.goto('./')
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify(saved)])
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Modules' })).toBeVisible()
}

test('progress saved by the previous version counts; a retake keeps the earlier score; starting a module again leaves the others', async ({ page }) => {
  await openHomeWith(page, version1)
  // The upgrade kept both scores; modules are numbered from 1 and counted as a learner counts them.
  await expect(page.getByRole('link', { name: `1. ${first.title}` })).toBeVisible()
  await expect(page.getByRole('link', { name: `2. ${second.title}` })).toBeVisible()
  await expect(page.getByTestId(`status-${first.id}`)).toHaveText('Passed')
  await expect(page.getByTestId(`score-${first.id}`)).toHaveText('100%')
  await expect(page.getByTestId(`status-${second.id}`)).toHaveText('Finished, not passed')
  await expect(page.getByTestId(`score-${second.id}`)).toHaveText(`${secondPercent}%`)
  await expect(page.getByTestId('modules-passed')).toContainText(`1 of ${learningModules.length} modules passed.`)
  await expect(page.getByTestId('status-final')).toHaveText('Not started')
  await expectNoAxeViolations(page, 'course home with two modules finished')

  // Retake the second module's quiz from its score slide, by keyboard: it opens at the first question, unanswered.
  const slides = slideNumbers(second.id)
  await openSlide(page, `./${second.id}`, slides.scores.get(second.quiz)!)
  await tabTo(page, page.getByRole('button', { name: 'Retake this quiz' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/${slides.firstQuestion.get(second.quiz)}$`))
  const q1 = secondQuiz.questions[0]!
  await expect(page.locator(`[data-question="${second.quiz}:${q1.id}"] .quiz-result`)).toHaveCount(0)
  await openSlide(page, `./${second.id}`, slides.scores.get(second.quiz)!)
  await expect(page.getByTestId('earlier-attempts')).toContainText(`Earlier attempts: ${secondPercent}%.`)
  await expect(page.locator('.quiz-score-total')).toContainText(`0 of ${secondQuiz.questions.length} questions answered`)

  // The home still counts the earlier score as the best; the first module is untouched.
  await page.goto('./')
  await expect(page.getByTestId(`score-${second.id}`)).toHaveText(`${secondPercent}%`)
  await expect(page.getByTestId(`status-${first.id}`)).toHaveText('Passed')
  await expect(page.getByTestId(`score-${first.id}`)).toHaveText('100%')

  // "Start this module again" on the first module: confirmed inline, its answers go, its passed score stays.
  const card = page.locator(`[data-module="${first.id}"]`)
  await tabTo(page, card.getByRole('button', { name: 'Start this module again' }))
  await page.keyboard.press('Enter')
  await expect(card.getByRole('button', { name: 'Yes, start again' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(card.getByRole('status')).toContainText('starts afresh at slide 1')
  await expect(page.getByTestId(`status-${first.id}`)).toHaveText('Passed')
  await expect(page.getByTestId(`score-${first.id}`)).toHaveText('100%')
  await expect(page.getByTestId(`score-${second.id}`)).toHaveText(`${secondPercent}%`)
  const saved = await page.evaluate(key => JSON.parse(localStorage.getItem(key!)!), STORAGE_KEY)
  expect(saved.version).toBe(2)
  expect(saved.answers[first.quiz]).toBeUndefined()
  expect(saved.history[first.quiz]).toEqual([expect.objectContaining({ percent: 100, passed: true })])
  expect(saved.history[second.quiz]).toEqual([expect.objectContaining({ passed: false })])
})

test('a module reopens with an offer to continue at the slide the learner left', async ({ page }) => {
  const mod = first
  await openSlide(page, `./${mod.id}`, 2)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/#\/4$/)

  // Opening the module again (a new visit, not a jump inside the open deck) at its start: one offer,
  // reachable by keyboard, not a dialog.
  await page.goto('./')
  await openSlide(page, `./${mod.id}`, 1)
  const offer = page.getByRole('region', { name: 'Continue where you left off' })
  await expect(offer).toContainText('Last time you stopped at slide 4.')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expectNoAxeViolations(page, 'the offer to continue')
  await tabTo(page, offer.getByRole('button', { name: 'Continue at slide 4' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/4$/)
  await expect(offer).toHaveCount(0)

  // The home offers the same; "Not now" dismisses the offer and the slides work as before.
  await page.goto('./')
  await expect(page.locator(`[data-module="${mod.id}"]`).getByRole('link', { name: 'Continue at slide 4' })).toHaveAttribute('href', `./${mod.id}/#/4`)
  await expectNoAxeViolations(page, 'course home with a module to continue')
  await openSlide(page, `./${mod.id}`, 1)
  await tabTo(page, offer.getByRole('button', { name: 'Not now' }))
  await page.keyboard.press('Enter')
  await expect(offer).toHaveCount(0)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/#\/2$/)
})

test('the course home says so when the browser will not keep progress', async ({ page }) => {
  // As in private browsing with site data blocked: reading works, every write is refused.
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  await page.goto('./')
  await expect(page.getByRole('alert')).toContainText('This browser is not letting the course save your progress')
  await expect(page.getByRole('heading', { name: 'Modules' })).toBeVisible()
  await expectNoAxeViolations(page, 'course home with storage refused')
})
