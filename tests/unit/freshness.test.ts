/**
 * The "keep it true" check (scripts/freshness.ts) on fixture decks and quizzes: fresh dates pass,
 * dates older than six months warn with file and line, time-sensitive facts with no date are errors.
 * "Today" is fixed so the results do not change with the calendar.
 */
import type { FreshnessFinding } from '../../scripts/freshness.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseQuiz } from '../../quizzes/engine/parse.ts'
import { checkDeckFreshness, checkQuizFreshness, formatFinding } from '../../scripts/freshness.ts'
import { fixtures } from './helpers.ts'

const december2026 = { year: 2026, month: 12 }

function fixture(name: string): string {
  return readFileSync(join(fixtures, 'freshness', name), 'utf8')
}

function deck(name: string, today = december2026): FreshnessFinding[] {
  return checkDeckFreshness(name, fixture(name), today)
}

function quiz(name: string, today = december2026): FreshnessFinding[] {
  return checkQuizFreshness(name, fixture(name), today)
}

/** Level and line only, for compact expectations; messages are checked separately. */
function brief(findings: FreshnessFinding[]): string[] {
  return findings.map(f => `${f.file}:${f.line} ${f.level}`)
}

describe('decks', () => {
  it('a deck whose time-sensitive facts were checked recently has no findings', () => {
    expect(deck('fresh.md')).toEqual([])
  })

  it('a date older than six months is a warning that names file, line, date and age', () => {
    const findings = deck('stale.md')
    expect(brief(findings)).toEqual(['stale.md:9 warning'])
    expect(formatFinding(findings[0]!)).toBe('stale.md:9 warning: checked: 2025-06 is 18 months old (more than 6); re-check the facts here against their sources and update the date')
  })

  it('exactly six months old is still fresh; a month later it warns', () => {
    expect(brief(deck('stale.md')).filter(f => f.startsWith('stale.md:18'))).toEqual([])
    expect(brief(deck('stale.md', { year: 2027, month: 1 }))).toEqual(['stale.md:9 warning', 'stale.md:18 warning'])
  })

  it('in a Hindi deck the marker is written in Hindi: "जाँचा गया: YYYY-MM" dates a helpline number like "checked:"', () => {
    const slide = (source: string) => `# हेल्पलाइन\n\nCyberTipline: 1-800-843-5678\n\n<p class="source">${source}</p>\n`
    const today = { year: 2026, month: 12 }
    expect(checkDeckFreshness('slides/hi/x.md', slide('स्रोत (जाँचा गया: 2026-06)'), today)).toEqual([])
    expect(checkDeckFreshness('slides/hi/x.md', slide('स्रोत (जाँचे गए: 2026-06)'), today)).toEqual([])
    expect(brief(checkDeckFreshness('slides/hi/x.md', slide('स्रोत'), today))).toEqual(['slides/hi/x.md:3 error'])
    expect(brief(checkDeckFreshness('slides/hi/x.md', slide('स्रोत (जाँचा गया: 2025-01)'), today))).toEqual(['slides/hi/x.md:5 warning'])
  })

  it('a slide that says "as of" or shows a helpline number with no date is an error at that line', () => {
    const findings = deck('missing.md')
    expect(brief(findings)).toEqual([
      'missing.md:7 error',
      'missing.md:15 error',
      'missing.md:29 error',
      'missing.md:31 error',
    ])
    expect(findings[0]!.message).toContain('says "as of" but has no "checked: YYYY-MM" date')
    expect(findings[1]!.message).toContain('shows the helpline number 1-800-843-5678')
  })

  it('a date that is not a month is an error, and does not count as a date', () => {
    const findings = deck('missing.md')
    expect(findings[3]!.message).toBe('checked: "2026-13" is not a month; write YYYY-MM, e.g. checked: 2026-12')
    expect(findings[2]!.message).toContain('says "as of"')
  })

  it('a date in the future is an error, so a typo cannot keep a fact "fresh" for years', () => {
    const findings = checkDeckFreshness('x.md', '# Hours, as of now\n\nChecked: 2036-12.\n', december2026)
    expect(findings.map(formatFinding)).toEqual(['x.md:3 error: checked: 2036-12 is after today (2026-12); is it a typo?'])
  })
})

describe('quizzes', () => {
  it('the fixtures are valid quiz files: the schema accepts "checked" on a source', () => {
    for (const name of ['fresh.yaml', 'stale.yaml', 'missing.yaml'])
      expect(parseQuiz(name, fixture(name)).ok, name).toBe(true)
  })

  it('the schema rejects a "checked" that is not YYYY-MM, naming the field', () => {
    const text = fixture('fresh.yaml').replace('checked: 2026-12', 'checked: December 2026')
    const result = parseQuiz('fresh.yaml', text)
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors.map(e => `${e.path}: ${e.message}`)).toEqual(['questions.0.sources.0.checked: must be a year and month, "YYYY-MM", e.g. "2026-12"'])
  })

  it('a quiz whose time-sensitive questions were checked recently has no findings', () => {
    expect(quiz('fresh.yaml')).toEqual([])
  })

  it('a source checked more than six months ago is a warning at the line of its date', () => {
    expect(brief(quiz('stale.yaml'))).toEqual(['stale.yaml:15 warning'])
  })

  it('a question with a helpline number or "as of" and no dated source is an error; a sub-question\'s date covers only itself', () => {
    const findings = quiz('missing.yaml')
    expect(brief(findings)).toEqual(['missing.yaml:9 error', 'missing.yaml:26 error'])
    expect(findings[0]!.message).toContain('this question shows the helpline number 844-878-2274')
  })
})
