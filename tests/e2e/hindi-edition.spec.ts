/**
 * The Hindi edition of the safety module (hi/safety/), as a learner who reads Hindi meets it: the home's
 * language choice and the module from its card, the Devanagari font really drawn (and asked for with the
 * page), a knowledge check
 * answered by keyboard with the Hindi verdict, the link to the same slide in English and back; the
 * "Get help" panel in Hindi and Quick exit to the site root's neutral page; the offline copy (the Hindi
 * files kept once a Hindi page has opened, none of them for a learner who opens only English pages);
 * and the module quiz, whose answers count in the English edition too (progress is kept by quiz id).
 * Every string a learner reads comes from the message catalogues, the quiz files or modules.ts.
 */
import type { Locator, Page } from '@playwright/test'
import type { Question } from '../../quizzes/engine/schema'
import { expect, test } from '@playwright/test'
import { LANGUAGE_KEY } from '../../composables/language'
import { countries, countriesIn } from '../../course/helplines.ts'
import { messagesFor } from '../../i18n'
import { findModule, modulePath, moduleTexts } from '../../modules.ts'
import { formatPoints, possiblePoints, scoreQuiz } from '../../quizzes/engine/score.ts'
import { offlineCopy } from '../../scripts/offline.ts'
import { distDir } from '../../scripts/paths.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { quiz, slideNumbers } from './support/deck.ts'
import { answerPart, correctResponse, moveToSlide, openSlide, tabTo } from './support/keyboard.ts'

const hi = messagesFor('hi')
const en = messagesFor('en')
const safety = findModule('safety')!
/** './hi/safety' and './safety', as openSlide wants them (no trailing slash). */
const hindi = `./${modulePath(safety, 'hi')}`.replace(/\/$/, '')
const english = `./${modulePath(safety)}`.replace(/\/$/, '')
/** Slide N is slide N in both editions (scripts/content.ts checks it); these are the Hindi deck's. */
const slides = slideNumbers('safety', 'hi')

/** Press the question's Check button ("जाँचें" in Hindi) by keyboard. */
async function checkIn(page: Page, scope: Locator, lang: string): Promise<void> {
  await tabTo(page, scope.getByRole('button', { name: messagesFor(lang).quiz.check, exact: true }))
  await page.keyboard.press('Enter')
}

/** What the live region says after a fully correct answer to `q`, in `lang`. */
function correctStatus(q: Question, lang: string): string {
  const t = messagesFor(lang).quiz
  const points = possiblePoints(q)
  return t.statusCorrect(t.pointsOf(formatPoints(points), formatPoints(points), points === 1))
}

/** The families of the web fonts Chromium drew the text of `selector` with: the glyphs the learner sees. */
async function webFontsDrawing(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument')
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    return fonts.filter(f => f.isCustomFont).map(f => f.familyName)
  }
  finally {
    await cdp.detach()
  }
}

/** `selector`'s Devanagari text is drawn with the course's own Noto Sans Devanagari, loaded from the site. */
async function expectDevanagariFont(page: Page, selector: string): Promise<void> {
  await expect.poll(() => webFontsDrawing(page, selector), `web fonts drawing ${selector}`).toContain('Noto Sans Devanagari')
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts].filter(f => f.family.replace(/"/g, '') === 'Noto Sans Devanagari' && f.status === 'loaded').length
  })
  expect(loaded, 'Noto Sans Devanagari faces loaded').toBeGreaterThan(0)
}

/** The address of slide `n` of the module's edition in `lang`. */
function slideUrl(baseURL: string | undefined, lang: string, n: number): string {
  return new URL(`${modulePath(safety, lang)}#/${n}`, baseURL).href
}

