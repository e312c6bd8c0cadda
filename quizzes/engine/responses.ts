/**
 * What a learner's answer looks like for each question type, as stored in progress.
 * Plain TypeScript with no schema library: this file runs in every module's browser bundle (reading
 * saved progress), where a validation library would weigh more than the whole quiz engine. The quiz
 * file schema (schema.ts, zod) stays the single source of truth for quiz content, at build time only.
 */

/** single: option id. multiple: option ids. true-false: boolean. ordering: item ids in the learner's order.
 * matching: pair id -> chosen choice id. scenario: sub-question id -> one of the above. */
export type SimpleResponse = string | boolean | string[] | Record<string, string>
export type Response = SimpleResponse | Record<string, SimpleResponse>

/** A plain `{}` object (not an array, not null): what JSON.parse gives for a JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(v => typeof v === 'string')
}

export function isSimpleResponse(value: unknown): value is SimpleResponse {
  return typeof value === 'string' || typeof value === 'boolean' || isStringArray(value)
    || (isRecord(value) && Object.values(value).every(v => typeof v === 'string'))
}

export function isResponse(value: unknown): value is Response {
  return isSimpleResponse(value) || (isRecord(value) && Object.values(value).every(isSimpleResponse))
}
