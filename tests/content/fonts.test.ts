/**
 * The Devanagari fonts in styles/fonts/ are cut to the letters the course writes (scripts/fonts.ts).
 * Text with a letter they lack would fall back to whatever the device has, or to empty boxes: so when
 * the Hindi text changes, the files must be cut again. HarfBuzz's subsetter gives the same bytes for
 * the same text, so the files are compared whole.
 */
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { courseText, fonts, FONTS_DIR, languageNamesText } from '../../scripts/fonts'

describe('the Devanagari fonts', () => {
  it('are cut for today\'s text (if not, run `npm run fonts` and commit styles/fonts/)', async () => {
    for (const [name, bytes] of Object.entries(await fonts()))
      expect(Buffer.compare(readFileSync(join(FONTS_DIR, name)), Buffer.from(bytes)), `styles/fonts/${name} is out of date: run npm run fonts`).toBe(0)
  })

  it('hold the Hindi edition\'s letters, and the English pages\' font only the language links\' letters', () => {
    const all = courseText()
    for (const letter of ['क', 'ष', 'ज्ञ'[0]!, 'ि', 'ं', '्', '़'])
      expect(all).toContain(letter)
    const names = languageNamesText()
    expect(names.length).toBeLessThan(15)
    expect([...names].every(c => all.includes(c))).toBe(true)
  })
})
