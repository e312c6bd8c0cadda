import type { Question } from '../../quizzes/engine/schema'
/**
 * The classroom server faces a room of devices: these requests are what a curious learner could
 * send. They run against a real server on 127.0.0.1 serving a small site in a temporary folder,
 * next to a "secret" file just outside it that must never come back.
 */
import type { Classroom } from '../../scripts/classroom/server'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { WS_PATH } from '../../scripts/classroom/protocol'
import { startClassroom } from '../../scripts/classroom/server'

const OUTSIDE = 'OUTSIDE-THE-SITE'
let folder: string
let room: Classroom
let port: number

/** A raw GET: the path goes on the wire exactly as written (fetch would tidy `..` away). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number, body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'classroom-'))
  const site = join(folder, 'site')
  mkdirSync(join(site, 'demo'), { recursive: true })
  writeFileSync(join(site, 'index.html'), '<h1>home</h1>')
  writeFileSync(join(site, 'demo', 'index.html'), '<h1>demo deck</h1>')
  writeFileSync(join(folder, 'package.json'), OUTSIDE)
  const questions = new Map<string, Question>()
  room = await startClassroom({ siteDir: site, moduleId: 'demo', questions, host: '127.0.0.1', port: 0 })
  port = Number(new URL(room.origin).port)
})

afterAll(async () => {
  await room.close()
  rmSync(folder, { recursive: true, force: true })
})

describe('the classroom server', () => {
  it('serves the built site', async () => {
    expect(await get('/demo/')).toMatchObject({ status: 200, body: '<h1>demo deck</h1>' })
  })

  it.each([
    '/../package.json',
    '/demo/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E%2Fpackage.json',
    '/..%2fpackage.json',
    '/..%5cpackage.json',
    '/%252e%252e/package.json',
    '/@fs/etc/passwd',
    `/@fs${folder}/package.json`,
    '/__mcp',
    '/etc/passwd',
    '//etc/passwd',
  ])('never returns a file from outside the site for %s', async (path) => {
    const res = await get(path)
    expect(res.body).not.toContain(OUTSIDE)
    expect(res.body).not.toContain('root:')
    expect(res.status).not.toBe(200)
  })

  it('refuses the presenter address without the secret', async () => {
    expect((await get('/presenter/guess')).status).toBe(403)
    expect((await get('/presenter/')).status).toBe(403)
    expect((await get('/demo/?classroom=presenter')).status).toBe(403)
    expect((await get('/demo/?classroom=presenter&key=guess')).status).toBe(403)
    const ok = await get(`/presenter/${room.hub.secret}`)
    expect(ok.status).toBe(302)
  })

  it('refuses the tallies export without the secret', async () => {
    expect((await get('/classroom/tallies.csv')).status).toBe(403)
    expect((await get('/classroom/tallies.csv', { 'x-classroom-key': 'guess' })).status).toBe(403)
    expect(await get('/classroom/tallies.csv', { 'x-classroom-key': room.hub.secret })).toMatchObject({ status: 200, body: expect.stringContaining('"question"') })
  })

  it('refuses a trainer hello without the secret over the WebSocket, and ignores its reveal', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${WS_PATH}`)
    const received: string[] = []
    await new Promise<void>((resolve, reject) => {
      ws.on('open', () => {
        ws.send(JSON.stringify({ type: 'hello', role: 'presenter', device: 'device-guess', key: 'guess' }))
        ws.send(JSON.stringify({ type: 'reveal', question: 'demo/x:y', revealed: true }))
      })
      ws.on('message', (data) => {
        received.push(data.toString())
        resolve()
      })
      ws.on('error', reject)
    })
    ws.close()
    expect(received.map(r => JSON.parse(r).type)).toEqual(['refused'])
    expect(room.hub.stats.dropped.refused).toBeGreaterThan(0)
  })

  it('stays up after a frame larger than the WebSocket limit', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${WS_PATH}`)
    const closed = new Promise<number>(resolve => ws.on('close', code => resolve(code)))
    ws.on('open', () => ws.send('x'.repeat(200_000)))
    expect(await closed).toBe(1009)
    expect((await get('/demo/')).status).toBe(200)
  })
})
