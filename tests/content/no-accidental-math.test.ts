/**
 * Slidev switches on KaTeX (its math renderer) for a whole deck as soon as any line, speaker notes
 * included, holds two dollar signs, e.g. "$57.3m ... $46.9m". No slide uses math, so that would only
 * add KaTeX's style sheet to the page and 60 font files to the offline copy. Write a dollar amount
 * that shares its line with another as `&#36;`, which shows as "$".
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { detectFeatures } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { modules } from '../../modules.ts'
import { root } from '../../scripts/paths.ts'

describe('decks do not turn on math rendering by accident', () => {
  it.each(modules.map(m => `slides/${m.id}.md`))('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8')
    // Slidev's own detection decides; the line numbers are for the author.
    const lines = text.split('\n').flatMap((line, i) => /\$.*?\$/.test(line) ? [`${file}:${i + 1}`] : [])
    expect(detectFeatures(text).katex, `two "$" on one line turn on KaTeX; write one as &#36; at ${lines.join(', ')}`).toBe(false)
  })
})
