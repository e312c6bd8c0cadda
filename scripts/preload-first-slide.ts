/**
 * Vite plugin for the module builds: the page's HTML asks at once for every script and style sheet the
 * first view needs. Slidev loads its player page, then the slide, each by a dynamic import that the
 * browser only discovers after running the script before it: three round trips one after the other
 * before a learner sees the title slide. It also loads slide 2 (the neighbour) at once, before the first
 * paint, one more round trip after the scripts have run. With `modulepreload` (scripts) and `preload`
 * (styles) links for the player and slides 1 and 2, all of it is requested with the entry script.
 * Nothing else changes: the same files load, in parallel instead of in turn, and a learner who resumes
 * at another slide only has fetched two small slide chunks in vain. `npm run bench` measures the effect
 * (Lighthouse: first paint about 0.2 s sooner on its simulated phone with slide 2 in the list).
 *
 * A page in a language with its own script also asks at once for that script's fonts: the browser
 * otherwise finds them only once the first slide's text is laid out, and draws that text a second time
 * when they arrive. No byte more is downloaded: the offline copy fetches a language's fonts as soon as
 * a page in it opens (docs/offline.md), even on a device that has the font installed.
 */
import type { OutputAsset, OutputBundle, OutputChunk } from 'rolldown'
import type { Plugin } from 'vite'

/** The chunks Slidev imports dynamically for the first view: its player page, slide 1 and its neighbour. */
const FIRST_VIEW = [/[\\/]@slidev[\\/]client[\\/]pages[\\/]play\.vue$/, /^\/@slidev\/slides\/[12]\/md$/]

interface Css { importedCss?: Set<string> }

/** By a page's `<html lang>`: the font files (styles/devanagari.css) its text is drawn with. */
export const SCRIPT_FONTS: Record<string, RegExp> = {
  hi: /^assets\/devanagari-(?:400|700)-[\w-]+\.woff2$/,
}

/** The font files to ask for at once on a page in `lang`: none for a language written in Latin letters. */
export function scriptFonts(bundle: OutputBundle, lang: string | undefined): string[] {
  const wanted = lang ? SCRIPT_FONTS[lang] : undefined
  if (!wanted)
    return []
  return Object.values(bundle).filter((a): a is OutputAsset => a.type === 'asset' && wanted.test(a.fileName)).map(a => a.fileName).sort()
}

/** The files a chunk needs before it runs: its static imports, theirs, and their style sheets. */
export function firstViewFiles(bundle: OutputBundle, already: Set<string>): { scripts: string[], styles: string[] } {
  const chunks = new Map(Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk').map(c => [c.fileName, c]))
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const visit = (file: string) => {
    const chunk = chunks.get(file)
    if (!chunk || scripts.has(file))
      return
    scripts.add(file)
    for (const css of (chunk as OutputChunk & { viteMetadata?: Css }).viteMetadata?.importedCss ?? [])
      styles.add(css)
    chunk.imports.forEach(visit)
  }
  for (const chunk of chunks.values()) {
    if (chunk.facadeModuleId && FIRST_VIEW.some(re => re.test(chunk.facadeModuleId!)))
      visit(chunk.fileName)
  }
  return { scripts: [...scripts].filter(f => !already.has(f)), styles: [...styles].filter(f => !already.has(f)) }
}

export function preloadFirstSlide(): Plugin {
  let base = './'
  return {
    name: 'course-preload-first-slide',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle)
          return html
        // Files the HTML already names (the entry and its static imports) need no second link.
        const already = new Set([...html.matchAll(/(?:src|href)="[^"]*?(assets\/[^"]+)"/g)].map(m => m[1]!))
        const { scripts, styles } = firstViewFiles(ctx.bundle, already)
        const fonts = scriptFonts(ctx.bundle, /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1])
        return [
          ...scripts.map(f => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${f}` }, injectTo: 'head' as const })),
          ...styles.map(f => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `${base}${f}` }, injectTo: 'head' as const })),
          // Fonts are fetched without credentials (CORS): the preload must be too, or it is not reused.
          ...fonts.map(f => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href: `${base}${f}` }, injectTo: 'head' as const })),
        ]
      },
    },
  }
}