test('a Hindi reader chooses हिंदी on the home, opens the module from its card, answers a knowledge check by keyboard and moves to the same slide in English and back', async ({ page, baseURL }) => {
  await page.goto('./')
  await page.getByRole('navigation', { name: en.home.language }).getByRole('link', { name: hi.navigation.languageName, exact: true }).click()
  await expect(page).toHaveURL(/\?lang=hi$/)
  // The choice is kept: the home opens in Hindi again without ?lang=.
  await page.goto('./')
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hi.home.title)
  await expect(page.getByRole('heading', { name: hi.home.progressHeading, exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: hi.home.modulesHeading, exact: true })).toBeVisible()
  await expect(page.getByRole('navigation', { name: hi.home.language }).getByRole('link', { name: hi.navigation.languageName, exact: true })).toHaveAttribute('aria-current', 'page')

  const title = moduleTexts(safety, 'hi').title
  await page.locator(`[data-module="${safety.id}"]`).getByRole('link', { name: title }).click()
  await expect(page.locator('[data-slidev-no="1"] .slidev-layout').first()).toBeVisible()
  expect(page.url().split('#')[0]).toBe(new URL(modulePath(safety, 'hi'), baseURL).href)
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi')
  await expect(page.locator('[data-slidev-no="1"] h1')).toHaveText(title)
  await expectDevanagariFont(page, '[data-slidev-no="1"] h1')

  // A knowledge check, answered with Tab, arrows, Space and Enter only; the verdict is the Hindi one.
  const key = 'safety/checks:check-responsible'
  const n = slides.questions.get(key)!
  const q = quiz('safety/checks', 'hi').questions.find(x => x.id === 'check-responsible')!
  if (q.type !== 'single')
    throw new Error('check-responsible should be a single-choice question')
  await moveToSlide(page, n)
  const scope = page.locator(`[data-question="${key}"]`)
  await expect(scope.locator('.quiz-kicker')).toContainText(hi.quiz.knowledgeCheck)
  await answerPart(page, scope, q, correctResponse(q))
  await checkIn(page, scope, 'hi')
  await expect(scope.getByRole('status')).toHaveText(correctStatus(q, 'hi'))
  await expect(scope.locator('.quiz-result')).toContainText(hi.quiz.verdictCorrect)
  await expect(scope.locator('.quiz-result')).toBeFocused()

  // "Read in English" opens the same slide in the English edition, which knows the answer too; and back.
  await page.getByRole('link', { name: en.navigation.readHere, exact: true }).click()
  await expect(page).toHaveURL(slideUrl(baseURL, 'en', n))
  await expect(page.locator(`[data-slidev-no="${n}"] .slidev-layout`).first()).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(scope.locator('.quiz-result')).toContainText(en.quiz.verdictCorrect)
  expect(await page.evaluate(k => localStorage.getItem(k), LANGUAGE_KEY)).toBe('en')
  await page.getByRole('link', { name: hi.navigation.readHere, exact: true }).click()
  await expect(page).toHaveURL(slideUrl(baseURL, 'hi', n))
  await expect(page.locator(`[data-slidev-no="${n}"] .slidev-layout`).first()).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi')
  await expect(scope.locator('.quiz-result')).toContainText(hi.quiz.verdictCorrect)
  expect(await page.evaluate(k => localStorage.getItem(k), LANGUAGE_KEY)).toBe('hi')
})

test('a Hindi page asks for its Devanagari fonts with its HTML and downloads each once; an English page asks for none', async ({ page }) => {
  /** The page's font preloads, and every font file the page itself downloaded (one entry per download). */
  const fonts = () => page.evaluate(() => ({
    preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map(l => l.href).sort(),
    fetched: performance.getEntriesByType('resource').map(e => e.name).filter(url => url.endsWith('.woff2')).sort(),
  }))
  await openSlide(page, hindi, 1)
  await expectDevanagariFont(page, '[data-slidev-no="1"] h1')
  const { preloaded, fetched } = await fonts()
  expect(preloaded, 'font preloads').toEqual([expect.stringMatching(/\/devanagari-400-[\w-]+\.woff2$/), expect.stringMatching(/\/devanagari-700-[\w-]+\.woff2$/)])
  // A preload the font face cannot reuse (a CORS mismatch) would show as a second download of the same file.
  expect(fetched, 'fonts downloaded').toEqual(preloaded)

  await openSlide(page, english, 1)
  expect((await fonts()).preloaded, 'font preloads on an English page').toEqual([])
})

