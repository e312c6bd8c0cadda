/**
 * Classroom reveal: the trainer, in presenter view, reveals a question's answer and the audience
 * screen shows it. It is never stored. Two routes carry it, so it works however the module is shown:
 *  - between tabs and windows of one browser, over a BroadcastChannel (the static site on one laptop);
 *  - between devices, in a live classroom (`npm run classroom`), through the classroom hub, which
 *    accepts a reveal only from the trainer's page (composables/useClassroom.ts).
 * A message may arrive by both routes; applying it twice changes nothing.
 */
import { reactive } from 'vue'
import { classroom, classroomActions, isClassroom, startClassroom } from './useClassroom'

interface RevealMessage { key: string, revealed: boolean }
type Message
  = | ({ type: 'reveal' } & RevealMessage)
    | { type: 'hello' }
    | { type: 'state', revealed: string[] }

const revealed = reactive(new Set<string>())
let channel: BroadcastChannel | undefined
let connected = false

function apply(msg: RevealMessage) {
  msg.revealed ? revealed.add(msg.key) : revealed.delete(msg.key)
}

function connect() {
  if (connected)
    return
  connected = true
  // In a classroom the hub is the only authority: a tab of the same browser must not reveal.
  if (isClassroom()) {
    startClassroom()
    return
  }
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel('messaging-leaks-course:reveal')
    channel.onmessage = (event: MessageEvent<Message>) => {
      const msg = event.data
      if (msg.type === 'reveal')
        apply(msg)
      else if (msg.type === 'hello' && revealed.size > 0)
        channel?.postMessage({ type: 'state', revealed: [...revealed] } satisfies Message)
      else if (msg.type === 'state')
        msg.revealed.forEach(k => revealed.add(k))
    }
    // A window opened mid-session asks the others what is already revealed.
    channel.postMessage({ type: 'hello' } satisfies Message)
  }
}

export function useReveal(key: string) {
  connect()
  return {
    isRevealed: () => isClassroom() ? classroom.revealed.has(key) : revealed.has(key),
    setRevealed(value: boolean) {
      if (isClassroom())
        return classroomActions.reveal(key, value)
      apply({ key, revealed: value })
      channel?.postMessage({ type: 'reveal', key, revealed: value } satisfies Message)
    },
  }
}
