/**
 * The LMS packages in a browser, with scorm-again (a real SCORM 1.2 / 2004 runtime) as the LMS: a
 * host page holds the API object, reads the mastery score from the package's own manifest and
 * loads the unzipped package in an iframe from a nested path it was never built for. A learner
 * takes the module quiz by keyboard; the test reads what the LMS holds, closes the course, clears
 * the browser's own copy (as on another computer) and relaunches from the LMS's suspend data.
 * The cmi5 package runs the same way against a loopback LRS that validates every statement.
 * Needs the packages: `npm run package -- leak-story` (npm test does it).
 */
import type { Frame, Page } from '@playwright/test'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { SimpleQuestion } from '../../quizzes/engine/schema'
import type { Lrs } from '../shared/lrs.ts'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join } from 'node:path'
import { expect, test } from '@playwright/test'
import { unzipSync } from 'fflate'
import { findModule } from '../../modules.ts'
import { NOTICE } from '../../quizzes/engine/lms/session.ts'
import { SUSPEND_DATA_LIMIT } from '../../quizzes/engine/lms/suspend.ts'
import { root } from '../../scripts/paths.ts'
import { cmi5Problems, startLrs } from '../shared/lrs.ts'
import { LESSON_STATUS } from '../unit/lms/lms-host.ts'
import { quiz, slideNumbers } from './support/deck.ts'
import { answerPart, check, correctResponse } from './support/keyboard.ts'

const mod = findModule('leak-story')!
const final = quiz(mod.quiz)
const slides = slideNumbers(mod.id)
/** Where the LMS unpacks each package: deep, and nothing like the site's own paths. */
const NESTED = '/player/tenant-7/content/2f9a/unzipped'
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.xml': 'application/xml', '.png': 'image/png', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.json': 'application/json' }

const HOST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/lms/scorm-again.js"></script></head>
<body><main><h1>Test LMS</h1><iframe title="Course" name="course" style="width:1240px;height:660px;border:0"></iframe></main></body></html>`

let server: Server
let base = ''
let lrs: Lrs

test.beforeAll(async () => {
  const files = new Map<string, Uint8Array>()
  for (const format of ['scorm12', 'scorm2004', 'cmi5']) {
    const zip = join(root, 'packages', `${mod.id}-${format}.zip`)
    if (!existsSync(zip))
      throw new Error(`${zip} is missing: run \`npm run package -- ${mod.id}\` first.`)
    for (const [path, data] of Object.entries(unzipSync(readFileSync(zip))))
      files.set(`${NESTED}/${format}/${path}`, data)
  }
  files.set('/lms/scorm-again.js', readFileSync(join(root, 'node_modules/scorm-again/dist/scorm-again.min.js')))
  files.set('/lms/host.html', new TextEncoder().encode(HOST_PAGE))
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const body = files.get(path)
    if (!body)
      return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  lrs = await startLrs()
})
test.afterAll(async () => {
  await lrs.close()
  await new Promise<void>(resolve => server.close(() => resolve()))
})

type Version = '1.2' | '2004'

/** The parts of the data model the test reads, as scorm-again renders them for its server. */
interface LmsHeld {
  suspend_data: string
  interactions: Record<string, { id: string, result: string }>
  core: { lesson_status: string, exit: string, session_time: string, score: Record<string, string> }
  completion_status: string
  success_status: string
  exit: string
  session_time: string
  score: Record<string, string>
}
interface HostApi {
  LMSCommit: (p: string) => string
  loadFromJSON: (json: object, element: string) => void
  renderCommitCMI: (terminate: boolean) => { cmi: LmsHeld }
}
/** The host page's globals: scorm-again's constructors and the API object the course looks for. */
interface HostWindow {
  Scorm12API: new (settings: object) => HostApi
  Scorm2004API: new (settings: object) => HostApi
  API?: HostApi
  API_1484_11?: HostApi
  /** An API the LMS has made but not yet put where the course looks (a slow LMS player). */
  later?: HostApi
}

/**
 * The LMS side, run in the host page: read the manifest, make the API with the stored data, and
 * launch the SCO in the iframe. `stored` is what the LMS kept from the last session.
 */
