import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { offlineCopy } from '../../scripts/offline'

let dir = ''
function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'offline-copy-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('offlineCopy', () => {
  it('stores a file shared by two modules once, under both addresses', () => {
    const copy = offlineCopy(site({ 'a/assets/vue.js': 'same', 'b/assets/vue.js': 'same', 'b/assets/own.js': 'other' }))
    expect(copy.urls['a/assets/vue.js']).toBe(copy.urls['b/assets/vue.js'])
    expect(copy.urls['b/assets/own.js']).not.toBe(copy.urls['a/assets/vue.js'])
    expect(copy.files).toBe(2)
  })
  it('answers folder addresses with their index page', () => {
    const copy = offlineCopy(site({ 'index.html': 'home', 'leak-story/index.html': 'deck' }))
    expect(copy.urls['./']).toBe(copy.urls['index.html'])
    expect(copy.urls['leak-story/']).toBe(copy.urls['leak-story/index.html'])
  })
  it('leaves out PDFs, a module\'s 404 page and _redirects, the worker itself and font formats older than WOFF2', () => {
    const copy = offlineCopy(site({ 'a.woff2': 'w2', 'a.woff': 'w', 'a.ttf': 't', 'x/404.html': '404', 'x/_redirects': './* ./index.html 200', 'sw.js': 'sw', 'm.pdf': 'pdf' }))
    expect(Object.keys(copy.urls)).toEqual(['a.woff2'])
  })
  it('leaves out Slidev\'s logo, which only its Info dialog shows, and keeps the course\'s own images', () => {
    const copy = offlineCopy(site({ 'a/assets/logo-BYkHSa_O.png': 'logo', 'a/assets/diagram-x1.png': 'diagram' }))
    expect(Object.keys(copy.urls)).toEqual(['a/assets/diagram-x1.png'])
  })
  it('keeps the site\'s own 404 page, which answers unknown addresses offline', () => {
    const copy = offlineCopy(site({ '404.html': 'not found', 'x/404.html': 'deck copy' }))
    expect(Object.keys(copy.urls)).toEqual(['404.html'])
  })
  it('counts text at its gzip size, as a host sends it', () => {
    const copy = offlineCopy(site({ 'big.js': 'x'.repeat(100_000) }))
    expect(copy.gzipBytes).toBeGreaterThan(0)
    expect(copy.gzipBytes).toBeLessThan(1_000)
  })
})
