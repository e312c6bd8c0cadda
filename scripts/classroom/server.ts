import type { AddressInfo } from 'node:net'
import type { Question } from '../../quizzes/engine/schema.ts'
import type { ServerMessage } from './protocol.ts'
/**
 * The classroom server: the built site (through the same sirv handler as `npm run preview`), a
 * WebSocket hub (the `ws` library) and a few addresses of its own:
 *   /join                      learners: opens the module, following the trainer
 *   /projector                 the room's screen: the module with the join code
 *   /presenter/<secret>        the trainer: the presenter view with tallies (403 without the secret)
 *   /classroom/join.svg        the join QR code, made locally by the `qrcode` package
 *   /classroom/tallies.csv     anonymous tallies, for the trainer only (header x-classroom-key)
 * Nothing is written to disk and nothing is fetched from anywhere.
 */
import { Buffer } from 'node:buffer'
import { createServer } from 'node:http'
import QRCode from 'qrcode'
import { WebSocketServer } from 'ws'
import { notFound, siteHandler } from '../serve.ts'
import { ClassroomHub } from './hub.ts'
import { WS_PATH } from './protocol.ts'

export interface ClassroomOptions {
  siteDir: string
  moduleId: string
  questions: Map<string, Question>
  /** Interface to bind; '0.0.0.0' for every interface. */
  host: string
  port: number
  /** Address devices use to reach this machine (a LAN address); defaults to `host`. */
  publicHost?: string
  secret?: string
}

export interface Classroom {
  hub: ClassroomHub
  origin: string
  joinUrl: string
  projectorUrl: string
  presenterUrl: string
  close: () => Promise<void>
}

/** Pages of a module opened as the trainer's view carry `classroom=presenter` and the key. */
function presenterQuery(url: URL): boolean {
  return url.searchParams.get('classroom') === 'presenter'
}

export async function startClassroom(options: ClassroomOptions): Promise<Classroom> {
  const hub = new ClassroomHub({ questions: options.questions, secret: options.secret })
  const site = siteHandler(options.siteDir)
  const mod = `/${options.moduleId}/`
  let joinSvg = ''

  const server = createServer((req, res) => {
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://classroom')
    }
    catch {
      return notFound(res)
    }
    const path = url.pathname
    const redirect = (to: string) => res.writeHead(302, { 'location': to, 'cache-control': 'no-store' }).end()
    const refuse = () => res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
      .end('Refused: this address needs the trainer\'s secret. Use the presenter address printed by "npm run classroom".')
    if (path === '/join')
      return redirect(`${mod}?classroom=learner`)
    if (path === '/projector')
      return redirect(`${mod}?classroom=projector`)
    if (path.startsWith('/presenter')) {
      const key = path.slice('/presenter/'.length)
      return hub.isSecret(key) ? redirect(`${mod}?classroom=presenter&key=${encodeURIComponent(key)}#/presenter/1`) : refuse()
    }
    if (path === '/classroom/join.svg')
      return res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' }).end(joinSvg)
    if (path === '/classroom/tallies.csv') {
      if (!hub.isSecret(req.headers['x-classroom-key']))
        return refuse()
      return res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${options.moduleId}-tallies.csv"`,
        'cache-control': 'no-store',
      }).end(hub.csv())
    }
    if (presenterQuery(url) && !hub.isSecret(url.searchParams.get('key')))
      return refuse()
    site(req, res)
  })

  // Browsers send the WebSocket handshake to WS_PATH only; anything else is hung up on.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 })
  server.on('upgrade', (req, socket, head) => {
    if (new URL(req.url ?? '/', 'http://classroom').pathname !== WS_PATH) {
      socket.destroy()
      return
    }
    wss.handleUpgrade(req, socket, head, ws => wss.emit('connection', ws))
  })
  wss.on('connection', (ws) => {
    const conn = hub.connect((msg: ServerMessage) => {
      if (ws.readyState === ws.OPEN)
        ws.send(JSON.stringify(msg))
    })
    ws.on('message', (data, isBinary) => {
      if (isBinary)
        return
      conn.receive(Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data))
    })
    ws.on('close', () => conn.close())
    // A socket error (a device vanishing mid-frame, a frame over maxPayload) ends that socket only.
    ws.on('error', () => ws.terminate())
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const host = options.publicHost ?? options.host
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  const joinUrl = `${origin}/join`
  hub.joinUrl = joinUrl
  joinSvg = await QRCode.toString(joinUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
  return {
    hub,
    origin,
    joinUrl,
    projectorUrl: `${origin}/projector`,
    presenterUrl: `${origin}/presenter/${hub.secret}`,
    close: () => new Promise<void>((resolve) => {
      for (const ws of wss.clients)
        ws.terminate()
      wss.close()
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
