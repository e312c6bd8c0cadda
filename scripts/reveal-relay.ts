/**
 * Classroom reveal across devices. When a module is presented from Slidev's server
 * (`npm run present -- <module>`, which adds Slidev's `--remote`), the trainer's presenter view and
 * the audience screens may run on different devices, where a BroadcastChannel cannot reach. Each page
 * then also sends its reveal messages over the server's own WebSocket (Vite's `import.meta.hot`), and
 * this plugin passes them on to every other page, remembering what is revealed so a screen that joins
 * late catches up. A static build has no server, so this plugin does nothing there.
 */
import type { Plugin } from 'vite'

/** The event names shared with composables/useReveal.ts. */
export const REVEAL_EVENT = 'course:reveal'
export const HELLO_EVENT = 'course:reveal-hello'
export const STATE_EVENT = 'course:reveal-state'

export interface RevealMessage { key: string, revealed: boolean }

export function revealRelay(): Plugin {
  const revealed = new Set<string>()
  return {
    name: 'course-reveal-relay',
    apply: 'serve',
    configureServer(server) {
      server.ws.on(REVEAL_EVENT, (data: RevealMessage) => {
        if (typeof data?.key !== 'string')
          return
        data.revealed ? revealed.add(data.key) : revealed.delete(data.key)
        server.ws.send(REVEAL_EVENT, { key: data.key, revealed: !!data.revealed } satisfies RevealMessage)
      })
      server.ws.on(HELLO_EVENT, (_data, client) => {
        client.send(STATE_EVENT, { revealed: [...revealed] })
      })
    },
  }
}
