/** Every language a module lists has its deck, its quiz folder and an interface catalogue. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { catalogues } from '../../i18n'
import { deckFile, modules, quizFolder } from '../../modules'
import { root } from '../../scripts/paths.ts'

describe('module languages', () => {
  const cases = modules.flatMap(m => m.languages.map(lang => [m.id, lang, m] as const))
  it.each(cases)('module "%s" in "%s" has its deck, its quizzes and interface strings', (_id, lang, mod) => {
    expect(existsSync(join(root, deckFile(mod, lang))), deckFile(mod, lang)).toBe(true)
    expect(existsSync(join(root, quizFolder(mod, lang))), quizFolder(mod, lang)).toBe(true)
    expect(Object.keys(catalogues), `i18n/${lang}.ts`).toContain(lang)
  })

  it.each(modules.map(m => [m.id, m] as const))('module "%s" lists English first, each language once', (_id, mod) => {
    expect(mod.languages[0]).toBe('en')
    expect(new Set(mod.languages).size).toBe(mod.languages.length)
  })

  it('puts a translation in its own folder, with the same file names as the original', () => {
    const mod = modules[0]!
    expect(deckFile(mod, 'hi')).toBe(`slides/hi/${mod.id}.md`)
    expect(quizFolder(mod, 'hi')).toBe(`quizzes/hi/${mod.id}`)
  })
})
