/**
 * The safety module must not use victim-blaming language, except where a slide or question explains
 * why the phrase is harmful. Those places are listed here explicitly; slides must also carry
 * `explainsHarmfulPhrases: true` in their frontmatter.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { root } from '../../scripts/paths.ts'
import { allowedUses, blamingPhrases } from './blaming-phrases.ts'

/** Headings of the slides allowed to show the phrases (each must have `explainsHarmfulPhrases: true`). */
const allowedSlides = ['The words we use, and why', 'What not to say, and why']
/** `<quiz file>#<top-level question id>` of the questions allowed to quote the phrases. */
const allowedQuestions = ['final#f-friend']

/** Lower-case, straight apostrophes, single spaces, no markdown emphasis; the helpline's name removed. */
export function normalise(text: string): string {
  let t = text.toLowerCase().replace(/[\u2018\u2019\u02BC`]/g, '\'').replace(/[*_]/g, '').replace(/\s+/g, ' ')
  for (const ok of allowedUses)
    t = t.split(ok).join(' ')
  return t
}

export function phrasesIn(text: string): string[] {
  const t = normalise(text)
  return blamingPhrases.filter(p => t.includes(p))
}

interface Place { where: string, text: string, allowed: boolean }

function slidePlaces(deck: string): Place[] {
  const file = join(root, 'slides', 'safety.md')
  const parsed = parseSync(deck, file)
  return parsed.slides.map((s, i) => {
    const heading = s.title ?? ''
    const flagged = s.frontmatter?.explainsHarmfulPhrases === true
    return {
      where: `slides/safety.md slide ${i + 1} ("${heading}")`,
      text: `${s.content}\n${s.note ?? ''}\n${JSON.stringify(s.frontmatter ?? {})}`,
      allowed: flagged && allowedSlides.includes(heading),
    }
  })
}

function quizPlaces(): Place[] {
  const dir = join(root, 'quizzes', 'safety')
  const places: Place[] = []
  for (const name of readdirSync(dir).filter(f => f.endsWith('.yaml')).sort()) {
    const quiz = parse(readFileSync(join(dir, name), 'utf8')) as { title?: string, questions?: { id: string }[] }
    const key = name.replace(/\.yaml$/, '')
    places.push({ where: `quizzes/safety/${name} title`, text: quiz.title ?? '', allowed: false })
    for (const q of quiz.questions ?? [])
      places.push({ where: `quizzes/safety/${name} question ${q.id}`, text: JSON.stringify(q), allowed: allowedQuestions.includes(`${key}#${q.id}`) })
  }
  return places
}

export function findProblems(deck: string, quizzes: Place[]): string[] {
  return [...slidePlaces(deck), ...quizzes]
    .filter(p => !p.allowed)
    .flatMap(p => phrasesIn(p.text).map(phrase => `${p.where}: "${phrase}"`))
}

describe('safety module language', () => {
  const deck = readFileSync(join(root, 'slides', 'safety.md'), 'utf8')
  const quizzes = quizPlaces()

  it('uses no victim-blaming phrase outside the places that explain why it is harmful', () => {
    expect(findProblems(deck, quizzes)).toEqual([])
  })

  it('marks each allowed slide with explainsHarmfulPhrases and uses each allowed place', () => {
    const slides = slidePlaces(deck)
    for (const heading of allowedSlides) {
      const slide = slides.find(s => s.where.endsWith(`("${heading}")`))
      expect(slide?.allowed, heading).toBe(true)
      expect(phrasesIn(slide!.text).length, heading).toBeGreaterThan(0)
    }
    for (const id of allowedQuestions) {
      const place = quizzes.find(q => q.allowed && q.where.endsWith(` question ${id.split('#')[1]}`))
      expect(place, id).toBeDefined()
    }
  })

  it('would catch a phrase added to any other slide or question', () => {
    const tampered = deck.replace('# Before a repair', '# Before a repair\n\nYou should have locked your phone.')
    expect(findProblems(tampered, quizzes)).toEqual([expect.stringContaining('"you should have locked your phone"')])
    const tamperedQuiz = [...quizzes, { where: 'quizzes/safety/checks.yaml question x', text: 'Her leaked MMS', allowed: false }]
    expect(findProblems(deck, tamperedQuiz)).toContainEqual(expect.stringContaining('"leaked mms"'))
  })

  it('still allows naming the UK Revenge Porn Helpline, and catches the bare term', () => {
    expect(phrasesIn('Call the Revenge Porn Helpline')).toEqual([])
    expect(phrasesIn('a case of revenge porn')).toEqual(['revenge porn'])
    expect(phrasesIn('It\u2019ll blow over')).toEqual(['it\'ll blow over'])
  })
})
