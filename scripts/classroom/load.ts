/**
 * `npm run classroom:load`: a load check of the classroom hub on loopback (not a timed test).
 * 60 simulated learners, each on its own WebSocket, answer 20 questions that the trainer opens one
 * after another. Prints messages per second, the largest delay from an answer leaving a learner to the
 * trainer's tally counting it, and memory; fails if any answer is missing from the final tallies.
 * A question follows the previous one 0.1 s after its last answer is counted (each device may send
 * 10 messages a second). Options: --learners <n> --questions <n>.
 */
import type { Question } from '../../quizzes/engine/schema.ts'
import type { ServerMessage } from './protocol.ts'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import WebSocket from 'ws'
import { modules } from '../../modules.ts'
import { WS_PATH } from './protocol.ts'
import { questionsOf } from './questions.ts'
import { startClassroom } from './server.ts'

function option(name: string, fallback: number) {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}
const LEARNERS = option('learners', 60)
const QUESTIONS = option('questions', 20)

// Single-choice questions from every module: their answers are easy to make up and to count.
const all = questionsOf(modules.map(m => m.id))
const asked = [...all].filter(([, q]) => q.type === 'single').slice(0, QUESTIONS) as [string, Extract<Question, { type: 'single' }>][]
if (asked.length < QUESTIONS)
  throw new Error(`Only ${asked.length} single-choice questions in the course; ask for fewer with --questions.`)

// The hub is what is measured; an empty site folder stands in for dist/.
const site = mkdtempSync(join(tmpdir(), 'classroom-load-'))
writeFileSync(join(site, 'index.html'), 'load check')
const room = await startClassroom({ siteDir: site, moduleId: 'load', questions: new Map(asked), host: '127.0.0.1', port: 0 })
const url = `ws://127.0.0.1:${new URL(room.origin).port}${WS_PATH}`

interface Client { ws: WebSocket, inbox: (msg: ServerMessage) => void }
let received = 0
function connect(role: 'learner' | 'presenter', device: string, onMessage: (msg: ServerMessage) => void): Promise<Client> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url)
    ws.on('error', reject)
    ws.on('message', (data) => {
      received++
      const msg = JSON.parse(data.toString()) as ServerMessage
      onMessage(msg)
      if (msg.type === 'welcome')
        resolve({ ws, inbox: onMessage })
    })
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', role, device, key: role === 'presenter' ? room.hub.secret : undefined })))
  })
}

/** When each learner's answer to each question left it, and when the tally first counted it. */
const sentAt = new Map<string, number[]>()
let maxDelay = 0
let waiting: { question: string, resolve: () => void } | undefined
const trainer = await connect('presenter', 'trainer-device', (msg) => {
  if (msg.type !== 'tally')
    return
  const times = sentAt.get(msg.tally.question) ?? []
  // The tally counting n answers means the first n answers to arrive are in; the n-th sent is the
  // latest of those, so its delay is an upper bound that is exact when answers arrive in order.
  const n = msg.tally.answered
  const sent = times[n - 1]
  if (sent !== undefined)
    maxDelay = Math.max(maxDelay, performance.now() - sent)
  if (waiting?.question === msg.tally.question && n === LEARNERS)
    waiting.resolve()
})
const learners = await Promise.all(Array.from({ length: LEARNERS }, (_, i) => connect('learner', `learner-device-${i}`, () => {})))

const memoryBefore = process.memoryUsage().rss
let sentMessages = 1 + LEARNERS
const started = performance.now()
for (const [key, q] of asked) {
  sentAt.set(key, [])
  trainer.ws.send(JSON.stringify({ type: 'open', question: key }))
  trainer.ws.send(JSON.stringify({ type: 'slide', no: asked.findIndex(([k]) => k === key) + 1 }))
  sentMessages += 2
  const done = new Promise<void>(resolve => (waiting = { question: key, resolve }))
  learners.forEach((l, i) => {
    const choice = q.options[i % q.options.length]!.id
    sentAt.get(key)!.push(performance.now())
    l.ws.send(JSON.stringify({ type: 'answer', question: key, response: choice }))
    sentMessages++
  })
  // A watchdog, not a measurement: if answers went missing the check ends and says so.
  const stuck = setTimeout(() => waiting?.resolve(), 10_000)
  await done
  clearTimeout(stuck)
  // The next question comes 0.1 s later: far faster than any class, and within each device's budget.
  await new Promise(resolve => setTimeout(resolve, 100))
  trainer.ws.send(JSON.stringify({ type: 'reveal', question: key, revealed: true }))
  sentMessages++
}
const seconds = (performance.now() - started) / 1000 - asked.length * 0.1

let dropped = 0
for (const [key] of asked) {
  const t = room.hub.tally(key)
  const counted = t.bars.reduce((sum, b) => sum + b.count, 0)
  if (t.answered !== LEARNERS || counted !== LEARNERS) {
    dropped += LEARNERS - Math.min(t.answered, counted)
    console.error(`${key}: ${t.answered} answers counted of ${LEARNERS}`)
  }
}
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
console.log(`${LEARNERS} learners x ${asked.length} questions on loopback: ${seconds.toFixed(2)} s of work (the 0.1 s pauses left out)`)
console.log(`messages: ${sentMessages} sent to the hub, ${received} received from it; ${((sentMessages + received) / seconds).toFixed(0)} msgs/s in all`)
console.log(`largest delay from answer to tally: ${maxDelay.toFixed(1)} ms`)
console.log(`memory (rss): ${mb(memoryBefore)} before, ${mb(process.memoryUsage().rss)} after; heap used ${mb(process.memoryUsage().heapUsed)}`)
console.log(`dropped by the hub: ${JSON.stringify(room.hub.stats.dropped)}`)
console.log(dropped === 0 ? `every answer counted (${LEARNERS * asked.length})` : `MISSING ${dropped} answers`)

for (const l of [...learners, trainer])
  l.ws.close()
await room.close()
rmSync(site, { recursive: true, force: true })
process.exit(dropped === 0 ? 0 : 1)