test('Get help speaks Hindi and lists India first, 1930 at the top; Quick exit leaves a Hindi slide for the site root\'s neutral page', async ({ page, baseURL }) => {
  const india = countries[0]!
  const indiaHi = countriesIn('hi')[0]!
  expect(india.code, 'India is the first country').toBe('in')
  await openSlide(page, hindi, 3)

  const help = page.getByRole('button', { name: hi.safety.getHelp, exact: true })
  await tabTo(page, help)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: hi.safety.getHelp })
  await expect(dialog).toBeVisible()
  // Focus moved into the panel, to its first control: the Hindi "Close".
  const close = dialog.getByRole('button', { name: hi.safety.close, exact: true })
  await expect(close).toBeFocused()
  const dialogExit = dialog.getByRole('button', { name: hi.safety.quickExit })
  await expect(dialogExit).toBeVisible()
  await expect(dialog.getByRole('group', { name: hi.safety.whereAreYou })).toBeVisible()
  await expect(dialog).toContainText(hi.safety.chooseCountry)

  // भारत is the first choice: Tab enters the group on it, Space chooses it.
  const radios = dialog.getByRole('radio')
  await expect(radios.first()).toHaveAccessibleName(indiaHi.label)
  await tabTo(page, radios.first())
  await page.keyboard.press('Space')
  await expect(dialog.getByRole('radio', { name: indiaHi.label })).toBeChecked()
  await expect(dialog.getByRole('heading', { name: hi.safety.helplinesFor(indiaHi.label) })).toBeVisible()
  await expect(dialog).toContainText(indiaHi.note)
  // The same services, in the same order, as the English panel: 1930 first.
  const listed = dialog.locator('[data-helpline]')
  expect(await listed.evaluateAll(els => els.map(e => e.getAttribute('data-helpline')))).toEqual(india.helplines.map(h => h.id))
  await expect(listed.first()).toContainText('1930')
  await expect(dialog.locator('[data-helpline="in-ncrp"]')).toContainText('cybercrime.gov.in')
  await expect(dialog.locator('[data-helpline="in-112"]')).toContainText('112')
  await expect(dialog.locator('[data-helpline="in-181"]')).toContainText('181')
  for (const h of indiaHi.helplines) {
    const row = dialog.locator(`[data-helpline="${h.id}"]`)
    await expect(row).toContainText(h.helpsWith)
    // The date the English panel gives ("Checked mid-2026:"), said in Hindi.
    await expect(row.locator('.safety-checked')).toContainText(hi.safety.checked(india.helplines.find(e => e.id === h.id)!.asOf))
  }
  await expect(dialog).not.toContainText(india.helplines[0]!.asOf)

  // Back (Shift+Tab past the panel's Quick exit) to "Close"; then the bar's Quick exit, by keyboard,
  // leaves for the Hindi neutral page at the site root, <site>/neutral-hi.html: harmless, and in Hindi.
  await page.keyboard.press('Shift+Tab')
  await expect(dialogExit).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(close).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  const exit = page.locator('.safety-bar').getByRole('button', { name: hi.safety.quickExit })
  await expect(exit).toHaveAttribute('title', hi.safety.quickExitTitle)
  const neutral = new URL('neutral-hi.html', baseURL).href
  await tabTo(page, exit)
  await page.keyboard.press('Enter')
  await page.waitForURL(neutral)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi')
  await expect(page).toHaveTitle('आसान मसूर दाल')
  await expectNoAxeViolations(page, 'the Hindi neutral page')
  await expectDevanagariFont(page, 'h1')

  // Escape pressed twice, from another Hindi slide, leaves for the same page.
  await openSlide(page, hindi, 5)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await page.waitForURL(neutral)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

