/**
 * The classroom's fixed numbers, in a file of their own so the pages (composables/useClassroom.ts)
 * can read them without bundling the hub's message schemas (and zod) into every deck.
 */

/** WebSocket path on the classroom server. */
export const WS_PATH = '/classroom/ws'
/** Largest message a device may send, in bytes; longer ones are ignored unread. */
export const MAX_MESSAGE_BYTES = 4096
