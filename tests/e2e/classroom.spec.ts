/**
 * A live classroom (`npm run classroom`) with a trainer, the room's screen and five learners' phones,
 * each its own browser context (no shared storage, no BroadcastChannel), as separate devices are.
 * The classroom server runs in this test process on 127.0.0.1 and serves the built site (dist/).
 * Every WebSocket frame a learner's page receives is recorded, so the test can say what a learner's
 * device was told, not just what it showed.
 */
import type { Browser, Page } from '@playwright/test'
import type { SimpleQuestion } from '../../quizzes/engine/schema'
import type { Classroom } from '../../scripts/classroom/server'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { modules } from '../../modules.ts'
import { questionsOf } from '../../scripts/classroom/questions.ts'
import { startClassroom } from '../../scripts/classroom/server.ts'
import { distDir } from '../../scripts/paths.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { quiz, slideNumbers } from './support/deck.ts'

const mod = modules[0]!
let room: Classroom
/** The question the first test revealed; the late-joiner test checks that it catches up with it. */
let revealedKey = ''
let trainerPage: Page | undefined

// The tests share one classroom and build on each other, as one lesson does.
test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  room = await startClassroom({ siteDir: distDir, moduleId: mod.id, questions: questionsOf([mod.id]), host: '127.0.0.1', port: Number(process.env.E2E_CLASSROOM_PORT ?? 4351) })
})
test.afterAll(async () => {
  await room?.close()
})

/** The part of a classroom message the test looks at. */
interface Received { type: string, mine?: Record<string, unknown>, revealed?: string[] }

/** A page on a fresh device that records the type of every classroom message it receives. */
async function device(browser: Browser, address: string): Promise<{ page: Page, received: Received[] }> {
  const page = await (await browser.newContext()).newPage()
  const received: Received[] = []
  page.on('websocket', ws => ws.on('framereceived', f => received.push(JSON.parse(String(f.payload)) as Received)))
  await page.goto(address)
  await expect(page.getByRole('status').filter({ hasText: /Live classroom: connected|Trainer ·/ })).toBeVisible()
  return { page, received }
}

