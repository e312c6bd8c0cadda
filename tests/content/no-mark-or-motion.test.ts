/**
 * The course's Slidev setup leaves out two of Slidev's directives, `v-mark` (hand-drawn marks, with
 * rough-notation and roughjs) and `v-motion` (@vueuse/motion with popmotion): together about 22 KiB gzip
 * that every page would download for slides that do not exist (scripts/slidev-fixes.ts). A slide or
 * component using either would show nothing and only warn in the console, so this test names it.
 * To use one, remove its fix in scripts/slidev-fixes.ts and this check with it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deckFile, modules } from '../../modules.ts'
import { root } from '../../scripts/paths.ts'

/** Every .vue file under a folder. */
function vueFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter(e => e.isFile() && e.name.endsWith('.vue'))
    .map(e => relative(root, join(e.parentPath, e.name)))
}

/** The two directives, as a template writes them (`v-mark`, `v-mark.circle="2"`, `v-motion`). */
const LEFT_OUT = /\bv-(?:mark|motion)\b/

const files = [
  ...modules.flatMap(m => m.languages.map(lang => deckFile(m, lang))),
  ...vueFiles('components'),
  ...vueFiles('internals'),
  'global-top.vue',
  'global-bottom.vue',
]

describe('no slide or component uses the directives the course\'s Slidev setup leaves out', () => {
  it.each(files)('%s', (file) => {
    const uses = readFileSync(join(root, file), 'utf8').split('\n').flatMap((line, i) => LEFT_OUT.test(line) ? [`${file}:${i + 1}`] : [])
    expect(uses, 'v-mark and v-motion are not registered (scripts/slidev-fixes.ts)').toEqual([])
  })

  it('would notice one', () => {
    expect(LEFT_OUT.test('<span v-mark.underline="1">leaked</span>')).toBe(true)
    expect(LEFT_OUT.test('<div v-motion :initial="{ x: -80 }">')).toBe(true)
    expect(LEFT_OUT.test('<div v-click>')).toBe(false)
  })
})
