/**
 * `npm run classroom -- <module> [--host <address>] [--port <n>] [--build]`
 * Serves the built module and the course home to the room's network and runs the live-classroom
 * hub. Prints the join address with a QR code, the projector address and the trainer's presenter
 * address (with a secret made fresh at every start). The module is built first if dist/ lacks it
 * (or always, with --build).
 */
import { existsSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import QRCode from 'qrcode'
import { modules } from '../../modules.ts'
import { distDir } from '../paths.ts'
import { run } from '../run.ts'
import { questionsOf } from './questions.ts'
import { startClassroom } from './server.ts'

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? process.argv[at + 1] : undefined
}

/** The first IPv4 address of this machine on a local network, for the addresses devices type. */
function lanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.family === 'IPv4' && !a.internal)
        return a.address
    }
  }
  return undefined
}

const id = process.argv.slice(2).find(a => modules.some(m => m.id === a))
if (!id) {
  console.log(`Usage: npm run classroom -- <module> [--host <address>] [--port <n>] [--build]\nModules: ${modules.map(m => m.id).join(', ')}`)
  process.exit(1)
}
if (process.argv.includes('--build') || !existsSync(join(distDir, id, 'index.html')) || !existsSync(join(distDir, 'index.html')))
  await run('tsx', ['scripts/build.ts', id])

const host = option('host') ?? '0.0.0.0'
const port = Number(option('port') ?? process.env.PORT ?? 4300)
const everywhere = host === '0.0.0.0' || host === '::'
const room = await startClassroom({
  siteDir: distDir,
  moduleId: id,
  questions: questionsOf([id]),
  host,
  port,
  publicHost: everywhere ? (lanAddress() ?? '127.0.0.1') : host,
})

console.log(`
Live classroom for "${id}", listening on ${everywhere ? 'every network interface' : host}, port ${port}.

Learners join at   ${room.joinUrl}
${await QRCode.toString(room.joinUrl, { type: 'terminal', small: true })}
Room screen        ${room.projectorUrl}   (shows the join code on the first slide)
Trainer only       ${room.presenterUrl}
                   Keep this address to yourself: it reveals answers and shows the tallies.

Privacy: no names or accounts; each device gets a random id for this session only; answers live in
this process's memory and are gone when it stops. Nothing is written to disk unless you download
the anonymous tallies (CSV) from the presenter view. Stop with Ctrl+C.
`)

process.on('SIGINT', () => room.close().then(() => process.exit(0)))
