/**
 * Ends a `switch` over question types: with every case handled, `value` is `never`; a type without a
 * case is a compile error here, instead of silently taking a default branch.
 */
export function unreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`)
}
