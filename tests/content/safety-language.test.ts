/**
 * The safety module must not use victim-blaming language, except where a slide or question explains
 * why the phrase is harmful. Those places are listed here explicitly; slides must also carry
 * `explainsHarmfulPhrases: true` in their frontmatter. Every language edition is checked: a translation
 * against its own language's phrases and the English ones (it quotes English terms too).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { deckFile, findModule, quizFolder } from '../../modules.ts'
import { root } from '../../scripts/paths.ts'
import { allowedUses, blamingPhrases, blamingPhrasesHi } from './blaming-phrases.ts'

/** One language edition of the module, and what it is checked against. */
interface Edition {
  deck: string
  quizzes: string
  phrases: string[]
  /** Headings of the slides allowed to show the phrases (each must have `explainsHarmfulPhrases: true`). */
  allowedSlides: string[]
}

const safety = findModule('safety')!
const english: Edition = { deck: deckFile(safety), quizzes: quizFolder(safety), phrases: blamingPhrases, allowedSlides: ['The words we use, and why', 'What not to say, and why'] }
const hindi: Edition = { deck: deckFile(safety, 'hi'), quizzes: quizFolder(safety, 'hi'), phrases: [...blamingPhrases, ...blamingPhrasesHi], allowedSlides: ['हम कौन-से शब्द चुनते हैं, और क्यों', 'क्या न कहें, और क्यों'] }
/** `<quiz file>#<top-level question id>` of the questions allowed to quote the phrases (the same ids in every language). */
const allowedQuestions = ['final#f-friend']

/** Lower-case, straight apostrophes, single spaces, no markdown emphasis; the helpline's name removed. */
export function normalise(text: string): string {
  let t = text.toLowerCase().replace(/[\u2018\u2019\u02BC`]/g, '\'').replace(/[*_]/g, '').replace(/\s+/g, ' ')
  for (const ok of allowedUses)
    t = t.split(ok).join(' ')
  return t
}

export function phrasesIn(text: string, phrases: string[] = blamingPhrases): string[] {
  const t = normalise(text)
  return phrases.filter(p => t.includes(p))
}

interface Place { where: string, text: string, allowed: boolean }

function slidePlaces(edition: Edition, deck: string): Place[] {
  const parsed = parseSync(deck, join(root, edition.deck))
  return parsed.slides.map((s, i) => {
    const heading = s.title ?? ''
    const flagged = s.frontmatter?.explainsHarmfulPhrases === true
    return {
      where: `${edition.deck} slide ${i + 1} ("${heading}")`,
      text: `${s.content}\n${s.note ?? ''}\n${JSON.stringify(s.frontmatter ?? {})}`,
      allowed: flagged && edition.allowedSlides.includes(heading),
    }
  })
}

function quizPlaces(edition: Edition): Place[] {
  const dir = join(root, edition.quizzes)
  const places: Place[] = []
  for (const name of readdirSync(dir).filter(f => f.endsWith('.yaml')).sort()) {
    const quiz = parse(readFileSync(join(dir, name), 'utf8')) as { title?: string, questions?: { id: string }[] }
    const key = name.replace(/\.yaml$/, '')
    places.push({ where: `${edition.quizzes}/${name} title`, text: quiz.title ?? '', allowed: false })
    for (const q of quiz.questions ?? [])
      places.push({ where: `${edition.quizzes}/${name} question ${q.id}`, text: JSON.stringify(q), allowed: allowedQuestions.includes(`${key}#${q.id}`) })
  }
  return places
}

export function findProblems(edition: Edition, deck: string, quizzes: Place[]): string[] {
  return [...slidePlaces(edition, deck), ...quizzes]
    .filter(p => !p.allowed)
    .flatMap(p => phrasesIn(p.text, edition.phrases).map(phrase => `${p.where}: "${phrase}"`))
}

for (const [name, edition, tamper] of [
  ['English', english, { heading: '# Before a repair', line: 'You should have locked your phone.', phrase: 'you should have locked your phone', quizText: 'Her leaked MMS', quizPhrase: 'leaked mms' }],
  ['Hindi', hindi, { heading: '# रिपेयर से पहले', line: 'आपको फ़ोन लॉक करना चाहिए था।', phrase: 'फ़ोन लॉक करना चाहिए था', quizText: 'उसका लीक एमएमएस', quizPhrase: 'लीक एमएमएस' }],
] as const) {
  describe(`safety module language (${name} edition)`, () => {
    const deck = readFileSync(join(root, edition.deck), 'utf8')
    const quizzes = quizPlaces(edition)

    it('uses no victim-blaming phrase outside the places that explain why it is harmful', () => {
      expect(findProblems(edition, deck, quizzes)).toEqual([])
    })

    it('marks each allowed slide with explainsHarmfulPhrases and uses each allowed place', () => {
      const slides = slidePlaces(edition, deck)
      for (const heading of edition.allowedSlides) {
        const slide = slides.find(s => s.where.endsWith(`("${heading}")`))
        expect(slide?.allowed, heading).toBe(true)
        expect(phrasesIn(slide!.text, edition.phrases).length, heading).toBeGreaterThan(0)
      }
      for (const id of allowedQuestions) {
        const place = quizzes.find(q => q.allowed && q.where.endsWith(` question ${id.split('#')[1]}`))
        expect(place, id).toBeDefined()
      }
    })

    it('would catch a phrase added to any other slide or question', () => {
      expect(deck).toContain(tamper.heading)
      const tampered = deck.replace(tamper.heading, `${tamper.heading}\n\n${tamper.line}`)
      expect(findProblems(edition, tampered, quizzes)).toEqual([expect.stringContaining(`"${tamper.phrase}"`)])
      const tamperedQuiz = [...quizzes, { where: `${edition.quizzes}/checks.yaml question x`, text: tamper.quizText, allowed: false }]
      expect(findProblems(edition, deck, tamperedQuiz)).toContainEqual(expect.stringContaining(`"${tamper.quizPhrase}"`))
    })
  })
}

describe('phrasesIn', () => {
  it('still allows naming the UK Revenge Porn Helpline, and catches the bare term', () => {
    expect(phrasesIn('Call the Revenge Porn Helpline')).toEqual([])
    expect(phrasesIn('a case of revenge porn')).toEqual(['revenge porn'])
    expect(phrasesIn('It\u2019ll blow over')).toEqual(['it\'ll blow over'])
    expect(phrasesIn('UK की सेवा "Revenge Porn Helpline"', hindi.phrases)).toEqual([])
    expect(phrasesIn('यह रिवेंज पोर्न का मामला है', hindi.phrases)).toEqual(['रिवेंज पोर्न'])
  })
})
