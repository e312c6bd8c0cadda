/**
 * A new deployment reaches a learner whole: no old page with new scripts, no old copy served after an
 * update. The course home is built twice (two versions, each with its own service worker) and one
 * local server first serves the first build, then the second from the same address.
 */
import type { Server } from 'node:http'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { writeServiceWorker } from '../../scripts/offline.ts'
import { run } from '../../scripts/run.ts'
import { serve } from '../../scripts/serve.ts'

const work = mkdtempSync(join(tmpdir(), 'course-update-'))
const builds = { first: join(work, 'first'), second: join(work, 'second') }
let server: Server
let site = builds.first

test.beforeAll(async () => {
  // Only the home page: it is the smallest part of the site with its own scripts and the worker.
  await Promise.all(Object.entries(builds).map(async ([version, dir]) => {
    await run('vite', ['build', '--config', 'home/vite.config.ts', '--outDir', dir, '--logLevel', 'error'], { env: { COURSE_VERSION: version } })
    writeServiceWorker(dir)
  }))
  // Port 0: the system picks a free one, so this never clashes with the suite's own server.
  server = serve(() => site, 0, '127.0.0.1', { prefix: 'site/', quiet: true })
  await new Promise(resolve => server.once('listening', resolve))
})

test.afterAll(() => {
  server?.close()
  rmSync(work, { recursive: true, force: true })
})

test('a learner who opens the course after a new deployment gets the new version, online and offline', async ({ page, context }) => {
  const address = server.address()
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/site/`
  const broken: string[] = []
  page.on('response', r => r.status() >= 400 && broken.push(`${r.status()} ${r.url()}`))
  page.on('pageerror', e => broken.push(e.message))

  await page.goto(url)
  await expect(page.getByText('Course version first')).toBeVisible()
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))

  site = builds.second
  await page.reload()
  await expect(page.getByText('Course version second')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Modules' })).toBeVisible()

  // The second build's worker takes over: the offline copy it lists holds the second build's script.
  const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(readFileSync(join(builds.second, 'index.html'), 'utf8'))![1]!
  await expect.poll(() => page.evaluate(async (name) => {
    const manifest = await caches.match(new URL('__offline/manifest-current', location.href))
    return manifest ? name in await manifest.json() : false
  }, script)).toBe(true)
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByText('Course version second')).toBeVisible()
  expect(broken).toEqual([])
})
