/**
 * The page's side of a live classroom (`npm run classroom`). Active only when the page was opened
 * through the classroom server, which adds `?classroom=learner|projector|presenter` to the address;
 * on the static site and in print nothing here runs and nothing is requested.
 *
 * One WebSocket per page. The device id is random, made for this browser tab and kept in
 * sessionStorage only so that a reload finds the same answers; it is never shown to anyone.
 * If the connection drops (the trainer's laptop restarts the server), the page keeps trying and,
 * once back, says that it rejoined.
 */
import type { Response } from '../quizzes/engine/responses'
import type { ClientMessage, Role, ServerMessage, Tally } from '../scripts/classroom/protocol'
import { reactive } from 'vue'
import { messagesFor } from '../i18n'
import { WS_PATH } from '../scripts/classroom/limits'

const text = messagesFor(globalThis.document?.documentElement.lang).classroom

const DEVICE_KEY = 'messaging-leaks-course:classroom-device'
const SESSION_KEY = 'messaging-leaks-course:classroom-session'

export interface ClassroomState {
  role: Role | undefined
  connected: boolean
  /** Set when the hub refused this page (a presenter address without the right secret). */
  refused: string
  /** A short notice for the page to announce (rejoined after a restart, connection lost). */
  notice: string
  slide: number
  revealed: Set<string>
  /** This device's answers the hub has received. */
  sent: Map<string, Response>
  /** Questions the hub said were not open when this device answered. */
  closed: Set<string>
  tallies: Map<string, Tally>
  joined: number
  /** The join address the hub printed. */
  join: string
}

export const classroom: ClassroomState = reactive({
  role: undefined,
  connected: false,
  refused: '',
  notice: '',
  slide: 0,
  revealed: new Set<string>(),
  sent: new Map<string, Response>(),
  closed: new Set<string>(),
  tallies: new Map<string, Tally>(),
  joined: 0,
  join: '',
})

function params(): URLSearchParams {
  return new URLSearchParams(globalThis.location?.search ?? '')
}

export function classroomRole(): Role | undefined {
  const role = params().get('classroom')
  return role === 'learner' || role === 'projector' || role === 'presenter' ? role : undefined
}

export const isClassroom = (): boolean => classroomRole() !== undefined
/** In a classroom, only the page that presented the secret is the trainer. */
export const isTrainer = (): boolean => !isClassroom() || (classroom.role === 'presenter' && classroom.connected)

let socket: WebSocket | undefined
let started = false
let retry = 0
const pending = new Map<string, Response>()
/** Answers sent and not yet acknowledged by the hub. */
const outgoing = new Map<string, Response>()
const listeners = new Set<(msg: ServerMessage) => void>()

function deviceId(): string {
  let id = sessionStorage.getItem(DEVICE_KEY)
  if (!id) {
    id = crypto.randomUUID()
    sessionStorage.setItem(DEVICE_KEY, id)
  }
  return id
}

function send(msg: ClientMessage) {
  if (socket?.readyState === WebSocket.OPEN)
    socket.send(JSON.stringify(msg))
}

function handle(msg: ServerMessage) {
  switch (msg.type) {
    case 'welcome':
      classroom.role = msg.role
      classroom.connected = true
      classroom.refused = ''
      classroom.slide = msg.slide
      classroom.join = msg.join
      classroom.revealed = new Set(msg.revealed)
      classroom.sent = new Map(Object.entries(msg.mine))
      if (msg.restarted) {
        classroom.notice = text.restarted
        classroom.tallies = new Map()
        sessionStorage.setItem(DEVICE_KEY, crypto.randomUUID())
      }
      sessionStorage.setItem(SESSION_KEY, msg.session)
      // An answer sent while the connection was down goes out now.
      for (const [question, response] of pending)
        send({ type: 'answer', question, response })
      pending.clear()
      break
    case 'refused':
      classroom.refused = msg.reason
      break
    case 'slide':
      classroom.slide = msg.no
      break
    case 'reveal':
      msg.revealed ? classroom.revealed.add(msg.question) : classroom.revealed.delete(msg.question)
      break
    case 'reset':
      classroom.revealed.delete(msg.question)
      classroom.sent.delete(msg.question)
      classroom.closed.delete(msg.question)
      break
    case 'closed':
      classroom.closed.add(msg.question)
      break
    case 'tally':
      classroom.tallies.set(msg.tally.question, msg.tally)
      classroom.joined = msg.tally.joined
      break
    case 'joined':
      classroom.joined = msg.joined
      break
    case 'received': {
      const response = outgoing.get(msg.question)
      if (response !== undefined)
        classroom.sent.set(msg.question, response)
      break
    }
  }
  listeners.forEach(l => l(msg))
}

function open(role: Role) {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  const ws = new WebSocket(`${scheme}://${location.host}${WS_PATH}`)
  socket = ws
  ws.onopen = () => {
    retry = 0
    const session = sessionStorage.getItem(SESSION_KEY) ?? undefined
    send({ type: 'hello', role, device: deviceId(), key: params().get('key') ?? undefined, session })
  }
  ws.onmessage = (event: MessageEvent<string>) => {
    try {
      handle(JSON.parse(event.data) as ServerMessage)
    }
    catch {
      // A message this page cannot read is skipped; the next state update repairs the view.
    }
  }
  ws.onclose = () => {
    if (classroom.connected)
      classroom.notice = text.lost
    classroom.connected = false
    // Back off up to 5 s so a room of devices does not hammer a restarting laptop.
    retry = Math.min(retry + 1, 5)
    setTimeout(open, retry * 1000, role)
  }
}

/** Connects once per page, if the page is in a classroom. */
export function startClassroom() {
  const role = classroomRole()
  if (started || !role || typeof WebSocket === 'undefined')
    return
  started = true
  open(role)
}

export function onClassroomMessage(listener: (msg: ServerMessage) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const classroomActions = {
  answer(question: string, response: Response) {
    outgoing.set(question, response)
    classroom.closed.delete(question)
    if (socket?.readyState === WebSocket.OPEN)
      send({ type: 'answer', question, response })
    else
      pending.set(question, response)
  },
  slide: (no: number) => send({ type: 'slide', no }),
  open: (question: string) => send({ type: 'open', question }),
  reveal: (question: string, revealed: boolean) => send({ type: 'reveal', question, revealed }),
  reset: (question: string) => send({ type: 'reset', question }),
  /** The anonymous tallies as a CSV download, asked for with the trainer's secret. */
  async exportCsv(): Promise<Blob> {
    const res = await fetch('/classroom/tallies.csv', { headers: { 'x-classroom-key': params().get('key') ?? '' } })
    if (!res.ok)
      throw new Error(`The server refused the export (${res.status}).`)
    return res.blob()
  },
}
