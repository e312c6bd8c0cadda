/**
 * Answering questions the way a keyboard-only learner does: Tab to a control, Space/Enter/arrows
 * to use it. No clicks, no focus() calls.
 */
import type { Locator, Page } from '@playwright/test'
import type { SimpleResponse } from '../../../quizzes/engine/responses'
import type { SimpleQuestion } from '../../../quizzes/engine/schema'
import { expect } from '@playwright/test'
import { unreachable } from '../../../quizzes/engine/unreachable'

/** Press Tab until `target` has focus (at most `limit` presses); the focus must be visible there. */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate(el => el === document.activeElement)) {
      await expectVisibleFocus(page)
      return
    }
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${target}`)
}

/**
 * The focus stops a keyboard learner should meet in `scope`, in page order (every enabled button,
 * checkbox and link, and each radio group once: Tab enters a group, arrow keys move inside it), and
 * which of them has focus now (null when focus is outside `scope`).
 */
async function readStops(scope: Locator): Promise<{ stops: string[], current: string | null }> {
  return scope.evaluate((root) => {
    const name = (el: HTMLElement) => el instanceof HTMLInputElement && el.type === 'radio'
      ? `radio group ${el.name}`
      : `${el.tagName.toLowerCase()} ${el.id || el.getAttribute('aria-label') || el.textContent?.trim()}`
    const stops: string[] = []
    // A control taken out of the tab order (tabindex="-1") is still expected: that is the bug to catch.
    for (const el of root.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex]:not([tabindex^="-"])')) {
      // A case shows one part at a time: the parts not on screen have no stops until they are shown.
      if (!(el as HTMLButtonElement).disabled && !el.closest('[hidden]') && !stops.includes(name(el)))
        stops.push(name(el))
    }
    const active = document.activeElement
    return { stops, current: active instanceof HTMLElement && root.contains(active) ? name(active) : null }
  })
}

async function expectVisibleFocus(page: Page): Promise<void> {
  const visible = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!)
    return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2
  })
  expect(visible, 'a visible focus outline').toBe(true)
}

/**
 * Tab from the top of the slide through every control of `scope`, then Shift+Tab back out of it:
 * each way, focus must meet every control (each radio group once) in page order, always visibly,
 * and the slide must not change.
 */
export async function expectTabWalk(page: Page, scope: Locator): Promise<void> {
  const { stops: expected } = await readStops(scope)
  const url = page.url()
  const walk = async (key: 'Tab' | 'Shift+Tab') => {
    const met: string[] = []
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press(key)
      const stop = (await readStops(scope)).current
      if (stop === null && met.length > 0)
        return met
      if (stop !== null) {
        await expectVisibleFocus(page)
        if (met.at(-1) !== stop)
          met.push(stop)
      }
    }
    throw new Error(`${key} did not leave the question after 200 presses`)
  }
  expect(await walk('Tab'), 'controls met with Tab').toEqual(expected)
  expect(await walk('Shift+Tab'), 'controls met with Shift+Tab').toEqual([...expected].reverse())
  expect(page.url(), 'the slide did not change').toBe(url)
}

/**
 * Choose `value` in a radio group by keyboard: Tab enters the group on its checked radio (or the first
 * one when none is checked), then arrow keys move the choice.
 */
async function pickRadio(page: Page, radios: Locator, value: string): Promise<void> {
  const values = await radios.evaluateAll(els => els.map(e => (e as HTMLInputElement).value))
  const checkedAt = await radios.evaluateAll(els => els.findIndex(e => (e as HTMLInputElement).checked))
  await tabTo(page, radios.nth(Math.max(checkedAt, 0)))
  let at = checkedAt
  if (at < 0) {
    await page.keyboard.press('Space')
    at = 0
  }
  const to = values.indexOf(value)
  for (; at < to; at++)
    await page.keyboard.press('ArrowDown')
  for (; at > to; at--)
    await page.keyboard.press('ArrowUp')
}

/** Open slide `n` and wait for Slidev to finish rendering it. */
export async function openSlide(page: Page, modulePath: string, n: number, query = ''): Promise<void> {
  await page.goto(`${modulePath}/${query}#/${n}`)
  // The slide's layout, not only its frame: a slide is a lazily loaded chunk, empty until it arrives.
  await expect(page.locator(`[data-slidev-no="${n}"] .slidev-layout`).first()).toBeVisible()
  await expect(page.locator('.slidev-slide-loading')).toHaveCount(0)
}

/**
 * A case (scenario) shows one part at a time: bring `fieldset`'s part on screen as a keyboard learner
 * does, with "Next part" (forwards) or the part's own button (backwards).
 */
