/**
 * The messages of a live classroom, shared by the hub (scripts/classroom/hub.ts) and the pages
 * (composables/useClassroom.ts). Everything a device sends is checked against these schemas; a
 * message that does not fit is ignored, so a broken or hostile device cannot confuse the hub.
 */
import type { Response } from '../../quizzes/engine/responses.ts'
import { z } from 'zod'
import { isResponse } from '../../quizzes/engine/responses.ts'

export { MAX_MESSAGE_BYTES, WS_PATH } from './limits.ts'

/** A stored answer's shape, checked by the same guard that reads saved progress. */
const AnswerResponse = z.custom<Response>(isResponse)

export const Role = z.enum(['learner', 'projector', 'presenter'])
export type Role = z.infer<typeof Role>

/** A question key is `<quiz id>:<question id>`, as in useReveal. */
const Key = z.string().min(3).max(200)
const Token = z.string().min(8).max(100)

export const ClientMessage = z.discriminatedUnion('type', [
  /** First message of every connection. `session` is the hub session the page last saw, if any. */
  z.strictObject({ type: z.literal('hello'), role: Role, device: Token, key: z.string().max(100).optional(), session: z.string().max(100).optional() }),
  z.strictObject({ type: z.literal('answer'), question: Key, response: AnswerResponse }),
  // The rest are the trainer's, accepted only from a connection that presented the secret.
  z.strictObject({ type: z.literal('slide'), no: z.number().int().min(1).max(10_000) }),
  z.strictObject({ type: z.literal('open'), question: Key }),
  z.strictObject({ type: z.literal('reveal'), question: Key, revealed: z.boolean() }),
  z.strictObject({ type: z.literal('reset'), question: Key }),
])
export type ClientMessage = z.infer<typeof ClientMessage>

/** One bar of a tally: an option (choice questions) or an outcome (ordering, matching, case). */
export interface TallyBar { id: string, label: string, count: number }
export interface Tally { question: string, joined: number, answered: number, bars: TallyBar[] }

export type ServerMessage
  = | {
    type: 'welcome'
    role: Role
    session: string
    /** The address learners join at, as printed in the terminal. */
    join: string
    /** True when the page had joined an earlier run of the server: its answers there are gone. */
    restarted: boolean
    slide: number
    revealed: string[]
    /** This device's own answers in this session (never anyone else's). */
    mine: Record<string, Response>
  }
  | { type: 'refused', reason: string }
  | { type: 'slide', no: number }
  | { type: 'reveal', question: string, revealed: boolean }
  | { type: 'reset', question: string }
  /** To the learner who answered: the hub has the answer. */
  | { type: 'received', question: string }
  /** To the learner who answered a question that is not open. */
  | { type: 'closed', question: string }
  /** Only ever sent to the trainer. */
  | { type: 'tally', tally: Tally }
  | { type: 'joined', joined: number }
