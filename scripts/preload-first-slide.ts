/**
 * Vite plugin for the module builds: the page's HTML asks at once for every script and style sheet the
 * first slide needs. Slidev loads its player page, then the slide, each by a dynamic import that the
 * browser only discovers after running the script before it: three round trips one after the other
 * before a learner sees the title slide. With `modulepreload` (scripts) and `preload` (styles) links
 * for the player and slide 1, all of it is requested with the entry script. Nothing else changes: the
 * same files load, in parallel instead of in turn, and a learner who resumes at another slide only has
 * fetched slide 1's small chunk in vain. `npm run bench` measures the effect (Lighthouse, load times).
 */
import type { OutputBundle, OutputChunk } from 'rolldown'
import type { Plugin } from 'vite'

/** The chunks Slidev imports dynamically to show the first slide: its player page and slide 1. */
const FIRST_VIEW = [/[\\/]@slidev[\\/]client[\\/]pages[\\/]play\.vue$/, /^\/@slidev\/slides\/1\/md$/]

interface Css { importedCss?: Set<string> }

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
        return [
          ...scripts.map(f => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${f}` }, injectTo: 'head' as const })),
          ...styles.map(f => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `${base}${f}` }, injectTo: 'head' as const })),
        ]
      },
    },
  }
}
