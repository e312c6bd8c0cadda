/**
 * One place decides the render mode: only composables/useRenderMode.ts may read Slidev's print and
 * presenter flags, the render context or the page address. Everything else asks useRenderMode().
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../../scripts/paths.ts'

const OWNER = 'composables/useRenderMode.ts'
const DECIDING = /\bisPrintMode\b|\bisPresenter\b|\$renderContext|\blocation\.(?:search|hash)|VITE_COURSE_EDITION/g

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter(e => e.isFile() && /\.(?:vue|ts)$/.test(e.name))
    .map(e => relative(root, join(e.parentPath, e.name)))
}

const files = [...sourcesUnder('components'), ...sourcesUnder('internals'), ...sourcesUnder('composables'), 'home/CourseHome.vue', 'global-top.vue', 'global-bottom.vue']

/** Code only: comments may name the flags they no longer read. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/^\s*\/\/.*$/gm, '')
}

describe('render mode', () => {
  it('is decided in useRenderMode.ts, which reads the flags itself', () => {
    expect(code(readFileSync(join(root, OWNER), 'utf8')).match(DECIDING)?.length ?? 0).toBeGreaterThan(0)
  })
  it.each(files.filter(f => f !== OWNER))('%s asks useRenderMode instead of reading the flags', (file) => {
    expect(code(readFileSync(join(root, file), 'utf8')).match(DECIDING) ?? []).toEqual([])
  })
  it('would notice a component that reads the print flag itself', () => {
    expect(code('const { isPrintMode } = useNav()').match(DECIDING)).toEqual(['isPrintMode'])
  })
})
