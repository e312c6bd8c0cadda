import type { RevealMessage } from '../scripts/reveal-relay'
/**
 * Classroom reveal: the trainer, in presenter view, reveals a question's answer and the audience
 * screen shows it. It is never stored. Two routes carry it, so it works however the module is shown:
 *  - between tabs and windows of one browser, over a BroadcastChannel (the static site on one laptop);
 *  - between devices, when the module is presented from Slidev's server (`npm run present`), over
 *    that server's WebSocket, relayed by scripts/reveal-relay.ts.
 * A message may arrive by both routes; applying it twice changes nothing.
 */
import { reactive } from 'vue'
import { HELLO_EVENT, REVEAL_EVENT, STATE_EVENT } from '../scripts/reveal-relay'

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
  if (import.meta.hot) {
    import.meta.hot.on(REVEAL_EVENT, apply)
    import.meta.hot.on(STATE_EVENT, (data: { revealed: string[] }) => data.revealed.forEach(k => revealed.add(k)))
    import.meta.hot.send(HELLO_EVENT, {})
  }
}

export function useReveal(key: string) {
  connect()
  return {
    isRevealed: () => revealed.has(key),
    setRevealed(value: boolean) {
      apply({ key, revealed: value })
      channel?.postMessage({ type: 'reveal', key, revealed: value } satisfies Message)
      import.meta.hot?.send(REVEAL_EVENT, { key, revealed: value } satisfies RevealMessage)
    },
  }
}
