import type { Response } from '../../quizzes/engine/responses.ts'
/**
 * The classroom hub: who is connected, which slide the trainer shows, which questions are open or
 * revealed, and each device's answer. No network code here (server.ts feeds it raw messages), so it
 * is unit tested directly. Nothing is written anywhere: the state lives only as long as the process.
 *
 * Rules it enforces:
 *  - only a connection that presented the secret may move slides, open, reveal or reset, and only it
 *    receives tallies;
 *  - a learner hears about its own answers only, never about anyone else's;
 *  - an answer counts only while its question is open (shown by the trainer, not yet revealed), and
 *    must fit the question; one answer per device, a new one replaces the old;
 *  - every device but the trainer's has a message budget (a token bucket); what goes over it, is too long, or is
 *    not a valid message is dropped and counted.
 */
import type { Question } from '../../quizzes/engine/schema.ts'
import type { Role, ServerMessage, Tally } from './protocol.ts'
import { Buffer } from 'node:buffer'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { ClientMessage, MAX_MESSAGE_BYTES } from './protocol.ts'
import { fitsQuestion, talliesCsv, tallyBars } from './tally.ts'

export interface HubOptions {
  /** Questions that may be asked, by key `<quiz id>:<question id>`. */
  questions: Map<string, Question>
  /** The trainer's secret; a random one when omitted. */
  secret?: string
  /** Messages a connection may send in a burst, and per second after it. */
  burst?: number
  perSecond?: number
  now?: () => number
}

export interface Connection {
  /** Feed one raw message from the device. */
  receive: (raw: string | Buffer) => void
  close: () => void
}

interface Peer {
  send: (msg: ServerMessage) => void
  role?: Role
  device?: string
  tokens: number
  last: number
}

export interface HubStats { accepted: number, dropped: { rate: number, size: number, invalid: number, closed: number, refused: number } }

export function newSecret(): string {
  return randomBytes(18).toString('base64url')
}

export class ClassroomHub {
  readonly secret: string
  /** Changes on every start, so a page can tell that the server it knew has restarted. */
  readonly session = randomBytes(9).toString('base64url')
  readonly stats: HubStats = { accepted: 0, dropped: { rate: 0, size: 0, invalid: 0, closed: 0, refused: 0 } }
  private readonly questions: Map<string, Question>
  private readonly peers = new Set<Peer>()
  private readonly answers = new Map<string, Map<string, Response>>()
  private readonly open = new Set<string>()
  private readonly revealed = new Set<string>()
  private slide = 1
  /** Set by the server once it knows its address. */
  joinUrl = ''
  private readonly burst: number
  private readonly perSecond: number
  private readonly now: () => number

  constructor(options: HubOptions) {
    this.questions = options.questions
    this.secret = options.secret ?? newSecret()
    this.burst = options.burst ?? 20
    this.perSecond = options.perSecond ?? 10
    this.now = options.now ?? Date.now
  }

  /** Constant-time check, so the secret cannot be guessed a character at a time. */
  isSecret(candidate: unknown): boolean {
    if (typeof candidate !== 'string')
      return false
    const a = Buffer.from(candidate)
    const b = Buffer.from(this.secret)
    return a.length === b.length && timingSafeEqual(a, b)
  }

  connect(send: (msg: ServerMessage) => void): Connection {
    const peer: Peer = { send, tokens: this.burst, last: this.now() }
    this.peers.add(peer)
    return {
      receive: raw => this.receive(peer, raw),
      close: () => {
        this.peers.delete(peer)
        if (peer.role === 'learner')
          this.toTrainers({ type: 'joined', joined: this.joined() })
      },
    }
  }

  /** Distinct learner devices connected now. */
  joined(): number {
    return new Set([...this.peers].filter(p => p.role === 'learner').map(p => p.device)).size
  }

  tally(question: string): Tally {
    const q = this.questions.get(question)
    const given = this.answers.get(question) ?? new Map()
    return { question, joined: this.joined(), answered: given.size, bars: q ? tallyBars(q, given.values()) : [] }
  }

  csv(): string {
    return talliesCsv([...this.answers.keys()].map(k => this.tally(k)))
  }

  private spend(peer: Peer): boolean {
    const t = this.now()
    peer.tokens = Math.min(this.burst, peer.tokens + (t - peer.last) / 1000 * this.perSecond)
    peer.last = t
    if (peer.tokens < 1)
      return false
    peer.tokens -= 1
    return true
  }

