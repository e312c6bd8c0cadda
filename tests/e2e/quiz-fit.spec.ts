/**
 * Every question of every module (in every language), and every question the final assessment can draw
 * (those no module slide shows, and the longest of the others), fits its 16:9
 * slide at 1280 x 720 as a learner meets it: unanswered, after a wrong answer is checked, after
 * "Show answer", and on each part of a case; in every language edition of a module, with its own
 * button names. Nothing runs past the slide's bottom and nothing inside the slide scrolls, and the
 * Next button covers none of it; the Check button and the verdict are on screen when they appear.
 * (The phone reflows and scrolls by design: every-slide.spec.ts checks it reaches everything.)
 */
import type { Locator, Page } from '@playwright/test'
import type { Messages } from '../../i18n'
import type { Question, SimpleQuestion } from '../../quizzes/engine/schema'
import { expect, test } from '@playwright/test'
import { messagesFor } from '../../i18n'
import { editionsOf, learningModules, modulePath } from '../../modules.ts'
import { FINAL_KEY } from '../../quizzes/engine/attempts.ts'
import { quiz, slideNumbers } from './support/deck.ts'
import { allBankQuestions, drawLength, finalState, openAttempt } from './support/final.ts'
import { moveToSlide, openSlide, wrongResponse } from './support/keyboard.ts'
import { coveredByNavigation } from './support/navigation.ts'

