/**
 * Colours are written only as variables with a light and a dark value (styles/index.css for the
 * course, internals/diagrams/diagram.css for diagrams), so a slide or component cannot bring a colour
 * whose contrast is checked in one theme only. The quick-exit page (home/public/neutral.html) is left
 * out on purpose: it must look like an ordinary unrelated website.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../../scripts/paths.ts'

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter(e => e.isFile() && ext.test(e.name))
    .map(e => relative(root, join(e.parentPath, e.name)))
}

const files = [
  ...filesUnder('components', /\.(?:vue|css)$/),
  ...filesUnder('internals', /\.(?:vue|css)$/),
  'home/CourseHome.vue',
  ...filesUnder('slides', /^[^.].*\.md$/),
  'styles/index.css',
  'home/home.css',
  'home/public/404.html',
  'global-top.vue',
  'global-bottom.vue',
]

/** The CSS of a file: the whole file for .css, the <style> blocks and style="" attributes otherwise. */
function cssOf(file: string, text: string): string {
  if (file.endsWith('.css'))
    return text
  return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>|style="([^"]*)"/g)].map(m => m[1] ?? m[2]).join('\n')
}

/** Declarations such as `color: #fff` or `fill: rgb(...)`, except custom properties (`--x: #fff`). */
function colourLiterals(css: string): string[] {
  const declarations = css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([\w-]+)\s*:\s*([^;{}]+)/g)
  return [...declarations]
    .filter(([, prop, value]) => !prop!.startsWith('--') && /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/i.test(value!))
    .map(([decl]) => decl!.trim())
}

describe('colours come from the themed variables', () => {
  it('finds the files to check', () => {
    expect(files.length).toBeGreaterThan(10)
  })
  it.each(files)('%s writes no colour of its own', (file) => {
    expect(colourLiterals(cssOf(file, readFileSync(join(root, file), 'utf8')))).toEqual([])
  })
  it('the page-not-found page, which cannot load the course\'s stylesheet, uses its colours, light and dark', () => {
    const values = (css: string) => Object.fromEntries([...css.matchAll(/(--course-[\w-]+):([^;]+);/g)].map(m => [m[1], m[2]!.trim()]))
    const course = readFileSync(join(root, 'styles/index.css'), 'utf8')
    const [light, dark] = course.split(/^html\.dark\s*\{/m).map(values)
    const page = cssOf('x.html', readFileSync(join(root, 'home/public/404.html'), 'utf8'))
    const [pageLight, pageDark] = page.split(/@media \(prefers-color-scheme: dark\)/).map(values)
    expect(Object.keys(pageLight!).length).toBeGreaterThan(3)
    for (const [name, value] of Object.entries(pageLight!))
      expect(value, `${name}, light`).toBe(light![name])
    for (const [name, value] of Object.entries(pageDark!))
      expect(value, `${name}, dark`).toBe(dark![name])
    expect(Object.keys(pageDark!).sort()).toEqual(Object.keys(pageLight!).sort())
  })
  it('notices a colour written into a component', () => {
    expect(colourLiterals('.x { color: #333; }\n.y { --ok: #fff; background: var(--ok); }')).toEqual(['color: #333'])
  })
})
