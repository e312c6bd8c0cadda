/**
 * Slidev's logo (92 KiB, Slidev's own file) appears only in its Info dialog, which a deck offers when its
 * headmatter sets `info:`. No course deck does, so the offline copy leaves the logo out
 * (scripts/offline.ts). A deck that turns the dialog on must also take the logo back into the copy.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { deckFile, modules } from '../../modules.ts'
import { root } from '../../scripts/paths.ts'

describe('no deck offers Slidev\'s Info dialog, so its logo can stay out of the offline copy', () => {
  it.each(modules.flatMap(m => m.languages.map(lang => deckFile(m, lang))))('%s', (file) => {
    const deck = parseSync(readFileSync(join(root, file), 'utf8'), file)
    expect(deck.slides[0]?.frontmatter.info ?? false, `${file} sets "info:"; see scripts/offline.ts on Slidev's logo`).toBe(false)
  })
})
