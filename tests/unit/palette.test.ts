/**
 * The colour pairs the course uses meet WCAG 2.2 AA contrast in both the light and the dark set:
 * 4.5:1 for text, 3:1 for borders, focus rings and diagram lines (1.4.11 non-text contrast).
 * Axe checks the HTML on every slide in both themes (tests/e2e/every-slide.spec.ts), but it does not
 * measure SVG text or the focus ring, so those pairs are checked here from the stylesheets themselves.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../../scripts/paths.ts'
import { blend, contrastRatio, fromComputed, fromHex } from '../shared/contrast.ts'

/** The `--name: #hex;` declarations of the first rule whose selector is exactly `selector`. */
function variables(file: string, selector: string): Record<string, string> {
  const css = readFileSync(join(root, file), 'utf8')
  const start = css.indexOf(`\n${selector} {`)
  if (start < 0)
    throw new Error(`${file}: no rule "${selector} {"`)
  const body = css.slice(start, css.indexOf('}', start))
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map(m => [m[1], m[2]]))
}

function contrast(a: string, b: string): number {
  return contrastRatio(fromHex(a), fromHex(b))
}

const TEXT = 4.5
const NON_TEXT = 3

/** [foreground, background, minimum ratio] by variable name, without the leading "--". */
const coursePairs: [string, string, number][] = [
  ['course-ink', 'course-bg', TEXT],
  ['course-ink', 'course-surface', TEXT],
  ['course-muted', 'course-bg', TEXT],
  ['course-muted', 'course-surface', TEXT],
  ['course-accent', 'course-bg', TEXT],
  ['course-accent', 'course-surface', TEXT],
  ['course-on-accent', 'course-accent', TEXT],
  ['course-ink', 'course-accent-soft', TEXT],
  ['course-accent', 'course-accent-soft', TEXT],
  ['course-link', 'course-bg', TEXT],
  ['course-right', 'course-bg', TEXT],
  ['course-right', 'course-right-bg', TEXT],
  ['course-ink', 'course-right-bg', TEXT],
  ['course-wrong', 'course-bg', TEXT],
  ['course-wrong', 'course-wrong-bg', TEXT],
  ['course-partial', 'course-bg', TEXT],
  ['course-notice-ink', 'course-notice-bg', TEXT],
  ['course-ink', 'course-code-bg', TEXT],
  ['course-focus', 'course-bg', NON_TEXT],
  ['course-focus', 'course-surface', NON_TEXT],
  ['course-border', 'course-bg', NON_TEXT],
  ['course-border', 'course-surface', NON_TEXT],
  ['course-notice-border', 'course-notice-bg', NON_TEXT],
]

const diagramPairs: [string, string, number][] = [
  ['dg-ink', 'dg-box', TEXT],
  ['dg-soft', 'dg-box', TEXT],
  ['dg-ink', 'dg-halo', TEXT],
  ['dg-soft', 'dg-halo', TEXT],
  ['dg-label', 'dg-halo', TEXT],
  ['dg-core', 'dg-core-fill', TEXT],
  ['dg-core', 'dg-halo', TEXT],
  ['dg-ink', 'dg-core-fill', TEXT],
  ['dg-on-badge', 'dg-badge', TEXT],
  ['dg-line', 'dg-halo', NON_TEXT],
  ['dg-line', 'dg-box', NON_TEXT],
  ['dg-dash', 'dg-halo', NON_TEXT],
  ['dg-lifeline', 'dg-halo', NON_TEXT],
  ['dg-badge', 'dg-halo', NON_TEXT],
]

const sets = [
  { name: 'course, light', file: 'styles/index.css', selector: ':root', pairs: coursePairs },
  { name: 'course, dark', file: 'styles/index.css', selector: 'html.dark', pairs: coursePairs },
  { name: 'diagrams, light', file: 'internals/diagrams/diagram.css', selector: '.diagram', pairs: diagramPairs },
  { name: 'diagrams, dark', file: 'internals/diagrams/diagram.css', selector: 'html.dark .diagram', pairs: diagramPairs },
]

describe('contrast', () => {
  it('matches known WCAG ratios', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(contrast('#fff', '#fff')).toBe(1)
  })
  it('reads computed colours and blends a translucent one over its background', () => {
    expect(fromComputed('rgba(0, 0, 0, 0.5)')).toEqual({ rgb: [0, 0, 0], alpha: 0.5 })
    expect(blend([0, 0, 0], [255, 255, 255], 0.5)).toEqual([127.5, 127.5, 127.5])
    expect(() => fromComputed('transparent')).toThrow('not a computed colour')
  })
})

describe.each(sets)('palette: $name', ({ file, selector, pairs }) => {
  const vars = variables(file, selector)
  it.each(pairs)('--%s on --%s reaches %d:1', (fg, bg, min) => {
    expect(vars[fg], `--${fg} in ${selector}`).toBeDefined()
    expect(vars[bg], `--${bg} in ${selector}`).toBeDefined()
    expect(contrast(vars[fg]!, vars[bg]!)).toBeGreaterThanOrEqual(min)
  })
})

describe('dark slides', () => {
  it('the dark course background is the one Slidev paints behind dark slides', () => {
    // Slidev's `bg-main` shortcut (node_modules/@slidev/client/uno.config.ts) is #121212 in dark.
    const uno = readFileSync(join(root, 'node_modules/@slidev/client/uno.config.ts'), 'utf8')
    expect(uno).toContain('dark:bg-[#121212]')
    expect(variables('styles/index.css', 'html.dark')['course-bg']).toBe('#121212')
    expect(variables('internals/diagrams/diagram.css', 'html.dark .diagram')['dg-halo']).toBe('#121212')
  })
})
