/** The learner's way on (the "Next" button and the first slide's hint), as the browser tests see it. */
import type { Page } from '@playwright/test'

/**
 * What on slide `n` the Next button or the hint covers: every line of text and every control, image
 * or diagram of the slide that lies under them on screen, as far as it is not scrolled out of view
 * (a long question scrolls inside its box). Empty when they cover nothing.
 */
export async function coveredByNavigation(page: Page, n: number): Promise<string[]> {
  return page.evaluate((n) => {
    interface Box { left: number, top: number, right: number, bottom: number }
    const meet = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) })
    const empty = (b: Box) => b.right - b.left < 1 || b.bottom - b.top < 1
    const covers = [...document.querySelectorAll('.course-nav-hint, .course-next')].map(el => el.getBoundingClientRect())
    const layout = document.querySelector(`[data-slidev-no="${n}"] .slidev-layout`)
    if (!layout || covers.length === 0)
      return []
    /** The part of `box` not clipped away by a scrolling or clipping box around `from`. */
    const shown = (from: Element, box: Box): Box => {
      let seen = box
      for (let e = from.parentElement; e; e = e.parentElement) {
        if (getComputedStyle(e).overflow !== 'visible')
          seen = meet(seen, e.getBoundingClientRect())
      }
      return seen
    }
    const found: string[] = []
    const check = (from: Element, box: Box, what: string) => {
      const seen = shown(from, box)
      if (empty(seen))
        return
      if (covers.some(c => !empty(meet(c, seen))))
        found.push(`${what} at ${Math.round(seen.left)},${Math.round(seen.top)}-${Math.round(seen.right)},${Math.round(seen.bottom)}`)
    }
    const walker = document.createTreeWalker(layout, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim()
      if (!text || !node.parentElement || !node.parentElement.checkVisibility())
        continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const r of range.getClientRects())
        check(node.parentElement, r, `text "${text.slice(0, 40)}"`)
    }
    for (const el of layout.querySelectorAll('button, input, select, textarea, a[href], img, svg')) {
      if (el.checkVisibility())
        check(el, el.getBoundingClientRect(), `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`)
    }
    return found
  }, n)
}
