/** What a learner's answer looks like for each question type, as stored in progress. */
import { z } from 'zod'

/** single: option id. multiple: option ids. true-false: boolean. ordering: item ids in the learner's order.
 * matching: pair id -> chosen choice id. scenario: sub-question id -> one of the above. */
export const SimpleResponse = z.union([
  z.string(),
  z.boolean(),
  z.array(z.string()),
  z.record(z.string(), z.string()),
])
export const Response = z.union([SimpleResponse, z.record(z.string(), SimpleResponse)])

export type SimpleResponse = z.infer<typeof SimpleResponse>
export type Response = z.infer<typeof Response>
