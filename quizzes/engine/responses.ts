/**
 * What a learner's answer looks like for each question type, as stored in progress. One entry per
 * type: the `satisfies` below makes a question type without a response shape a type error.
 * Plain type guards, no schema library: this file runs in every module's browser bundle (reading
 * saved progress), where a validation library would weigh more than the whole quiz engine. The quiz
 * file schema (schema.ts, zod) stays the source of truth for quiz content, at build time only.
 */
import type { SimpleQuestion } from './schema.ts'

/** A plain `{}` object (not an array, not null): what JSON.parse gives for a JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isString(value: unknown): value is string {
  return typeof value === 'string'
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean'
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString)
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every(isString)
}

export const responseShapes = {
  /** The chosen option id. */
  'single': isString,
  /** Every chosen option id. */
  'multiple': isStringArray,
  'true-false': isBoolean,
  /** Item ids in the learner's order. */
  'ordering': isStringArray,
  /** Pair id -> chosen choice id. */
  'matching': isStringRecord,
} satisfies Record<SimpleQuestion['type'], (value: unknown) => boolean>

type Guarded<G> = G extends (value: unknown) => value is infer T ? T : never

/** The response to one question of a given type. */
export type ResponseOf<T extends SimpleQuestion['type']> = Guarded<(typeof responseShapes)[T]>
export type SimpleResponse = ResponseOf<SimpleQuestion['type']>
/** A scenario's response: sub-question id -> that question's response. */
export type ScenarioResponse = Record<string, SimpleResponse>
export type Response = SimpleResponse | ScenarioResponse

export function isSimpleResponse(value: unknown): value is SimpleResponse {
  return Object.values(responseShapes).some(fits => fits(value))
}

export function isScenarioResponse(value: unknown): value is ScenarioResponse {
  return isRecord(value) && Object.values(value).every(isSimpleResponse)
}

export function isResponse(value: unknown): value is Response {
  return isSimpleResponse(value) || isScenarioResponse(value)
}

/** Whether a stored response has the shape its question's type expects. */
export function fitsQuestion(q: SimpleQuestion, r: unknown): boolean {
  return responseShapes[q.type](r)
}
