/**
 * One source of truth for helpline numbers: every phone number written on a slide must be a number in
 * the helplines data (a helpline's phone, or a number in a country's note such as the emergency line),
 * so a number changed in one place and not the other fails here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countries, countriesIn } from '../../course/helplines.ts'
import { deckFile, editionsOf, modules } from '../../modules.ts'
import { root } from '../../scripts/paths.ts'
import { dialKey, phoneNumbersIn } from '../../scripts/phones.ts'

/** Every number the helplines data knows, by what is dialled. */
function knownNumbers(): Set<string> {
  const known = new Set<string>()
  for (const country of countries) {
    for (const h of country.helplines) {
      if (h.phone)
        known.add(dialKey(h.phone))
    }
    for (const n of country.note.match(/\b\d{3,4}\b/g) ?? [])
      known.add(n)
  }
  return known
}

// Every language edition of every deck.
const onSlides = editionsOf(modules).flatMap(({ mod, lang }) => {
  const file = deckFile(mod, lang)
  return readFileSync(join(root, file), 'utf8').split('\n').flatMap((text, i) =>
    phoneNumbersIn(text).map(phone => ({ where: `${file}:${i + 1}`, phone })))
})

describe('helpline numbers on slides', () => {
  it('are found (the helplines slide shows at least the numbers of India, the UK and the US)', () => {
    const found = new Set(onSlides.map(n => dialKey(n.phone)))
    for (const phone of ['1930', '0345 6000 459', '844-878-2274'])
      expect(found.has(dialKey(phone)), phone).toBe(true)
  })

  it('all match the helplines data', () => {
    const known = knownNumbers()
    const unknown = onSlides.filter(n => !known.has(dialKey(n.phone))).map(n => `${n.where} ${n.phone}`)
    expect(unknown).toEqual([])
  })
})

describe('the Get help panel in each language', () => {
  const languages = [...new Set(editionsOf(modules).map(e => e.lang).filter(l => l !== 'en'))]
  it.each(languages)('"%s" lists the same countries and helplines in the same order, India first, with the same numbers, addresses, sources and dates', (lang) => {
    const facts = (list: typeof countries) => list.map(c => [c.code, c.helplines.map(h => [h.id, h.name, h.phone, h.url, h.source, h.asOf, !!h.hours])])
    const translated = countriesIn(lang)
    expect(facts(translated)).toEqual(facts(countries))
    expect(translated[0]!.code).toBe('in')
    // Every emergency number in a country's note is still there.
    translated.forEach((c, i) => expect(c.note.match(/\b\d{3,4}\b/g) ?? []).toEqual(countries[i]!.note.match(/\b\d{3,4}\b/g) ?? []))
  })
  it.each(languages)('"%s" has its own words for every country and helpline (none left in English)', (lang) => {
    const translated = countriesIn(lang)
    translated.forEach((c, i) => {
      expect(c.label, c.code).not.toBe(countries[i]!.label)
      expect(c.note, c.code).not.toBe(countries[i]!.note)
      c.helplines.forEach((h, j) => {
        expect(h.helpsWith, h.id).not.toBe(countries[i]!.helplines[j]!.helpsWith)
        if (h.hours)
          expect(h.hours, h.id).not.toBe(countries[i]!.helplines[j]!.hours)
      })
    })
  })
})