async function launch(page: Page, version: Version, stored: Record<string, unknown> | null, apiLate = false): Promise<Frame> {
  const format = version === '1.2' ? 'scorm12' : 'scorm2004'
  await page.evaluate(async ({ version, root, stored, apiLate }) => {
    const w = window as unknown as HostWindow
    const manifest = new DOMParser().parseFromString(await (await fetch(`${root}/imsmanifest.xml`)).text(), 'application/xml')
    const resource = manifest.getElementsByTagName('resource')[0]!
    const href = resource.getAttribute('href')!
    const settings = { logLevel: 5, autocommit: false }
    if (version === '1.2') {
      const mastery = manifest.getElementsByTagName('adlcp:masteryscore')[0]!.textContent!
      const api = new w.Scorm12API(settings)
      api.loadFromJSON({ ...(stored ?? {}), core: { entry: stored ? 'resume' : 'ab-initio' }, student_data: { mastery_score: mastery } }, '')
      if (apiLate)
        w.later = api
      else
        w.API = api
    }
    else {
      const mastery = manifest.getElementsByTagName('imsss:minNormalizedMeasure')[0]!.textContent!
      const api = new w.Scorm2004API(settings)
      api.loadFromJSON({ ...(stored ?? {}), entry: stored ? 'resume' : 'ab-initio', scaled_passing_score: mastery }, '')
      w.API_1484_11 = api
    }
    document.querySelector('iframe')!.src = `${root}/${href}#/1`
  }, { version, root: `${base}${NESTED}/${format}`, stored, apiLate })
  const frame = page.frame({ name: 'course' })!
  await expect(frame.locator('[data-slidev-no="1"]').first()).toBeVisible()
  return frame
}

/** The LMS's view of the data model: what scorm-again would send to its server on commit. */
function lmsData(page: Page, version: Version): Promise<LmsHeld> {
  return page.evaluate(v => (window as unknown as HostWindow)[v === '1.2' ? 'API' : 'API_1484_11']!.renderCommitCMI(true).cmi, version)
}

/** The keyboard helpers, pointed at the course inside the LMS's iframe. */
function inFrame(page: Page, frame: Frame): Page {
  return { keyboard: page.keyboard, evaluate: frame.evaluate.bind(frame), url: () => frame.url(), locator: frame.locator.bind(frame) } as unknown as Page
}

/** Answer every question of the module quiz correctly by keyboard; `afterFirst` runs after the first one. */
async function takeQuiz(frame: Frame, learner: Page, afterFirst: () => Promise<void> = async () => {}) {
  for (const [index, q] of final.questions.entries()) {
    await openSlide(frame, slides.questions.get(`${final.id}:${q.id}`)!)
    const scope = frame.locator(`[data-question="${final.id}:${q.id}"]`)
    const parts: SimpleQuestion[] = q.type === 'scenario' ? q.questions : [q]
    for (const part of parts)
      await answerPart(learner, scope, part, correctResponse(part))
    await check(learner, scope)
    await expect(scope.getByRole('status')).toContainText('Correct.')
    if (index === 0)
      await afterFirst()
  }
  await openSlide(frame, slides.scores.get(final.id)!)
  await expect(frame.locator('.quiz-score-total')).toContainText('100%')
}

async function openSlide(frame: Frame, n: number) {
  await frame.evaluate(to => (location.hash = `#/${to}`), n)
  await expect(frame.locator(`[data-slidev-no="${n}"] .slidev-layout`).first()).toBeVisible()
  await expect(frame.locator('.slidev-slide-loading')).toHaveCount(0)
}

for (const version of ['1.2', '2004'] as Version[]) {
  test(`SCORM ${version}: a keyboard learner passes the ${mod.id} quiz in the LMS and resumes there on another computer`, async ({ page }) => {
    // Only a guard against a hang; each question takes a few seconds.
    test.setTimeout(60_000 + final.questions.length * 10_000)
    await page.goto(`${base}/lms/host.html`)
    const frame = await launch(page, version, null, version === '1.2')
    const learner = inFrame(page, frame)
    const count = final.questions.reduce((n, q) => n + (q.type === 'scenario' ? q.questions.length : 1), 0)

    await takeQuiz(frame, learner, async () => {
      // SCORM 1.2 run: the LMS's API turns up only after the first answer; nothing is lost.
      if (version === '1.2')
        await page.evaluate(() => ((w: HostWindow) => (w.API = w.later))(window as unknown as HostWindow))
    })

    // Committed on every answer: the LMS already holds the result, before the page goes away.
    const held = await lmsData(page, version)
    const interactions = Object.values(held.interactions)
    expect(interactions).toHaveLength(count)
    expect(interactions.every(i => i.result === 'correct')).toBe(true)
    for (const i of interactions)
      expect(i.id.length <= 255 && !/\s/.test(i.id)).toBe(true)
    expect(held.suspend_data.length).toBeGreaterThan(0)
    expect(held.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT)
    if (version === '1.2') {
      expect(held.core.lesson_status).toBe('passed')
      expect(LESSON_STATUS).toContain(held.core.lesson_status)
      expect(held.core.score).toMatchObject({ raw: '100', min: '0', max: '100' })
      expect(held.core.exit).toBe('suspend')
      expect(held.core.session_time).not.toBe('00:00:00')
    }
    else {
      expect(held.completion_status).toBe('completed')
      expect(held.success_status).toBe('passed')
      expect(held.score).toMatchObject({ scaled: '1', raw: '100', min: '0', max: '100' })
      expect(held.exit).toBe('suspend')
      expect(held.session_time).toMatch(/^PT/)
    }

    // Close the course (pagehide ends the session), then wipe this browser's copy of the progress,
    // as on another computer: whatever comes back now comes from the LMS.
    await page.evaluate(() => document.querySelector('iframe')!.remove())
    const stored = await lmsData(page, version)
    expect(stored.suspend_data).toBe(held.suspend_data)
    await page.evaluate(() => {
      localStorage.clear()
      document.querySelector('main')!.append(Object.assign(document.createElement('iframe'), { name: 'course', title: 'Course', style: 'width:1240px;height:660px;border:0' }))
    })
    const relaunched = await launch(page, version, { suspend_data: stored.suspend_data })

    await openSlide(relaunched, slides.scores.get(final.id)!)
    await expect(relaunched.locator('.quiz-score-total')).toContainText('100%')
    const first = final.questions[0]!
    await openSlide(relaunched, slides.questions.get(`${final.id}:${first.id}`)!)
    await expect(relaunched.locator(`[data-question="${final.id}:${first.id}"] .quiz-result`)).toContainText('✓ Correct')
  })
}