test('learners answer on their own devices, only the trainer sees the tally, and only the trainer reveals', async ({ browser }) => {
  const slides = slideNumbers(mod.id)
  const [key, n] = [...slides.questions].find(([k]) => quiz(k.split(':')[0]!).questions.find(q => q.id === k.split(':')[1])?.type === 'single')!
  const question = quiz(key.split(':')[0]!).questions.find(q => q.id === key.split(':')[1]) as Extract<SimpleQuestion, { type: 'single' }>
  const [a, b, c] = question.options

  const projector = await device(browser, room.projectorUrl)
  await expect(projector.page.getByRole('complementary', { name: 'Join the live classroom' })).toContainText(room.joinUrl)
  await expect(projector.page.getByRole('img', { name: 'QR code for the join address' })).toBeVisible()

  // Each phone says what the classroom keeps before anything else; the learner closes the note.
  const learners = await Promise.all([0, 1, 2, 3, 4].map(async () => {
    const learner = await device(browser, room.joinUrl)
    await expect(learner.page.getByText('no names, no accounts')).toBeVisible()
    await learner.page.getByRole('button', { name: 'Got it' }).click()
    return learner
  }))

  const trainer = await device(browser, room.presenterUrl)
  await expect(trainer.page.getByRole('status').filter({ hasText: 'Trainer · 5 joined' })).toBeVisible()
  // The trainer moves to the question; every screen follows.
  await trainer.page.goto(trainer.page.url().replace(/#.*$/, `#/presenter/${n}`))
  const tally = trainer.page.locator(`.mode-presenter[data-question="${key}"]`).getByRole('region', { name: 'Live answers from the room' })
  await expect(tally).toContainText('0 of 5 devices answered')
  for (const screen of [projector, ...learners])
    await expect(screen.page.locator(`[data-question="${key}"]`).getByRole('radio').first()).toBeVisible()

  const choices = [a, b, b, c, b].map(o => o!)
  await Promise.all(learners.map(async ({ page }, i) => {
    const view = page.locator(`[data-question="${key}"]`)
    await view.getByRole('radio', { name: choices[i]!.text }).check()
    await view.getByRole('button', { name: 'Send answer' }).click()
    await expect(view.getByRole('status')).toHaveText('Answer sent. The trainer will reveal the answer.')
    await expect(view.locator('.quiz-answer-key')).toHaveCount(0)
  }))

  await expect(tally).toContainText('5 of 5 devices answered')
  await expect(tally.getByRole('row', { name: a!.text })).toContainText('1 (20%)')
  await expect(tally.getByRole('row', { name: b!.text })).toContainText('3 (60%)')
  await expect(tally.getByRole('row', { name: c!.text })).toContainText('1 (20%)')

  // Before the reveal, no learner's device was sent a tally, a reveal or anyone's answer.
  for (const l of learners)
    expect(l.received.map(m => m.type).filter(t => !['welcome', 'slide', 'received'].includes(t))).toEqual([])
  for (const l of learners)
    expect(l.received.filter(m => m.type === 'welcome').every(m => Object.keys(m.mine ?? {}).length === 0)).toBe(true)

  await trainer.page.locator(`.mode-presenter[data-question="${key}"]`).getByRole('button', { name: 'Reveal answer to audience' }).click()
  for (const screen of [projector, ...learners]) {
    await expect(screen.page.locator(`[data-question="${key}"] .quiz-answer-key`)).toContainText(question.explanation.slice(0, 40))
    expect(screen.received.filter(m => m.type === 'tally')).toEqual([])
  }
  await expect(tally).toContainText('Answers are closed; every screen shows the answer.')
  await expect(learners[0]!.page.getByRole('button', { name: /Send|Try again|Show answer/ })).toHaveCount(0)

  // A phone that reloads gets its own answer back.
  const again = learners[3]!.page
  await again.reload()
  await expect(again.locator(`[data-question="${key}"]`).getByRole('radio', { name: c!.text })).toBeChecked()
  await expect(again.locator(`[data-question="${key}"] .quiz-answer-key`)).toContainText('Correct answer')
  revealedKey = key
  trainerPage = trainer.page
})

test('a phone that joins late catches up with the trainer\'s slide and the reveal', async ({ browser }) => {
  const late = await device(browser, room.joinUrl)
  await expect(late.page.locator(`[data-question="${revealedKey}"] .quiz-answer-key`)).toContainText('Correct answer')
  expect(late.received.filter(m => m.type === 'welcome')).toEqual([expect.objectContaining({ revealed: [revealedKey] })])
  // Checked here rather than above to share out the work: the trainer's tally, after the reveal.
  await expectNoAxeViolations(trainerPage!, 'the trainer\'s tally')
})

test('a page that opens the presenter view without the secret gets neither the page nor the answers', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage()
  const refused = await page.goto(`${room.origin}/${mod.id}/?classroom=presenter#/presenter/1`)
  expect(refused?.status()).toBe(403)
  expect((await page.goto(`${room.origin}/presenter/not-the-secret`))?.status()).toBe(403)

  // A learner who types the presenter route by hand: no answer key, no reveal control, no tally.
  const [key, n] = [...slideNumbers(mod.id).questions][0]!
  const learner = (await device(browser, room.joinUrl)).page
  await learner.goto(learner.url().replace(/#.*$/, `#/presenter/${n}`))
  const view = learner.locator(`.mode-presenter[data-question="${key}"]`)
  await expect(view).toBeVisible()
  await expect(view.locator('.quiz-answer-key')).toHaveCount(0)
  await expect(view.getByRole('button', { name: /Reveal answer/ })).toHaveCount(0)
})

test('when the trainer\'s server restarts, a learner\'s screen rejoins and says so', async ({ browser }) => {
  const { page } = await device(browser, room.joinUrl)
  const port = Number(new URL(room.origin).port)
  await room.close()
  await expect(page.getByRole('status').filter({ hasText: 'Lost the connection' })).toBeVisible()
  room = await startClassroom({ siteDir: distDir, moduleId: mod.id, questions: questionsOf([mod.id]), host: '127.0.0.1', port })
  await expect(page.getByRole('status').filter({ hasText: 'The classroom server restarted; this screen has rejoined.' })).toBeVisible()
})
