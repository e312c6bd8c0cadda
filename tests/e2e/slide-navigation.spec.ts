/**
 * Moving through a module as a newcomer and as a screen-reader user notices it: the window title
 * names the slide, the module and the position; one polite live region says which slide is shown
 * when the slide changes, and nothing when a key press inside a quiz does not change it; the first
 * slide says how to move on; a visible "Next" button works by mouse and by keyboard and is absent
 * where it does not belong (the last slide, the presenter view, print, a live classroom). Whether it
 * covers anything is checked on every slide at 1280 x 720 and on the phone by every-slide.spec.ts
 * (and on every question's checked states by quiz-fit.spec.ts). 1280 x 720 is the tightest desktop
 * case: the button's text never shrinks below 14 px there, while on a larger screen it grows with
 * the slide, so it takes a smaller share of the canvas. Slides are mounted only as the current slide or
 * its neighbour, though every slide's code is fetched three seconds after opening. Slidev's go-to box
 * (`g`) finds a slide by its title, and its search library loads only when the box first opens.
 */
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { modules } from '../../modules.ts'
import { quiz, slideNumbers } from './support/deck.ts'
import { moveToSlide, openSlide, tabTo } from './support/keyboard.ts'
import { coveredByNavigation } from './support/navigation.ts'

const mod = modules[0]!
const { total } = slideNumbers(mod.id)

function nextButton(page: Page) {
  return page.getByRole('button', { name: 'Next', exact: true })
}

function announcer(page: Page) {
  return page.getByTestId('slide-announcer')
}

/** The heading a learner sees on slide `n`. */
async function headingOf(page: Page, n: number): Promise<string> {
  return (await page.locator(`[data-slidev-no="${n}"] h1`).first().innerText()).trim()
}

/** The window title for slide `n` of `title`, as a screen reader reads it. */
async function expectTitleOf(page: Page, n: number, count: number, title: string) {
  await expect(page).toHaveTitle(`${await headingOf(page, n)} - ${title} (${n} of ${count})`)
}

for (const m of modules) {
  test(`"${m.id}": slide 1 is named in the window title and says how to move on; slide 2 does not`, async ({ page }) => {
    const count = slideNumbers(m.id).total
    await openSlide(page, `./${m.id}`, 1)
    await expectTitleOf(page, 1, count, m.title)
    await expect(page.getByText('Press → or Space for the next slide, or use the Next button.')).toBeVisible()
    await expect(nextButton(page)).toBeVisible()
    // Nothing is announced on arrival: the window title is read instead.
    await expect(announcer(page)).toHaveText('')

    await nextButton(page).click()
    await expect(page).toHaveURL(/#\/2$/)
    await expect(page.locator('[data-slidev-no="2"] .slidev-layout')).toBeVisible()
    await expectTitleOf(page, 2, count, m.title)
    await expect(announcer(page)).toMatchAriaSnapshot(`- paragraph: "Slide 2 of ${count}: ${await headingOf(page, 2)}"`)
    await expect(page.getByText('Press → or Space for the next slide')).toHaveCount(0)
    await expect(nextButton(page)).toBeVisible()
  })
}

test('the Next button is reached with Tab after the slide and pressed with Enter or Space, one slide each', async ({ page }) => {
  await openSlide(page, `./${mod.id}`, 1)
  const next = nextButton(page)
  const box = (await next.boundingBox())!
  expect(box.width, 'width in px').toBeGreaterThanOrEqual(24)
  expect(box.height, 'height in px').toBeGreaterThanOrEqual(24)
  // Tab meets it with a visible focus outline (tabTo checks that).
  await tabTo(page, next)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/2$/)
  await expect(announcer(page)).toMatchAriaSnapshot(`- paragraph: "Slide 2 of ${total}: ${await headingOf(page, 2)}"`)
  await expect(next).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/#\/3$/)
  await expectTitleOf(page, 3, total, mod.title)
  await expect(announcer(page)).toMatchAriaSnapshot(`- paragraph: "Slide 3 of ${total}: ${await headingOf(page, 3)}"`)
})

