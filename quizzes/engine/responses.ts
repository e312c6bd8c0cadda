/**
 * What a learner's answer looks like for each question type, as stored in progress. One entry per
 * type: the `satisfies` below makes a question type without a response shape a type error.
 */
import type { SimpleQuestion } from './schema.ts'
import { z } from 'zod'

export const responseShapes = {
  /** The chosen option id. */
  'single': z.string(),
  /** Every chosen option id. */
  'multiple': z.array(z.string()),
  'true-false': z.boolean(),
  /** Item ids in the learner's order. */
  'ordering': z.array(z.string()),
  /** Pair id -> chosen choice id. */
  'matching': z.record(z.string(), z.string()),
} satisfies Record<SimpleQuestion['type'], z.ZodType>

/** The response to one question of a given type. */
export type ResponseOf<T extends SimpleQuestion['type']> = z.infer<(typeof responseShapes)[T]>

export const SimpleResponse = z.union(Object.values(responseShapes))
/** A scenario's response: sub-question id -> that question's response. */
export const ScenarioResponse = z.record(z.string(), SimpleResponse)
export const Response = z.union([SimpleResponse, ScenarioResponse])

export type SimpleResponse = z.infer<typeof SimpleResponse>
export type ScenarioResponse = z.infer<typeof ScenarioResponse>
export type Response = z.infer<typeof Response>

/** Whether a stored response has the shape its question's type expects. */
export function fitsQuestion(q: SimpleQuestion, r: unknown): boolean {
  return responseShapes[q.type].safeParse(r).success
}