async function showPart(page: Page, scope: Locator, fieldset: Locator): Promise<void> {
  if (await fieldset.isVisible())
    return
  const parts = scope.locator('fieldset.quiz-part')
  const hidden = await parts.evaluateAll(els => els.map(e => (e as HTMLElement).hidden))
  const wanted = await fieldset.evaluate(el => [...el.parentElement!.querySelectorAll(':scope > fieldset.quiz-part')].indexOf(el))
  const shown = hidden.indexOf(false)
  const button = wanted > shown
    ? scope.getByRole('button', { name: 'Next part', exact: true })
    : scope.getByRole('button', { name: new RegExp(`^Part ${wanted + 1} of ${hidden.length}`) })
  for (let i = shown; !(await fieldset.isVisible()) && i < hidden.length; i++) {
    await tabTo(page, button)
    await page.keyboard.press('Enter')
  }
  await expect(fieldset).toBeVisible()
}

/** Goes to slide `n` of the open deck by its address, as the slide controls do: no page load. */
export async function moveToSlide(page: Page, n: number): Promise<void> {
  await page.evaluate((to) => {
    location.hash = `#/${to}`
  }, n)
  // The slide's layout, not only its frame: a slide is a lazily loaded chunk, empty until it arrives.
  await expect(page.locator(`[data-slidev-no="${n}"] .slidev-layout`).first()).toBeVisible()
  await expect(page.locator('.slidev-slide-loading')).toHaveCount(0)
}

/** Give the answer `response` to one question part inside `scope`, by keyboard alone. */
export async function answerPart(page: Page, scope: Locator, q: SimpleQuestion, response: SimpleResponse): Promise<void> {
  const fieldset = scope.locator('fieldset.quiz-part').filter({ has: page.locator('legend', { hasText: q.prompt }) }).first()
  await showPart(page, scope, fieldset)
  const url = page.url()
  switch (q.type) {
    case 'single':
    case 'true-false': {
      const target = q.type === 'true-false' ? String(response) : response as string
      await pickRadio(page, fieldset.locator('input[type=radio]'), target)
      await expect(fieldset.locator(`input[value="${target}"]`)).toBeChecked()
      break
    }
    case 'multiple': {
      const boxes = fieldset.locator('input[type=checkbox]')
      for (let i = 0; i < await boxes.count(); i++) {
        const box = boxes.nth(i)
        const wanted = (response as string[]).includes(await box.getAttribute('value') ?? '')
        if (await box.isChecked() !== wanted) {
          await tabTo(page, box)
          await page.keyboard.press('Space')
        }
        // Said here, so a lost key press is told apart from an answer the page then forgot.
        await (wanted ? expect(box).toBeChecked() : expect(box).not.toBeChecked())
      }
      break
    }
    case 'ordering': {
      const wanted = response as string[]
      for (let pos = 0; pos < wanted.length; pos++) {
        const text = q.items.find(i => i.id === wanted[pos])!.text
        const items = fieldset.locator('.quiz-order-text')
        let current = (await items.allInnerTexts()).indexOf(text)
        if (current <= pos)
          continue
        await tabTo(page, fieldset.getByRole('button', { name: `Move up: ${text}`, exact: true }))
        // Focus stays on the moved item, so Enter keeps moving it.
        while (current > pos) {
          await page.keyboard.press('Enter')
          current--
        }
        await expect(items.nth(pos)).toHaveText(text)
      }
      break
    }
    case 'matching': {
      const answers = response as Record<string, string>
      for (const pair of q.pairs) {
        const exact = new RegExp(`^\\s*${pair.prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`)
        const row = fieldset.locator('fieldset.quiz-match-row').filter({ has: page.locator('legend', { hasText: exact }) })
        await pickRadio(page, row.locator('input[type=radio]'), answers[pair.id]!)
        await expect(row.locator(`input[value="${answers[pair.id]}"]`)).toBeChecked()
      }
      break
    }
    default:
      unreachable(q)
  }
  // Slidev's arrow-key navigation must not have fired while a quiz control had focus.
  expect(page.url()).toBe(url)
}

/** The fully correct response to a question part. */
export function correctResponse(q: SimpleQuestion): SimpleResponse {
  switch (q.type) {
    case 'single': return q.answer
    case 'multiple': return q.answer
    case 'true-false': return q.answer
    case 'ordering': return q.items.map(i => i.id)
    case 'matching': return Object.fromEntries(q.pairs.map(p => [p.id, p.id]))
    default: return unreachable(q)
  }
}

/** A response that is not fully correct, of the right shape for `q`. */
export function wrongResponse(q: SimpleQuestion): SimpleResponse {
  switch (q.type) {
    case 'single': return q.options.find(o => o.id !== q.answer)!.id
    case 'multiple': return [q.options.find(o => !q.answer.includes(o.id))?.id ?? q.options[0]!.id]
    case 'true-false': return !q.answer
    case 'ordering': return q.items.map(i => i.id).reverse()
    case 'matching': return Object.fromEntries(q.pairs.map((p, i) => [p.id, q.pairs[(i + 1) % q.pairs.length]!.id]))
    default: return unreachable(q)
  }
}

/** Press the question's Check button by keyboard. */
export async function check(page: Page, scope: Locator): Promise<void> {
  await tabTo(page, scope.getByRole('button', { name: 'Check' }))
  await page.keyboard.press('Enter')
}
