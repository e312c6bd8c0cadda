/**
 * Quiz behaviour in the first module: every question type is present and works by keyboard, a
 * knowledge check allows a retry, partial credit is shown, answer keys name only labels the learner
 * sees and the status speaks of feedback only when there is some, the presenter sees the answer while the
 * audience does not until it is revealed, print shows static lettered options, and damaged saved
 * progress gives a notice instead of a crash.
 */
import type { Locator } from '@playwright/test'
import type { SimpleQuestion } from '../../quizzes/engine/schema'
import { expect, test } from '@playwright/test'
import { modules } from '../../modules.ts'
import { STORAGE_KEY } from '../../quizzes/engine/progress.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { quiz, slideNumbers } from './support/deck.ts'
import { answerPart, check, correctResponse, openSlide, tabTo, wrongResponse } from './support/keyboard.ts'

const mod = modules[0]!
const slides = slideNumbers(mod.id)
const allQuestions = [...slides.questions.keys()].map((key) => {
  const [quizId, questionId] = key.split(':') as [string, string]
  return { quizId, question: quiz(quizId).questions.find(q => q.id === questionId)! }
})

test('the first module uses every question type', () => {
  const types = new Set(allQuestions.flatMap(({ question: q }) => q.type === 'scenario' ? ['scenario', ...q.questions.map(s => s.type)] : [q.type]))
  expect([...types].sort()).toEqual(['matching', 'multiple', 'ordering', 'scenario', 'single', 'true-false'])
})

