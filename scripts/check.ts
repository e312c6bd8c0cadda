/**
 * `npm run check`: validates every quiz file and every quiz reference in the decks, and the check dates
 * of time-sensitive facts (scripts/freshness.ts).
 * Exits non-zero with `file:line path: message` lines when anything is wrong. Facts checked more than
 * six months ago are listed as warnings: they do not fail the check, they ask for a re-check.
 */
import process from 'node:process'
import { checkContent, checkFreshness } from './content.ts'
import { formatFinding, maxAgeMonths } from './freshness.ts'

const freshness = checkFreshness()
const stale = freshness.filter(f => f.level === 'warning')
if (stale.length > 0) {
  console.warn(`${stale.length} time-sensitive fact${stale.length === 1 ? ' was' : 's were'} last checked more than ${maxAgeMonths} months ago (warning; README "Keeping facts true" says how to re-check):`)
  for (const f of stale)
    console.warn(`  ${formatFinding(f)}`)
}

const problems = [...checkContent(), ...freshness.filter(f => f.level === 'error').map(formatFinding)]
if (problems.length > 0) {
  console.error(`Course content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`)
  for (const p of problems)
    console.error(`  ${p}`)
  process.exit(1)
}
console.log('Course content OK: every quiz file is valid, every quiz on a slide exists, and every time-sensitive fact has a check date.')
