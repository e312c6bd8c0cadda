import type { OutputBundle } from 'rolldown'
import { describe, expect, it } from 'vitest'
import { firstViewFiles, scriptFonts } from '../../scripts/preload-first-slide'

/** A bundle as Rolldown hands it to Vite: chunks with their static imports and style sheets. */
function bundle(chunks: { file: string, facade?: string, imports?: string[], css?: string[] }[]): OutputBundle {
  return Object.fromEntries(chunks.map(c => [c.file, { type: 'chunk', fileName: c.file, facadeModuleId: c.facade ?? null, imports: c.imports ?? [], viteMetadata: { importedCss: new Set(c.css ?? []) } }])) as unknown as OutputBundle
}

describe('firstViewFiles', () => {
  const site = bundle([
    { file: 'assets/index.js', facade: '/deck/index.html', imports: ['assets/vue.js'] },
    { file: 'assets/vue.js' },
    { file: 'assets/play.js', facade: '/x/node_modules/@slidev/client/pages/play.vue', imports: ['assets/vue.js', 'assets/wrapper.js'], css: ['assets/play.css'] },
    { file: 'assets/wrapper.js', imports: ['assets/i18n.js'], css: ['assets/wrapper.css'] },
    { file: 'assets/i18n.js' },
    { file: 'assets/slide1.js', facade: '/@slidev/slides/1/md', imports: ['assets/layout.js'] },
    { file: 'assets/layout.js' },
    { file: 'assets/slide2.js', facade: '/@slidev/slides/2/md', imports: ['assets/question.js'] },
    { file: 'assets/question.js' },
    { file: 'assets/slide3.js', facade: '/@slidev/slides/3/md', imports: ['assets/case.js'] },
    { file: 'assets/case.js' },
    { file: 'assets/presenter.js', facade: '/x/node_modules/@slidev/client/pages/presenter.vue', imports: ['assets/notes.js'] },
    { file: 'assets/notes.js' },
  ])

  it('lists the player page, slide 1 and its neighbour slide 2 with everything they import, and their style sheets', () => {
    const { scripts, styles } = firstViewFiles(site, new Set(['assets/index.js', 'assets/vue.js']))
    expect(scripts.sort()).toEqual(['assets/i18n.js', 'assets/layout.js', 'assets/play.js', 'assets/question.js', 'assets/slide1.js', 'assets/slide2.js', 'assets/wrapper.js'])
    expect(styles.sort()).toEqual(['assets/play.css', 'assets/wrapper.css'])
  })

  it('leaves out other slides, other pages and files the page already loads', () => {
    const { scripts } = firstViewFiles(site, new Set(['assets/vue.js']))
    expect(scripts).not.toContain('assets/vue.js')
    for (const later of ['assets/slide3.js', 'assets/case.js', 'assets/presenter.js', 'assets/notes.js'])
      expect(scripts).not.toContain(later)
  })
})

describe('scriptFonts', () => {
  const assets = ['assets/devanagari-700-oH_Y0-00.woff2', 'assets/devanagari-400-Ck9YIXkp.woff2', 'assets/language-names-Br1MM8ak.woff2', 'assets/logo-BYkHSa_O.png']
  const site = { ...bundle([{ file: 'assets/index.js' }]), ...Object.fromEntries(assets.map(f => [f, { type: 'asset', fileName: f }])) } as unknown as OutputBundle

  it('asks a Hindi page for both Devanagari faces, not for the 2 KB font of the language links', () => {
    expect(scriptFonts(site, 'hi')).toEqual(['assets/devanagari-400-Ck9YIXkp.woff2', 'assets/devanagari-700-oH_Y0-00.woff2'])
  })

  it('asks an English page, or a page without a language, for no font', () => {
    expect(scriptFonts(site, 'en')).toEqual([])
    expect(scriptFonts(site, undefined)).toEqual([])
  })
})
