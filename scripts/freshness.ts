/**
 * "Keep it true": time-sensitive facts carry the month they were last checked, and `npm run check`
 * says which ones are due for a re-check.
 *
 * The marker is `checked: YYYY-MM` (in a Hindi deck `जाँचा गया: YYYY-MM`), written where the fact is:
 * - in a deck, anywhere on the slide (the source line or the speaker notes);
 * - in a quiz file, as a field of one of the question's sources.
 *
 * A fact counts as time-sensitive when it says "as of ..." (the course's convention for laws in force,
 * hours, platform lists and rollout states) or shows a helpline number. Such a slide or question with
 * no `checked:` date is an error; a date older than `maxAgeMonths` is a warning, not a failure.
 * Pure text functions, so the unit tests feed them fixture files and a fixed "today".
 */
import { LineCounter, parseDocument, visit } from 'yaml'
import { phoneNumbersIn } from './phones.ts'

/** How old a check may get before `npm run check` asks for a new one. */
export const maxAgeMonths = 6

export interface FreshnessFinding {
  file: string
  line: number
  level: 'error' | 'warning'
  message: string
}

/** A year and month, e.g. 2026-12. */
export interface Month { year: number, month: number }

/** `checked:` in English; in the Hindi edition its Hindi form, "जाँचा गया:" (or "जाँचे गए:" for several). */
const checkedPattern = /(?:\bchecked|जाँचा गया|जाँचे गए):\s*["']?(\d{4})-(\d{2})\b/gi
const asOfPattern = /\bas of\b/i

export function monthOf(date: Date): Month {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 }
}

function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i)
}

function monthsBetween(from: Month, to: Month): number {
  return (to.year - from.year) * 12 + (to.month - from.month)
}

function label(m: Month): string {
  return `${m.year}-${String(m.month).padStart(2, '0')}`
}

interface Marker { line: number, month: Month }

/** Every `checked: YYYY-MM` in the text, with its 1-based line; bad months are reported as errors. */
function markersIn(file: string, lines: string[], findings: FreshnessFinding[]): Marker[] {
  const markers: Marker[] = []
  lines.forEach((text, i) => {
    for (const m of text.matchAll(checkedPattern)) {
      const month = { year: Number(m[1]), month: Number(m[2]) }
      if (month.month < 1 || month.month > 12)
        findings.push({ file, line: i + 1, level: 'error', message: `checked: "${m[1]}-${m[2]}" is not a month; write YYYY-MM, e.g. checked: 2026-12` })
      else
        markers.push({ line: i + 1, month })
    }
  })
  return markers
}

/** Why a line is time-sensitive, or undefined when it is not. */
function timeSensitive(text: string): string | undefined {
  if (asOfPattern.test(text))
    return 'says "as of"'
  const phones = phoneNumbersIn(text)
  if (phones.length > 0)
    return `shows the helpline number ${phones[0]}`
  return undefined
}

/** The lines (1-based) checked together: one slide, or one question (or sub-question) of a quiz. */
interface Unit { lines: number[], what: string }

function judge(file: string, lines: string[], units: Unit[], today: Month): FreshnessFinding[] {
  const findings: FreshnessFinding[] = []
  const markers = markersIn(file, lines, findings)
  for (const marker of markers) {
    const age = monthsBetween(marker.month, today)
    if (age < 0)
      findings.push({ file, line: marker.line, level: 'error', message: `checked: ${label(marker.month)} is after today (${label(today)}); is it a typo?` })
    else if (age > maxAgeMonths)
      findings.push({ file, line: marker.line, level: 'warning', message: `checked: ${label(marker.month)} is ${age} months old (more than ${maxAgeMonths}); re-check the facts here against their sources and update the date` })
  }
  for (const unit of units) {
    if (markers.some(m => unit.lines.includes(m.line)))
      continue
    for (const line of unit.lines) {
      const why = timeSensitive(lines[line - 1] ?? '')
      if (why) {
        findings.push({ file, line, level: 'error', message: `this ${unit.what} ${why} but has no "checked: YYYY-MM" date; add one (see docs/authoring.md)` })
        break
      }
    }
  }
  return findings.sort((a, b) => a.line - b.line)
}

/** Slides are separated by `---` lines; a slide's own frontmatter becomes a unit of its own, which is harmless. */
function slideUnits(lines: string[]): Unit[] {
  const units: Unit[] = []
  let first = 1
  lines.forEach((text, i) => {
    if (/^---\s*$/.test(text)) {
      units.push({ lines: range(first, i), what: 'slide' })
      first = i + 2
    }
  })
  units.push({ lines: range(first, lines.length), what: 'slide' })
  return units.filter(u => u.lines.length > 0)
}

export function checkDeckFreshness(file: string, text: string, today: Month): FreshnessFinding[] {
  const lines = text.split('\n')
  return judge(file, lines, slideUnits(lines), today)
}

/**
 * Each map with a `sources` key (a question, or a question inside a scenario) is a unit; a line belongs
 * to the innermost one around it, so a sub-question's date does not cover its neighbours.
 */
function quizUnits(text: string): Unit[] {
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter })
  const spans: { first: number, last: number }[] = []
  visit(doc, {
    Map(_, node) {
      if (node.has('sources') && node.range)
        spans.push({ first: counter.linePos(node.range[0]).line, last: counter.linePos(node.range[1]).line })
    },
  })
  // Widest first, so inner questions overwrite the lines they own.
  spans.sort((a, b) => (b.last - b.first) - (a.last - a.first))
  const owner = new Map<number, number>()
  spans.forEach((span, index) => {
    for (const line of range(span.first, span.last))
      owner.set(line, index)
  })
  return spans.map((_, index) => ({
    lines: [...owner.entries()].filter(([, o]) => o === index).map(([line]) => line).sort((a, b) => a - b),
    what: 'question',
  })).filter(u => u.lines.length > 0)
}

export function checkQuizFreshness(file: string, text: string, today: Month): FreshnessFinding[] {
  const lines = text.split('\n')
  return judge(file, lines, quizUnits(text), today)
}

export function formatFinding(f: FreshnessFinding): string {
  return `${f.file}:${f.line} ${f.level}: ${f.message}`
}
