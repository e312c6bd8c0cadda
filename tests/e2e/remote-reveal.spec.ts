/**
 * Presenting from Slidev's server (`npm run present`): the trainer's presenter view and an audience
 * screen on another device. Two browser contexts share nothing (no BroadcastChannel, no storage), as
 * two devices would not, so the reveal can only arrive through the server's relay.
 */
import type { ChildProcess } from 'node:child_process'
import type { SimpleQuestion } from '../../quizzes/engine/schema'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { modules } from '../../modules.ts'
import { root } from '../../scripts/paths.ts'
import { quiz, slideNumbers } from './support/deck.ts'

const mod = modules[0]!
const port = Number(process.env.E2E_REMOTE_PORT ?? 4189)
const server = `http://127.0.0.1:${port}/`
let slidev: ChildProcess | undefined

test.describe.configure({ timeout: 240_000 })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  slidev = spawn(join(root, 'node_modules/.bin/slidev'), [`slides/${mod.id}.md`, '--port', String(port), '--open', 'false', '--remote'], { cwd: root, stdio: 'ignore' })
  // The dev server compiles on demand: wait until it answers.
  await expect.poll(async () => fetch(server).then(r => r.status, () => 0), { timeout: 170_000, intervals: [500] }).toBe(200)
})

test.afterAll(() => {
  slidev?.kill()
})

test('a reveal in the presenter view reaches an audience screen on another device', async ({ browser }) => {
  const slides = slideNumbers(mod.id)
  const [key, n] = [...slides.questions].find(([k]) => quiz(k.split(':')[0]!).questions.find(q => q.id === k.split(':')[1])?.type === 'single')!
  const question = quiz(key.split(':')[0]!).questions.find(q => q.id === key.split(':')[1]) as Extract<SimpleQuestion, { type: 'single' }>

  const trainer = await (await browser.newContext()).newPage()
  const room = await (await browser.newContext()).newPage()
  await room.goto(`${server}#/${n}`)
  const audienceView = room.locator(`[data-question="${key}"]`)
  await expect(audienceView.locator('input[type=radio]').first()).toBeVisible({ timeout: 120_000 })
  await expect(audienceView.locator('.quiz-answer-key')).toHaveCount(0)

  await trainer.goto(`${server}#/presenter/${n}`)
  const trainerView = trainer.locator(`.mode-presenter[data-question="${key}"]`)
  await expect(trainerView.locator('.quiz-answer-key')).toContainText(question.explanation.slice(0, 40), { timeout: 120_000 })

  await trainerView.getByRole('button', { name: 'Reveal answer to audience' }).click()
  await expect(audienceView.locator('.quiz-answer-key')).toContainText('Correct answer')
  await expect(audienceView).toContainText('Answer revealed by the trainer')

  // A screen that joins after the reveal catches up.
  const late = await (await browser.newContext()).newPage()
  await late.goto(`${server}#/${n}`)
  await expect(late.locator(`[data-question="${key}"] .quiz-answer-key`)).toContainText('Correct answer', { timeout: 120_000 })

  await trainerView.getByRole('button', { name: 'Hide answer from audience' }).click()
  await expect(audienceView.locator('.quiz-answer-key')).toHaveCount(0)
  await expect(late.locator(`[data-question="${key}"] .quiz-answer-key`)).toHaveCount(0)
})
