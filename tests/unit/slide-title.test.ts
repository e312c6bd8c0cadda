import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { plainTitle } from '../../composables/slideTitle'
import { en } from '../../i18n/en'

describe('plainTitle', () => {
  it('keeps a plain heading as it is', () => {
    expect(plainTitle('The 2024 AT&T and Snowflake thefts')).toBe('The 2024 AT&T and Snowflake thefts')
  })
  it('keeps the words of markup a screen reader would read out as symbols', () => {
    expect(plainTitle('What **MM4** carries: `M-Send.req` and [the MMSC](https://example.org)')).toBe('What MM4 carries: M-Send.req and the MMSC')
    expect(plainTitle('A *very* _short_ <em>title</em>')).toBe('A very short title')
  })
  it('leaves underscores and stars inside words alone', () => {
    expect(plainTitle('snake_case_name and 2*3*4')).toBe('snake_case_name and 2*3*4')
  })
  it('has nothing to give for a slide without a heading', () => {
    expect(plainTitle(undefined)).toBeUndefined()
    expect(plainTitle('  ')).toBeUndefined()
    expect(plainTitle('**  **')).toBeUndefined()
  })
})

describe('navigation messages', () => {
  it('name the slide, the module and the position', () => {
    const t = en.navigation
    expect(t.documentTitle('Learning objectives', 'Reading a leak story', 2, 34)).toBe('Learning objectives - Reading a leak story (2 of 34)')
    expect(t.announce(2, 34, 'Learning objectives')).toBe('Slide 2 of 34: Learning objectives')
    expect(t.untitled(7)).toBe('Slide 7')
  })
})

describe('the window title', () => {
  // internals/navigation/SlideNavigation.vue sets it through the head manager Slidev uses. A second
  // copy of @unhead/vue (were npm to nest one under @slidev/client) would be a manager of its own,
  // and Slidev's "<deck> - Slidev" would win again.
  it('goes through the same copy of @unhead/vue as Slidev', () => {
    const fromCourse = createRequire(import.meta.url).resolve('@unhead/vue')
    const fromSlidev = createRequire(createRequire(import.meta.url).resolve('@slidev/client/package.json')).resolve('@unhead/vue')
    expect(fromCourse).toBe(fromSlidev)
  })
})
