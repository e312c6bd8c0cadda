/**
 * `npm run check`: validates every quiz file and every quiz reference in the decks.
 * Exits non-zero with `file:line path: message` lines when anything is wrong.
 */
import process from 'node:process'
import { checkContent } from './content.ts'

const problems = checkContent()
if (problems.length > 0) {
  console.error(`Course content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`)
  for (const p of problems)
    console.error(`  ${p}`)
  process.exit(1)
}
console.log('Course content OK: every quiz file is valid and every quiz on a slide exists.')
