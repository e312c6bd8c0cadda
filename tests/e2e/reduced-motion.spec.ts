/** With "reduce motion" set in the system, diagrams appear step by step without animating. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { parseSync } from '@slidev/parser'
import { root } from '../../scripts/paths.ts'
import { openSlide } from './support/keyboard.ts'

const file = join(root, 'slides', 'architecture.md')
const diagramSlide = parseSync(readFileSync(file, 'utf8'), file).slides.findIndex(s => s.content.includes('<MmsDeliveryFlow')) + 1

test('diagram steps do not animate when the learner asks for reduced motion', async ({ page }) => {
  test.skip(diagramSlide === 0, 'no delivery-flow diagram in the architecture deck')
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openSlide(page, './architecture', diagramSlide)
  const step = page.locator('.diagram .step').first()
  await expect(step).toBeAttached()
  expect(await step.evaluate(el => getComputedStyle(el).transitionDuration)).toBe('0s')

  await page.emulateMedia({ reducedMotion: 'no-preference' })
  expect(await step.evaluate(el => getComputedStyle(el).transitionDuration)).not.toBe('0s')
})