test.describe('the offline copy and the Hindi edition', () => {
  /** Each file of the site with its content's hash, and the files only Hindi pages need: what dist/sw.js lists. */
  function offlineLists() {
    const copy = offlineCopy(distDir)
    const hindiOnly = new Set(copy.groups.hi)
    return { urls: copy.urls, hindiFiles: Object.keys(copy.urls).filter(url => hindiOnly.has(copy.urls[url]!)) }
  }

  /** The content hashes the worker has stored, read through the Cache API in the page. */
  async function cachedHashes(page: Page): Promise<Set<string>> {
    return new Set(await page.evaluate(async () => {
      const keys = await Promise.all((await caches.keys()).map(async name => (await caches.open(name)).keys()))
      return keys.flat().map(r => r.url.split('/__offline/')[1] ?? r.url)
    }))
  }

  interface Talk { asked: unknown[], answered: unknown[] }
  /**
   * Records, from before each page of `page` loads, what it asks the worker (composables/offline.ts:
   * every page says its language once the worker is active) and what the worker answers (dist/sw.js:
   * {languageKept} once it holds a language's files).
   */
  async function recordWorkerTalk(page: Page): Promise<() => Promise<Talk>> {
    await page.addInitScript(() => {
      const talk: Talk = { asked: [], answered: [] }
      Object.assign(window, { workerTalk: talk })
      navigator.serviceWorker.addEventListener('message', e => talk.answered.push(e.data))
      const post = ServiceWorker.prototype.postMessage as (this: ServiceWorker, ...args: unknown[]) => void
      ServiceWorker.prototype.postMessage = function (this: ServiceWorker, ...args: unknown[]) {
        talk.asked.push(args[0])
        post.apply(this, args)
      }
    })
    return () => page.evaluate(() => (window as unknown as { workerTalk: Talk }).workerTalk)
  }

  /** Until the worker is active: it has kept what every first visit keeps (the core), and the page then talks to it. */
  async function workerActive(page: Page): Promise<void> {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  }

  test('after one visit of a Hindi slide, the Hindi edition opens offline at another slide in Devanagari', async ({ page, context }) => {
    const { urls, hindiFiles } = offlineLists()
    const talk = await recordWorkerTalk(page)
    await openSlide(page, hindi, 2)
    await workerActive(page)
    await expect.poll(async () => (await talk()).answered, 'the worker\'s answer').toContainEqual({ languageKept: 'hi' })
    expect((await talk()).asked).toContainEqual({ keepLanguage: 'hi' })
    const cached = await cachedHashes(page)
    expect(['hi/safety/', ...hindiFiles.filter(f => /devanagari.*\.woff2$/.test(f))].filter(f => !cached.has(urls[f]!)), 'Hindi files not kept').toEqual([])

    // Later, with no connection, in a new tab: another slide of the Hindi edition, its text in Devanagari.
    await context.setOffline(true)
    const offline = await context.newPage()
    const key = 'safety/checks:check-hash'
    const n = slides.questions.get(key)!
    await openSlide(offline, hindi, n)
    await expect(offline.locator('html')).toHaveAttribute('lang', 'hi')
    const q = quiz('safety/checks', 'hi').questions.find(x => x.id === 'check-hash')!
    const legend = `[data-slidev-no="${n}"] [data-question="${key}"] legend`
    await expect(offline.locator(legend)).toHaveText(q.prompt)
    await expectDevanagariFont(offline, legend)
    await expect(offline.getByRole('button', { name: hi.safety.getHelp, exact: true })).toBeVisible()
  })

  test('a browser that only ever opened English pages keeps no Hindi file and no Devanagari font', async ({ page }) => {
    const { urls, hindiFiles } = offlineLists()
    expect(hindiFiles, 'what only Hindi pages need').toEqual(expect.arrayContaining(['hi/safety/', expect.stringMatching(/devanagari.*\.woff2$/)]))
    const talk = await recordWorkerTalk(page)
    await page.goto('./')
    await openSlide(page, english, 2)
    await workerActive(page)
    // The English page has told the worker its language, and asked for nothing else: the worker keeps a
    // language's files only when asked (or, on an update, a language kept before), so the copy is final here.
    await expect.poll(async () => (await talk()).asked.length, 'messages from the page to the worker').toBeGreaterThan(0)
    expect((await talk()).asked).toEqual([{ keepLanguage: 'en' }])
    const cached = await cachedHashes(page)
    // The English module and the home are kept (so the check below looks at a real copy)...
    expect(['./', 'safety/'].filter(url => !cached.has(urls[url]!)), 'English pages not kept').toEqual([])
    // ...and nothing that only the Hindi edition needs.
    expect(hindiFiles.filter(url => cached.has(urls[url]!)), 'Hindi files kept').toEqual([])
  })
})

test('the Hindi module quiz scores as the English one: its first question answered right by keyboard shows answered in the English edition', async ({ page, baseURL }) => {
  const hindiQuiz = quiz(safety.quiz, 'hi')
  const englishQuiz = quiz(safety.quiz)
  const q = hindiQuiz.questions[0]!
  if (q.type !== 'single')
    throw new Error('the first question should be a single-choice question')
  const key = `${safety.quiz}:${q.id}`
  const n = slides.questions.get(key)!
  const scoreSlide = slides.scores.get(safety.quiz)!
  // Scored on the English quiz: the translation keeps its ids, answers and points.
  const expected = scoreQuiz(englishQuiz, { [q.id]: correctResponse(q) })
  expect(expected.answered).toBe(1)

  await openSlide(page, hindi, n)
  const scope = page.locator(`[data-question="${key}"]`)
  await expect(scope.locator('.quiz-kicker')).toContainText(hi.quiz.moduleQuestion(1, hindiQuiz.questions.length))
  await answerPart(page, scope, q, correctResponse(q))
  await checkIn(page, scope, 'hi')
  await expect(scope.getByRole('status')).toHaveText(correctStatus(q, 'hi'))
  await expect(scope.locator('.quiz-result')).toContainText(hi.quiz.verdictCorrect)

  const total = page.locator('.quiz-score-total')
  const summary = (lang: string) => messagesFor(lang).score.summary(formatPoints(expected.earned), formatPoints(expected.possible), expected.answered, expected.total)
  await moveToSlide(page, scoreSlide)
  await expect(total).toContainText(`${expected.shownPercent}%`)
  await expect(total).toContainText(summary('hi'))

  // The English edition, reached by its link: the same score, and the question answered there too.
  await page.getByRole('link', { name: en.navigation.readHere, exact: true }).click()
  await expect(page).toHaveURL(slideUrl(baseURL, 'en', scoreSlide))
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(total).toContainText(`${expected.shownPercent}%`)
  await expect(total).toContainText(summary('en'))
  await moveToSlide(page, n)
  await expect(scope.locator('.quiz-result')).toContainText(en.quiz.verdictCorrect)
  await expect(scope.locator(`input[value="${q.answer}"]`)).toBeChecked()
  await expect(scope.getByRole('button', { name: en.quiz.check, exact: true })).toHaveCount(0)
})
