/**
 * The "page not found" page's home link (scripts/not-found.ts) and the server's answer for an address
 * that is no file of the site (scripts/serve.ts), against a real server on 127.0.0.1 serving a small
 * site with the course's real 404 page.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { courseBase, NOT_FOUND_PAGE, withHomeLink } from '../../scripts/not-found'
import { root } from '../../scripts/paths'
import { serve } from '../../scripts/serve'

const template = readFileSync(join(root, 'home/public', NOT_FOUND_PAGE), 'utf8')
const homeLink = (html: string) => /<a data-course-home href="([^"]*)">Go to the course home<\/a>/.exec(html)?.[1]

describe('withHomeLink', () => {
  it('points the page\'s home link at the given address and changes nothing else', () => {
    expect(homeLink(template)).toBe('/')
    const page = withHomeLink(template, '/course/')
    expect(homeLink(page)).toBe('/course/')
    expect(page.replace('href="/course/"', 'href="/"')).toBe(template)
  })
  it('writes the address as an attribute value, never as markup', () => {
    expect(homeLink(withHomeLink(template, '/a"><script>x</script>/'))).toBe('/a&quot;&gt;&lt;script&gt;x&lt;/script&gt;/')
  })
  it('stops with a clear message for a page without the link', () => {
    expect(() => withHomeLink('<a href="/">Home</a>', '/')).toThrow(/data-course-home/)
  })
})

describe('courseBase (COURSE_BASE)', () => {
  it('is the host\'s root when unset or empty', () => {
    expect(courseBase(undefined)).toBe('/')
    expect(courseBase('')).toBe('/')
    expect(courseBase('/')).toBe('/')
  })
  it('is a folder with a slash at each end, however it is written', () => {
    expect(courseBase('messaging-leaks')).toBe('/messaging-leaks/')
    expect(courseBase('/messaging-leaks')).toBe('/messaging-leaks/')
    expect(courseBase('/training/messaging-leaks/')).toBe('/training/messaging-leaks/')
  })
  it('refuses what is not a folder: a full address, a query, a step up', () => {
    for (const wrong of ['https://example.org/course/', '/course/?x=1', '/course/#top', '/../course/'])
      expect(() => courseBase(wrong), wrong).toThrow(/COURSE_BASE/)
  })
})

describe('the server, for an address that is no file of the site', () => {
  let folder: string
  let server: Server
  let bare: Server
  const url = (s: Server, path: string) => `http://127.0.0.1:${(s.address() as AddressInfo).port}${path}`

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'not-found-'))
    const site = join(folder, 'site')
    mkdirSync(join(site, 'leak-story'), { recursive: true })
    writeFileSync(join(site, 'index.html'), '<h1>home</h1>')
    writeFileSync(join(site, 'leak-story', 'index.html'), '<h1>deck</h1>')
    copyFileSync(join(root, 'home/public', NOT_FOUND_PAGE), join(site, NOT_FOUND_PAGE))
    // A build from before the page: nothing better than text to send.
    mkdirSync(join(folder, 'old'))
    writeFileSync(join(folder, 'old', 'index.html'), '<h1>old</h1>')
    server = serve(site, 0, '127.0.0.1', { prefix: 'course/', quiet: true })
    bare = serve(join(folder, 'old'), 0, '127.0.0.1', { quiet: true })
    await Promise.all([server, bare].map(s => new Promise(resolve => s.once('listening', resolve))))
  })
  afterAll(() => {
    server.close()
    bare.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('answers 404 with the course\'s page, linking to the site\'s folder, at any depth', async () => {
    for (const path of ['/course/nope', '/course/leak-story/x', '/course/leak-story/x/y', '/course/nope/deeper/path']) {
      const res = await fetch(url(server, path))
      expect(res.status, path).toBe(404)
      expect(res.headers.get('content-type'), path).toBe('text/html; charset=utf-8')
      const html = await res.text()
      expect(html, path).toContain('<h1>Page not found</h1>')
      expect(homeLink(html), path).toBe('/course/')
    }
  })
  it('answers the same outside the site\'s folder', async () => {
    const res = await fetch(url(server, '/elsewhere'))
    expect(res.status).toBe(404)
    expect(homeLink(await res.text())).toBe('/course/')
  })
  it('still serves the site\'s pages', async () => {
    const res = await fetch(url(server, '/course/leak-story/'))
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('<h1>deck</h1>')
  })
  it('answers plain text for a site without the page', async () => {
    const res = await fetch(url(bare, '/nope'))
    expect(res.status).toBe(404)
    expect(await res.text()).toBe('Not found')
  })
})