test('after a click on Next the arrow keys still move through the slides', async ({ page }) => {
  await openSlide(page, `./${mod.id}`, 1)
  await nextButton(page).click()
  await expect(page).toHaveURL(/#\/2$/)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/#\/3$/)
  await expectTitleOf(page, 3, total, mod.title)
})

test('three seconds after a module opens every slide\'s code is fetched, yet only the slide shown and its neighbours are on the page', async ({ page }) => {
  // Slidev's timer is run at once by the page's clock (Playwright's), not waited for.
  await page.clock.install()
  const slideChunks = new Set<string>()
  page.on('requestfinished', (r) => {
    if (/\/md-[\w-]+\.js$/.test(r.url()))
      slideChunks.add(r.url())
  })
  await openSlide(page, `./${mod.id}`, 1)
  const onPage = () => page.locator('#slideshow [data-slidev-no]').evaluateAll(els => els.map(e => Number(e.getAttribute('data-slidev-no'))).sort((a, b) => a - b))
  const slidesFetched = () => slideChunks.size
  await expect.poll(onPage).toEqual([1, 2])
  expect(await slidesFetched(), 'slide chunks before the timer').toBeLessThan(total)
  await page.clock.runFor(3500)
  // Each slide is one chunk: all of them arrive, so a jump later (or offline) needs no network...
  await expect.poll(slidesFetched, 'slide chunks fetched').toBe(total)
  // ...but none is mounted unseen (Slidev mounted all of them, a freeze of the main thread on a phone).
  expect(await onPage()).toEqual([1, 2])
  await moveToSlide(page, total - 1)
  await expect.poll(onPage).toEqual([1, 2, total - 2, total - 1, total])
  await expectTitleOf(page, total - 1, total, mod.title)
})

test('"g" opens the go-to box: a slide found by its title opens with Enter; its search loads only then', async ({ page }) => {
  const searchFetched: string[] = []
  page.on('request', r => /\/assets\/fuse-[\w-]+\.js$/.test(r.url()) && searchFetched.push(r.url()))
  await openSlide(page, `./${mod.id}`, 1)
  const target = 5
  await moveToSlide(page, target)
  const heading = await headingOf(page, target)
  await moveToSlide(page, 1)
  expect(searchFetched, 'the search is fetched before anyone asks for it').toEqual([])

  await page.keyboard.press('g')
  const box = page.locator('#slidev-goto-input')
  await expect(box).toBeFocused()
  await box.fill(heading)
  await expect(page.locator('#slidev-goto-dialog li').first()).toContainText(heading)
  await box.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/${target}$`))
  await expect(page.locator(`[data-slidev-no="${target}"] h1`).first()).toBeVisible()
  expect(searchFetched).toHaveLength(1)
})

test('the last slide has no Next button, and focus moves from it to the slide\'s heading', async ({ page }) => {
  await openSlide(page, `./${mod.id}`, total - 1)
  await tabTo(page, nextButton(page))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/${total}$`))
  await expect(nextButton(page)).toHaveCount(0)
  await expect(page.locator(`[data-slidev-no="${total}"] h1`)).toBeFocused()
  await expectTitleOf(page, total, total, mod.title)
})

test('arrow keys inside a quiz\'s radio group change neither the slide nor what is announced', async ({ page }) => {
  const slides = slideNumbers(mod.id)
  const final = quiz(mod.quiz)
  const q = final.questions.find(x => x.type === 'single' || x.type === 'true-false')!
  const n = slides.questions.get(`${final.id}:${q.id}`)!
  await openSlide(page, `./${mod.id}`, n - 1)
  // Arrive as a learner does, so the region has something to say.
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(new RegExp(`#/${n}$`))
  await expect(announcer(page)).toMatchAriaSnapshot(`- paragraph: "Slide ${n} of ${total}: ${await headingOf(page, n)}"`)
  const before = await announcer(page).ariaSnapshot()
  const radios = page.locator(`[data-question="${final.id}:${q.id}"] input[type=radio]`)
  await tabTo(page, radios.first())
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowLeft')
  await expect(radios.first()).toBeChecked()
  await expect(page).toHaveURL(new RegExp(`#/${n}$`))
  expect(await announcer(page).ariaSnapshot(), 'the live region after the arrow keys').toBe(before)
  await expectTitleOf(page, n, total, mod.title)
})

test('the presenter view has neither the Next button nor the hint, and keeps its own title', async ({ page }) => {
  await page.goto(`./${mod.id}/#/presenter/1`)
  await expect(page.locator('.slidev-presenter [data-slidev-no="1"] h1').first()).toBeVisible()
  await expect(page.getByText('Press → or Space for the next slide')).toHaveCount(0)
  await expect(nextButton(page)).toHaveCount(0)
  await expect(page).toHaveTitle(`Presenter - ${mod.title} - Slidev`)
})

test('print has neither the Next button nor the hint, and the slide titles stay out of the document title', async ({ page }) => {
  await page.goto(`./${mod.id}/?print=true#/print`)
  await expect(page.locator(`[data-slidev-no="${total}"] h1`).first()).toBeAttached()
  await expect(page.locator('[data-slidev-no="1"] h1').first()).toBeVisible()
  await expect(page.getByText('Press → or Space for the next slide')).toHaveCount(0)
  await expect(nextButton(page)).toHaveCount(0)
  await expect(page).not.toHaveTitle(/\(\d+ of \d+\)/)
})

test('in a live classroom the slides follow the trainer: no Next button and no hint', async ({ page }) => {
  await openSlide(page, `./${mod.id}`, 1, '?classroom=learner')
  await expect(page.getByText('Connecting to the classroom…')).toBeVisible()
  await expect(page.getByText('Press → or Space for the next slide')).toHaveCount(0)
  await expect(nextButton(page)).toHaveCount(0)
})

test('the course home keeps its own title', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { name: 'Modules' })).toBeVisible()
  await expect(page).toHaveTitle('Messaging leaks: an interactive course')
})

test('the check that the Next button covers nothing notices a button moved over the slide\'s heading', async ({ page }) => {
  await openSlide(page, `./${mod.id}`, 3)
  expect(await coveredByNavigation(page, 3)).toEqual([])
  const heading = (await page.locator('[data-slidev-no="3"] h1').boundingBox())!
  await nextButton(page).evaluate((el, at) => {
    const nav = el.parentElement!
    nav.style.bottom = 'auto'
    nav.style.right = 'auto'
    nav.style.left = `${at.x}px`
    nav.style.top = `${at.y}px`
  }, heading)
  expect(await coveredByNavigation(page, 3)).toEqual([expect.stringContaining(`text "${await headingOf(page, 3)}"`)])
})