/** The button that shows part `n` of `total` of a case ("Part 2 of 3"), however it is marked after Check. */
const partButton = (t: Messages['quiz'], n: number, total: number) => new RegExp(`^${t.partOf(n, total).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)

/** Where slide `n` runs past its canvas, and which of its elements scroll (none should). */
async function expectFits(page: Page, n: number, where: string): Promise<void> {
  const found = await page.evaluate((n) => {
    const layout = document.querySelector(`[data-slidev-no="${n}"] .slidev-layout`)!
    const scrolling = [...layout.querySelectorAll<HTMLElement>('*')]
      .filter(e => e.scrollHeight > e.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(e).overflowY))
      .map(e => `${e.tagName.toLowerCase()}.${e.className}`)
    return { pastTheBottom: Math.max(0, Math.round(layout.scrollHeight - layout.clientHeight)), scrolling }
  }, n)
  expect(found, where).toEqual({ pastTheBottom: 0, scrolling: [] })
  // The Next button and the first slide's hint sit in the slide's margin: a grown question must not run under them.
  expect(await coveredByNavigation(page, n), `${where}: covered by the Next button`).toEqual([])
}

/** Gives a wrong answer to one part with the mouse, as a learner would; the part is brought on screen first. */
async function answerWrongly(scope: Locator, q: SimpleQuestion, partIndex: number, partCount: number, t: Messages['quiz']): Promise<void> {
  if (partCount > 1)
    await scope.getByRole('button', { name: partButton(t, partIndex + 1, partCount) }).click()
  const part = scope.locator('fieldset.quiz-part:not([hidden])')
  const wrong = wrongResponse(q)
  switch (q.type) {
    case 'single':
    case 'true-false':
      return part.locator(`input[value="${String(wrong)}"]`).check()
    case 'multiple':
      for (const id of wrong as string[])
        await part.locator(`input[value="${id}"]`).check()
      return
    case 'ordering':
      // The starting order is shuffled; Check takes it as it is.
      return
    case 'matching':
      for (const [i, p] of q.pairs.entries())
        await part.locator('fieldset.quiz-match-row').nth(i).locator(`input[value="${(wrong as Record<string, string>)[p.id]}"]`).check()
  }
}

/** One question slide through every state a learner can bring it to. */
async function walkQuestion(page: Page, n: number, scope: Locator, q: Question, where: string, t = messagesFor('en').quiz): Promise<void> {
  const parts: SimpleQuestion[] = q.type === 'scenario' ? q.questions : [q]
  await expect(scope).toBeVisible()
  await expectFits(page, n, `${where}, unanswered`)
  await expect(scope.getByRole('button', { name: t.check })).toBeInViewport({ ratio: 0.99 })
  for (const [i, part] of parts.entries())
    await answerWrongly(scope, part, i, parts.length, t)
  await scope.getByRole('button', { name: t.check }).click()
  await expect(scope.locator('.quiz-result')).toBeInViewport({ ratio: 0.99 })
  await expectFits(page, n, `${where}, checked`)
  const show = scope.getByRole('button', { name: t.showAnswer })
  if (await show.count()) {
    await show.click()
    await expect(scope.locator('.quiz-answer-key:visible')).toHaveCount(1)
    await expectFits(page, n, `${where}, answer shown`)
  }
  for (let i = 0; i < parts.length && parts.length > 1; i++) {
    await scope.getByRole('button', { name: partButton(t, i + 1, parts.length) }).click()
    await expect(scope.locator('fieldset.quiz-part:not([hidden]) legend')).toHaveText(parts[i]!.prompt)
    await expectFits(page, n, `${where}, part ${i + 1} after checking`)
    await expect(scope.locator('.quiz-result')).toBeInViewport({ ratio: 0.99 })
  }
}

for (const { mod, lang, key: edition } of editionsOf(learningModules)) {
  test(`every question of "${edition}" fits its slide, before and after Check`, async ({ page }) => {
    const questions = [...slideNumbers(mod.id, lang).questions]
    const path = `./${modulePath(mod, lang)}`.replace(/\/$/, '')
    // Only a guard against a hang: every question is a fresh page load.
    test.setTimeout(30_000 + questions.length * 10_000)
    for (const [i, [key, n]] of questions.entries()) {
      const [quizId, id] = key.split(':') as [string, string]
      // One page load; then from question to question inside the page, as a learner moves on.
      await (i === 0 ? openSlide(page, path, n) : moveToSlide(page, n))
      await walkQuestion(page, n, page.locator(`[data-question="${key}"]`), quiz(quizId, lang).questions.find(x => x.id === id)!, `${edition} slide ${n} (${id})`, messagesFor(lang).quiz)
    }
  })
}

/**
 * The final's questions that no module slide shows (its bank questions), and the five longest of those a
 * module slide shows too: those are walked above in their module's deck, whose question slide has the
 * same layout, and the longest are where the final's own kicker line could tip one over.
 */
function finalOnlyAndLongest(): ReturnType<typeof allBankQuestions> {
  const onModuleSlides = new Set(learningModules.flatMap(m => [...slideNumbers(m.id).questions.keys()]))
  const all = allBankQuestions()
  const size = (d: (typeof all)[number]) => JSON.stringify(quiz(d.quiz).questions.find(x => x.id === d.id)).length
  const shown = all.filter(d => onModuleSlides.has(`${d.quiz}:${d.id}`)).sort((a, b) => size(b) - size(a))
  return [...all.filter(d => !onModuleSlides.has(`${d.quiz}:${d.id}`)), ...shown.slice(0, 5)]
}

test('every question only the final assessment shows, and the longest it shares with the modules, fits its slide, before and after Check', async ({ page }) => {
  const all = finalOnlyAndLongest()
  test.setTimeout(30_000 + all.length * 10_000)
  const first = slideNumbers('final').finalFirst
  // Attempts whose draws together hold those questions, drawLength at a time, each filled up to a whole
  // draw with other questions of the banks (a saved attempt always holds a full draw).
  const pool = allBankQuestions()
  for (let from = 0; from < all.length; from += drawLength) {
    const chunk = all.slice(from, from + drawLength)
    const draw = [...chunk, ...pool.filter(d => !chunk.includes(d)).slice(0, drawLength - chunk.length)]
    await page.goto('./final/')
    await page.evaluate(([key, state]) => localStorage.setItem(key, state), [FINAL_KEY, JSON.stringify(finalState(openAttempt(from + 1, draw, new Date().toISOString())))] as const)
    // Away and back, so the deck loads afresh with the attempt: a new address that differs from this one
    // only after '#' would only move the open deck, which read the saved attempts before they were there.
    await page.goto('about:blank')
    for (const [i, d] of chunk.entries()) {
      await (i === 0 ? openSlide(page, './final', first + i) : moveToSlide(page, first + i))
      await walkQuestion(page, first + i, page.locator(`[data-question="final:${i + 1}"]`), quiz(d.quiz).questions.find(x => x.id === d.id)!, `final, ${d.quiz}:${d.id}`)
    }
  }
})
