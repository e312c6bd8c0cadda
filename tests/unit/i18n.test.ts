import { describe, expect, it } from 'vitest'
import { catalogues, messagesFor } from '../../i18n'
import { en } from '../../i18n/en'

/** Every key path of a catalogue, e.g. `quiz.check`. */
function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`])
}

describe('message catalogues', () => {
  it.each(Object.entries(catalogues))('"%s" has every key of the English catalogue, and no other', (_lang, messages) => {
    expect(keysOf(messages).sort()).toEqual(keysOf(en).sort())
  })

  it.each(Object.entries(catalogues))('"%s" has no empty message and the same kind (text or function) as English', (_lang, messages) => {
    const kinds = (m: object) => keysOf(m).map(k => `${k}:${typeof k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], m)}`)
    expect(kinds(messages).sort()).toEqual(kinds(en).sort())
    for (const key of keysOf(messages)) {
      const text = key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages)
      if (typeof text === 'string')
        expect(text.trim(), key).not.toBe('')
    }
  })

  it('gives a printed ordering question one blank per item, however many there are', () => {
    expect(en.answerKey.writeOrder(3).match(/____/g)).toHaveLength(3)
    expect(en.answerKey.writeOrder(6).match(/____/g)).toHaveLength(6)
  })

  it('reports a key missing from a catalogue', () => {
    const { quiz: { check: _dropped, ...quiz }, ...rest } = en
    expect(keysOf({ ...rest, quiz })).not.toEqual(keysOf(en))
  })

  it('falls back to English for a language without a catalogue, and matches a regional code', () => {
    expect(messagesFor('xx')).toBe(en)
    expect(messagesFor('en-GB')).toBe(en)
  })
})