test(`cmi5: a keyboard learner passes the ${mod.id} quiz and the LRS receives valid statements in the cmi5 order`, async ({ page }) => {
  test.setTimeout(60_000 + final.questions.length * 10_000)
  const root = `${base}${NESTED}/cmi5`
  const structure = await (await fetch(`${root}/cmi5.xml`)).text()
  const au = /<au id="([^"]+)"[^>]*masteryScore="([\d.]+)"/.exec(structure)!
  const url = /<url>([^<]+)<\/url>/.exec(structure)![1]!
  const activityId = au[1]!
  const mastery = Number(au[2])
  const started = lrs.launch(activityId, mastery)
  await page.goto(`${base}/lms/host.html`)
  await page.evaluate(src => (document.querySelector('iframe')!.src = src), `${root}/${url}?${started.query}#/1`)
  const frame = page.frame({ name: 'course' })!
  await expect(frame.locator('[data-slidev-no="1"]').first()).toBeVisible()
  await takeQuiz(frame, inFrame(page, frame))

  // Closing the course sends "terminated" (with keepalive, so it survives the unload).
  await page.evaluate(() => document.querySelector('iframe')!.remove())
  const verbs = () => lrs.statements.filter(s => s.context?.registration === started.registration).map(s => s.verb.id.split('/').pop())
  await expect.poll(verbs).toContain('terminated')
  expect(lrs.errors).toEqual([])
  expect(cmi5Problems(lrs.statements, started, mastery)).toEqual([])
  expect(verbs().filter(v => v === 'answered')).toHaveLength(final.questions.reduce((n, q) => n + (q.type === 'scenario' ? q.questions.length : 1), 0))
  expect(verbs()).toContain('passed')
})

test('an LMS that holds damaged suspend data and refuses every commit: the learner is told once of each, and keeps every answer', async ({ page }) => {
  await page.goto(`${base}/lms/host.html`)
  const frame = await launch(page, '1.2', { suspend_data: 'S1~not-this-course' })
  await page.evaluate(() => ((w: HostWindow) => (w.API!.LMSCommit = () => 'false'))(window as unknown as HostWindow))
  const alert = frame.getByRole('alert')
  await expect(alert).toContainText(NOTICE.unreadable)
  // The damaged LMS copy is kept in the browser before it is overwritten.
  expect(await frame.evaluate(() => localStorage.getItem('messaging-leaks-course:lms-unreadable-backup'))).toBe('S1~not-this-course')

  const learner = inFrame(page, frame)
  for (const q of final.questions.slice(0, 2)) {
    await openSlide(frame, slides.questions.get(`${final.id}:${q.id}`)!)
    const scope = frame.locator(`[data-question="${final.id}:${q.id}"]`)
    for (const part of q.type === 'scenario' ? q.questions : [q])
      await answerPart(learner, scope, part, correctResponse(part))
    await check(learner, scope)
    await expect(scope.getByRole('status')).toContainText('Correct.')
  }
  await expect(alert).toContainText(NOTICE.refused)
  const shown = await alert.innerText()
  expect(shown.split(NOTICE.refused).length - 1, 'the refusal is said once').toBe(1)
  expect(shown.split(NOTICE.unreadable).length - 1, 'the damaged data is reported once').toBe(1)

  // Nothing is lost: a reload in the same browser still has both answers.
  // Wait for the new document: the next step would otherwise run in the page being unloaded.
  const reloaded = page.waitForEvent('framenavigated', f => f === frame)
  await frame.evaluate(() => location.reload())
  await reloaded
  await frame.waitForLoadState('load')
  const first = final.questions[1]!
  await openSlide(frame, slides.questions.get(`${final.id}:${first.id}`)!)
  await expect(frame.locator(`[data-question="${final.id}:${first.id}"] .quiz-result`)).toContainText('✓ Correct')
})
