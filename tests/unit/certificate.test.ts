import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { CERTIFICATE_NAME_KEY, certificateCode, certificateFacts, codesMatch, digestHex, isIsoDate, NAME_MAX, normaliseName, readSavedName, saveName } from '../../quizzes/engine/certificate'
import { sha256Hex } from '../../quizzes/engine/sha256'

const vectors: [string, string][] = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
]
const facts = { name: 'Asha Rao', date: '2026-12-03', score: 86, version: '0.1.0' }

describe('sha-256', () => {
  it.each(vectors)('the course\'s own implementation hashes %j to the standard value', (text, hex) => {
    expect(sha256Hex(text)).toBe(hex)
  })
  it.each(vectors)('crypto.subtle hashes %j to the standard value', async (text, hex) => {
    expect(await digestHex(text, true)).toBe(hex)
  })
  it('agrees with Node\'s SHA-256 on every length around the block boundaries and on non-ASCII text', () => {
    for (let n = 0; n < 200; n++) {
      const text = 'é'.repeat(n % 7) + 'x'.repeat(n)
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
    }
  })
})

describe('certificate code', () => {
  it('is written over four canonical lines', () => {
    expect(certificateFacts(facts)).toBe('name=Asha Rao\ndate=2026-12-03\nscore=86\nversion=0.1.0')
  })
  it('is 12 hex digits in three groups, the same from both implementations and stable for the same facts', async () => {
    const code = await certificateCode(certificateFacts(facts))
    expect(code).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/)
    expect(await certificateCode(certificateFacts(facts), false)).toBe(code)
    expect(await certificateCode(certificateFacts({ ...facts }))).toBe(code)
    expect(code.replace(/-/g, '').toLowerCase()).toBe(sha256Hex(certificateFacts(facts)).slice(0, 12))
  })
  it.each([
    ['score', { score: 85 }],
    ['name', { name: 'Asha Rai' }],
    ['date', { date: '2026-12-04' }],
    ['version', { version: '0.1.1' }],
  ])('changes when the %s changes', async (_field, change) => {
    expect(await certificateCode(certificateFacts({ ...facts, ...change }))).not.toBe(await certificateCode(certificateFacts(facts)))
  })
  it('ignores extra spaces and line breaks in the name, and the Unicode form it was typed in', async () => {
    const code = await certificateCode(certificateFacts({ ...facts, name: 'José Rao' }))
    expect(await certificateCode(certificateFacts({ ...facts, name: '  Jose\u0301 \n  Rao ' }))).toBe(code)
  })
  it('compares typed codes without minding case, dashes or spaces', async () => {
    const code = await certificateCode(certificateFacts(facts))
    expect(codesMatch(code.toLowerCase(), code)).toBe(true)
    expect(codesMatch(` ${code.replace(/-/g, ' ')} `, code)).toBe(true)
    expect(codesMatch(code.replace(/-/g, ''), code)).toBe(true)
    expect(codesMatch('0000-0000-0000', code)).toBe(false)
  })
  it('caps a long name and keeps markup as plain characters', async () => {
    const long = normaliseName('A'.repeat(10_000))
    expect(long).toHaveLength(NAME_MAX)
    const markup = '<img src=x onerror=alert(1)>'
    expect(normaliseName(markup)).toBe(markup)
    expect(certificateFacts({ ...facts, name: markup })).toContain(`name=${markup}\n`)
    // A name cannot add a line of its own to the facts.
    expect(certificateFacts({ ...facts, name: 'A\nscore=100' }).split('\n')).toHaveLength(4)
    // Characters outside the BMP are never cut in half.
    expect(Array.from(normaliseName('😀'.repeat(200)))).toHaveLength(NAME_MAX)
  })
  it('accepts only calendar dates', () => {
    expect(isIsoDate('2026-12-03')).toBe(true)
    expect(isIsoDate('2026-02-30')).toBe(false)
    expect(isIsoDate('03/12/2026')).toBe(false)
  })
})

describe('the saved name', () => {
  it('is kept under its key and read back capped; blocked or full storage never throws', () => {
    const map = new Map<string, string>()
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) }
    expect(saveName(storage, 'Asha')).toBe(true)
    expect(map.get(CERTIFICATE_NAME_KEY)).toBe('Asha')
    map.set(CERTIFICATE_NAME_KEY, 'B'.repeat(5000))
    expect(readSavedName(storage)).toHaveLength(NAME_MAX)
    expect(saveName(storage, '  ')).toBe(true)
    expect(map.has(CERTIFICATE_NAME_KEY)).toBe(false)
    const refuse = (): never => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    const full = { getItem: refuse, setItem: refuse, removeItem: refuse }
    expect(saveName(full, 'Asha')).toBe(false)
    expect(readSavedName(full)).toBe('')
    expect(saveName(undefined, 'Asha')).toBe(false)
  })
})