  private receive(peer: Peer, raw: string | Buffer) {
    // The trainer (who holds the secret) is not rate-limited: moving through slides quickly is normal.
    if (peer.role !== 'presenter' && !this.spend(peer)) {
      this.stats.dropped.rate++
      return
    }
    if (raw.length > MAX_MESSAGE_BYTES) {
      this.stats.dropped.size++
      return
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(raw.toString())
    }
    catch {
      this.stats.dropped.invalid++
      return
    }
    const result = ClientMessage.safeParse(parsed)
    if (!result.success) {
      this.stats.dropped.invalid++
      return
    }
    const msg = result.data
    if (msg.type === 'hello')
      return this.hello(peer, msg)
    if (!peer.role) {
      this.stats.dropped.invalid++
      return
    }
    if (msg.type === 'answer')
      return this.answer(peer, msg.question, msg.response)
    if (peer.role !== 'presenter') {
      this.stats.dropped.refused++
      peer.send({ type: 'refused', reason: 'Only the trainer can do that.' })
      return
    }
    this.stats.accepted++
    switch (msg.type) {
      case 'slide':
        this.slide = msg.no
        this.toAll({ type: 'slide', no: msg.no }, peer)
        break
      case 'open':
        if (this.questions.has(msg.question) && !this.revealed.has(msg.question))
          this.open.add(msg.question)
        break
      case 'reveal':
        if (!this.questions.has(msg.question))
          break
        if (msg.revealed) {
          this.revealed.add(msg.question)
          this.open.delete(msg.question)
        }
        else {
          this.revealed.delete(msg.question)
          this.open.add(msg.question)
        }
        this.toAll({ type: 'reveal', question: msg.question, revealed: msg.revealed })
        break
      case 'reset':
        this.answers.delete(msg.question)
        this.revealed.delete(msg.question)
        this.open.add(msg.question)
        this.toAll({ type: 'reset', question: msg.question })
        this.toTrainers({ type: 'tally', tally: this.tally(msg.question) })
        break
    }
  }

  private hello(peer: Peer, msg: Extract<ClientMessage, { type: 'hello' }>) {
    if (msg.role === 'presenter' && !this.isSecret(msg.key)) {
      this.stats.dropped.refused++
      peer.send({ type: 'refused', reason: msg.session && msg.session !== this.session
        ? 'The classroom server was restarted: open the new presenter address printed in its terminal.'
        : 'This presenter address is not valid: open the one printed in the classroom server\'s terminal.' })
      return
    }
    this.stats.accepted++
    peer.role = msg.role
    peer.device = msg.device
    const mine: Record<string, Response> = {}
    for (const [key, given] of this.answers) {
      const r = given.get(msg.device)
      if (r !== undefined && msg.role === 'learner')
        mine[key] = r
    }
    peer.send({
      type: 'welcome',
      role: msg.role,
      session: this.session,
      join: this.joinUrl,
      restarted: !!msg.session && msg.session !== this.session,
      slide: this.slide,
      revealed: [...this.revealed],
      mine,
    })
    if (msg.role === 'presenter') {
      for (const key of this.answers.keys())
        peer.send({ type: 'tally', tally: this.tally(key) })
    }
    this.toTrainers({ type: 'joined', joined: this.joined() })
  }

  private answer(peer: Peer, key: string, response: Response) {
    const q = this.questions.get(key)
    if (peer.role !== 'learner' || !peer.device || !q) {
      this.stats.dropped.refused++
      return
    }
    if (!this.open.has(key)) {
      this.stats.dropped.closed++
      peer.send({ type: 'closed', question: key })
      return
    }
    if (!fitsQuestion(q, response)) {
      this.stats.dropped.invalid++
      return
    }
    this.stats.accepted++
    let given = this.answers.get(key)
    if (!given)
      this.answers.set(key, given = new Map())
    given.set(peer.device, response)
    peer.send({ type: 'received', question: key })
    this.toTrainers({ type: 'tally', tally: this.tally(key) })
  }

  private toAll(msg: ServerMessage, except?: Peer) {
    for (const p of this.peers) {
      if (p.role && p !== except)
        p.send(msg)
    }
  }

  private toTrainers(msg: ServerMessage) {
    for (const p of this.peers) {
      if (p.role === 'presenter')
        p.send(msg)
    }
  }
}
