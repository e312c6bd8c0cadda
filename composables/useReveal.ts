/**
 * Classroom reveal: the trainer, in presenter view, reveals a question's answer and the audience
 * window shows it. The state travels between tabs and windows of one browser over a BroadcastChannel,
 * the same reach as Slidev's own presenter sync in a static build. It is never stored.
 */
import { reactive } from 'vue'

type Message =
  | { type: 'reveal', key: string, revealed: boolean }
  | { type: 'hello' }
  | { type: 'state', revealed: string[] }

const revealed = reactive(new Set<string>())
let channel: BroadcastChannel | undefined

function connect() {
  if (channel || typeof BroadcastChannel === 'undefined')
    return
  channel = new BroadcastChannel('messaging-leaks-course:reveal')
  channel.onmessage = (event: MessageEvent<Message>) => {
    const msg = event.data
    if (msg.type === 'reveal')
      msg.revealed ? revealed.add(msg.key) : revealed.delete(msg.key)
    else if (msg.type === 'hello' && revealed.size > 0)
      channel?.postMessage({ type: 'state', revealed: [...revealed] } satisfies Message)
    else if (msg.type === 'state')
      msg.revealed.forEach(k => revealed.add(k))
  }
  // A window opened mid-session asks the others what is already revealed.
  channel.postMessage({ type: 'hello' } satisfies Message)
}

export function useReveal(key: string) {
  connect()
  return {
    isRevealed: () => revealed.has(key),
    setRevealed(value: boolean) {
      value ? revealed.add(key) : revealed.delete(key)
      channel?.postMessage({ type: 'reveal', key, revealed: value } satisfies Message)
    },
  }
}