test('a knowledge check gives feedback on a wrong answer and allows a retry', async ({ page }) => {
  const check1 = allQuestions.find(({ quizId, question }) => quiz(quizId).kind === 'check' && (question.type === 'single' || question.type === 'true-false'))
  test.skip(!check1, 'no single-choice knowledge check in the first module')
  const { quizId, question } = check1!
  const q = question as Extract<SimpleQuestion, { type: 'single' | 'true-false' }>
  await openSlide(page, `./${mod.id}`, slides.questions.get(`${quizId}:${q.id}`)!)
  const scope = page.locator(`[data-question="${quizId}:${q.id}"]`)
  const wrong = q.type === 'single' ? q.options.find(o => o.id !== q.answer)!.id : !q.answer
  await answerPart(page, scope, q, wrong)
  await check(page, scope)
  await expect(scope.getByRole('status')).toContainText('Not correct')
  await expect(scope.locator('.quiz-option-feedback.is-wrong')).toBeVisible()
  await expect(scope.getByRole('status')).toContainText('Read the feedback')
  await expectNoAxeViolations(page, 'a wrong answer\'s feedback')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await expectNoAxeViolations(page, 'a wrong answer\'s feedback, dark')
  await page.emulateMedia({ colorScheme: 'light' })
  // The right answer is not given away before the learner asks for it.
  await expect(scope.locator('.quiz-answer-key')).toHaveCount(0)
  // Focus moves to what comes next, never to <body>: Try again after a wrong answer, then the first option.
  await expect(scope.getByRole('button', { name: 'Try again' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(scope.locator('input').first()).toBeFocused()
  await answerPart(page, scope, q, correctResponse(q))
  await check(page, scope)
  await expect(scope.getByRole('status')).toContainText('Correct.')
  await expect(scope.locator('.quiz-result')).toBeFocused()
  await expect(scope.locator('.quiz-answer-key')).toBeVisible()
})

/** The status names feedback only while some is on screen (a mark or a note beside an answer). */
async function expectFeedbackOnlyIfShown(scope: Locator): Promise<void> {
  const shown = await scope.locator('.quiz-option-feedback').count()
  if (shown === 0)
    await expect(scope.getByRole('status')).not.toContainText(/feedback/i)
  else
    await expect(scope.locator('.quiz-option-feedback').first()).toBeVisible()
}

test('after a wrong ordering or matching answer, the key names only labels the learner sees', async ({ page }) => {
  // The knowledge check of each type, or the module quiz's when the module has no such check (a
  // module quiz shows its key as soon as the answer is checked).
  const pick = (type: 'ordering' | 'matching') => allQuestions.find(({ quizId, question }) => question.type === type && quiz(quizId).kind === 'check')
    ?? allQuestions.find(({ question }) => question.type === type)!
  for (const type of ['matching', 'ordering'] as const) {
    const { quizId, question } = pick(type)
    const q = question as Extract<SimpleQuestion, { type: typeof type }>
    await openSlide(page, `./${mod.id}`, slides.questions.get(`${quizId}:${q.id}`)!)
    const scope = page.locator(`[data-question="${quizId}:${q.id}"]`)
    await answerPart(page, scope, q, wrongResponse(q))
    await check(page, scope)
    await expect(scope.getByRole('status')).toContainText('Not correct')
    await expectFeedbackOnlyIfShown(scope)
    if (quiz(quizId).kind === 'check') {
      // Nothing on screen says which items or rows are wrong yet, so there is no feedback to read.
      await expect(scope.locator('.quiz-option-feedback')).toHaveCount(0)
      await expect(scope.getByRole('status')).toContainText('Try again or show the answer.')
      await tabTo(page, scope.getByRole('button', { name: 'Show answer' }))
      await page.keyboard.press('Enter')
      await expect(scope.getByRole('status')).toHaveText('Your answer is marked and the right answer is shown.')
    }
    const key = scope.locator('.quiz-answer-key')
    await expect(key).toBeVisible()
    await expect(scope.locator('.quiz-result')).toBeInViewport()
    const lines = key.locator('.quiz-answer-list li')
    if (q.type === 'ordering') {
      // Items show their position (1 to n) and their text, never a letter.
      const onScreen = await scope.locator('.quiz-order-text').allInnerTexts()
      expect([...onScreen].sort()).toEqual(q.items.map(i => i.text).sort())
      await expect(scope.locator('.quiz-order-pos')).toHaveText(q.items.map((_, i) => String(i + 1)))
      await expect(key.locator('.quiz-answer-line')).toHaveText('Correct order:')
      await expect(lines).toHaveText(q.items.map((item, i) => `${i + 1}. ${item.text}`))
    }
    else {
      // Rows are headed by their prompt, with no number; the choices above carry the letters.
      const shown = await scope.locator('.quiz-match-choices li').allInnerTexts()
      const letterOf = (text: string) => shown.find(s => s.trim().endsWith(text))!.trim().split('.')[0]!
      expect(await scope.locator('.quiz-match-row legend').allInnerTexts()).toEqual(q.pairs.map(p => p.prompt))
      // Each row says its own answer by the letter on screen, so the key does not repeat it as a list.
      const wrong = wrongResponse(q) as Record<string, string>
      for (const p of q.pairs)
        await expect(scope.locator('.quiz-match-row', { hasText: p.prompt })).toContainText(wrong[p.id] === p.id ? '✓ Correct' : `✗ Answer: ${letterOf(p.match)}`)
      await expect(lines).toHaveCount(0)
    }
  }
})

test('a "select all that apply" question gives partial credit', async ({ page }) => {
  const found = allQuestions.find(({ question }) => question.type === 'multiple' && question.answer.length >= 2)
  test.skip(!found, 'no multiple-choice question with two or more right answers')
  const { quizId, question } = found!
  const q = question as Extract<SimpleQuestion, { type: 'multiple' }>
  await openSlide(page, `./${mod.id}`, slides.questions.get(`${quizId}:${q.id}`)!)
  const scope = page.locator(`[data-question="${quizId}:${q.id}"]`)
  await answerPart(page, scope, q, [q.answer[0]!])
  await check(page, scope)
  await expect(scope.getByRole('status')).toContainText('Partly correct')
})

test('after Check only the chosen option\'s feedback is on the slide; the rest is one action away', async ({ page }) => {
  const found = allQuestions.find(({ quizId, question }) => quiz(quizId).kind === 'scored' && question.type === 'multiple' && question.answer.length >= 2)
  test.skip(!found, 'no scored "select all" question with two or more right answers')
  const { quizId, question } = found!
  const q = question as Extract<SimpleQuestion, { type: 'multiple' }>
  await openSlide(page, `./${mod.id}`, slides.questions.get(`${quizId}:${q.id}`)!)
  const scope = page.locator(`[data-question="${quizId}:${q.id}"]`)
  const wrong = q.options.find(o => !q.answer.includes(o.id))!
  await answerPart(page, scope, q, [wrong.id])
  await check(page, scope)
  await expect(scope.locator('.quiz-result')).toBeInViewport()
  // The chosen option explains itself; the others do not crowd the slide.
  await expect(scope.locator('.quiz-option-feedback')).toHaveCount(1)
  await expect(scope.locator('.quiz-option-feedback')).toContainText(wrong.feedback!)
  for (const id of q.answer)
    await expect(scope.locator('.quiz-choice', { hasText: q.options.find(o => o.id === id)!.text })).toContainText('✓ Also correct')
  const unchosen = q.options.filter(o => o.id !== wrong.id)
  const more = scope.locator('details.quiz-more').filter({ hasText: 'Feedback on the other' })
  await expect(more.locator('summary')).toHaveText(`Feedback on the other ${unchosen.length} options`)
  await expect(scope.getByText(unchosen[0]!.feedback!)).toBeHidden()
  const sources = scope.locator('details.quiz-sources')
  await expect(sources.getByRole('link').first()).toBeHidden()
  // By keyboard: the summary is a native control.
  await more.locator('summary').focus()
  await page.keyboard.press('Enter')
  for (const o of unchosen)
    await expect(more).toContainText(o.feedback!)
  await sources.locator('summary').focus()
  await page.keyboard.press('Enter')
  for (const src of q.sources)
    await expect(sources).toContainText(src.title)
  await expect(page).toHaveURL(new RegExp(`#/${slides.questions.get(`${quizId}:${q.id}`)!}$`))
  await expectNoAxeViolations(page, 'a checked question with its feedback opened')
})

test('an answer given the moment a quiz slide opens is kept, in the page and after a reload', async ({ page }) => {
  // The quiz data and saved progress load with the first quiz slide; an answer given before that
  // settles must not be dropped or overwritten by it.
  const found = allQuestions.find(({ question }) => question.type === 'multiple' && question.answer.length >= 2)!
  const q = found.question as Extract<SimpleQuestion, { type: 'multiple' }>
  const key = `${found.quizId}:${q.id}`
  await page.goto(`./${mod.id}/#/${slides.questions.get(key)!}`)
  const scope = page.locator(`[data-question="${key}"]`)
  const first = scope.locator(`input[type=checkbox][value="${q.answer[0]}"]`)
  await first.check()
  await expect(first).toBeChecked()
  const storedDraft = async () => JSON.parse(await page.evaluate(k => localStorage.getItem(k), STORAGE_KEY) ?? '{}').answers?.[found.quizId]?.[q.id]?.response
  await expect.poll(storedDraft).toEqual([q.answer[0]])
  await page.reload()
  await expect(scope.locator(`input[type=checkbox][value="${q.answer[0]}"]`)).toBeChecked()
  await check(page, scope)
  await expect(scope.getByRole('status')).toContainText('Partly correct')
})

test('the presenter sees the answer; the audience sees it only after the trainer reveals it', async ({ context }) => {
  const found = allQuestions.find(({ question }) => question.type === 'single')!
  const quizId = found.quizId
  const question = found.question as Extract<SimpleQuestion, { type: 'single' }>
  const n = slides.questions.get(`${quizId}:${question.id}`)!
  const audience = await context.newPage()
  await openSlide(audience, `./${mod.id}`, n)
  // A trainer opens the presenter view with `p`; a learner's control bar has no button for it.
  const presenter = await context.newPage()
  await openSlide(presenter, `./${mod.id}`, n)
  await expect(presenter.getByRole('button', { name: 'Presenter Mode' })).toBeHidden()
  await presenter.keyboard.press('p')
  await expect(presenter).toHaveURL(new RegExp(`#/presenter/${n}$`))
  const trainerView = presenter.locator(`.mode-presenter[data-question="${quizId}:${question.id}"]`)
  await expect(trainerView.locator('.quiz-answer-key')).toContainText('Correct answer')
  await expect(trainerView.locator('.quiz-answer-key')).toContainText(question.explanation.slice(0, 40))
  await expectNoAxeViolations(presenter, 'the presenter view')
  await presenter.emulateMedia({ colorScheme: 'dark' })
  await expect(presenter.locator('html')).toHaveClass(/\bdark\b/)
  await expectNoAxeViolations(presenter, 'the presenter view, dark')

  const audienceView = audience.locator(`[data-question="${quizId}:${question.id}"]`)
  await expect(audienceView.locator('input[type=radio]').first()).toBeVisible()
  await expect(audienceView.locator('.quiz-answer-key')).toHaveCount(0)

  await trainerView.getByRole('button', { name: 'Reveal answer to audience' }).click()
  // The right option is marked on its own row; the key below explains it.
  await expect(audienceView.locator('.quiz-choice', { hasText: question.options.find(o => o.id === question.answer)!.text })).toContainText('✓ Correct answer')
  await expect(audienceView.locator('.quiz-answer-key')).toContainText(question.explanation.slice(0, 40))
  await expect(audienceView).toContainText('Answer revealed by the trainer')
  await trainerView.getByRole('button', { name: 'Hide answer from audience' }).click()
  await expect(audienceView.locator('.quiz-answer-key')).toHaveCount(0)
})

test('print mode shows every question as static text with lettered options and no inputs', async ({ page }) => {
  // Only a guard against a hang: every question is a fresh page load.
  test.setTimeout(60_000 + allQuestions.length * 10_000)
  for (const { quizId, question } of allQuestions) {
    await openSlide(page, `./${mod.id}`, slides.questions.get(`${quizId}:${question.id}`)!, '?print')
    const scope = page.locator(`[data-question="${quizId}:${question.id}"]`).first()
    await expect(scope).toBeVisible()
    await expect(scope.locator('input, button, select, textarea')).toHaveCount(0)
    const parts: SimpleQuestion[] = question.type === 'scenario' ? question.questions : [question]
    for (const part of parts) {
      await expect(scope).toContainText(part.prompt)
      if (part.type === 'single' || part.type === 'multiple') {
        for (const [i, o] of part.options.entries()) {
          await expect(scope).toContainText(o.text)
          await expect(scope.locator('.quiz-letter', { hasText: String.fromCharCode(65 + i) }).first()).toBeVisible()
        }
      }
    }
    await expectNoAxeViolations(page, `print view of ${question.id}`)
    // The learner handout never shows answers.
    await expect(scope.locator('.quiz-answer-key')).toHaveCount(0)
  }
})

test('damaged saved progress is reset with a visible notice, not a crash', async ({ page }) => {
  await page.goto('./')
  await page.evaluate(key => localStorage.setItem(key, '{"version":1,"answers":'), STORAGE_KEY)
  await page.reload()
  await expect(page.getByRole('alert')).toContainText('could not be read')
  await expect(page.getByRole('heading', { name: 'Modules' })).toBeVisible()
  await openSlide(page, `./${mod.id}`, 1)
  await expect(page.locator('[data-slidev-no="1"]').first()).toBeVisible()
})
