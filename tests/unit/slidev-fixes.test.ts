import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { applyFix, slidevFixes, sourceFixes, TWOSLASH_CLIENT, WRITTEN_FOR_SLIDEV } from '../../scripts/slidev-fixes'

const require = createRequire(import.meta.url)

describe('slidevFixes', () => {
  it.each(sourceFixes.map(f => [f.file, f] as const))('still applies to the installed %s', (_file, fix) => {
    const result = applyFix(fix, readFileSync(require.resolve(fix.file), 'utf8'))
    expect(result.ok && result.code.includes(fix.to)).toBe(true)
  })

  it('applies every fix of a file that has several', () => {
    const plugin = slidevFixes() as unknown as { transform: (this: unknown, code: string, id: string) => string | undefined }
    const file = '@slidev/client/internals/SlidesShow.vue'
    const fixes = sourceFixes.filter(f => f.file === file)
    expect(fixes.length).toBeGreaterThan(1)
    const context = {
      error: (message: string): never => {
        throw new Error(message)
      },
    }
    const code = plugin.transform.call(context, readFileSync(require.resolve(file), 'utf8'), `/x/node_modules/${file}`)
    for (const fix of fixes) {
      expect(code).toContain(fix.to)
      expect(code).not.toContain(fix.from)
    }
  })

  it('fails naming the file and both Slidev versions when the text has changed', () => {
    const fix = sourceFixes[0]!
    const result = applyFix(fix, '<template>rewritten</template>')
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.message).toMatch(new RegExp(`${fix.file}.*Written for Slidev ${WRITTEN_FOR_SLIDEV.replace(/\./g, '\\.')}, installed: \\d+\\.\\d+\\.\\d+`))
  })

  it('replaces a module Slidev still imports', () => {
    expect(readFileSync(require.resolve('@slidev/client/setup/main.ts'), 'utf8')).toContain(`from '${TWOSLASH_CLIENT}'`)
  })

  it('fails a build in which a fixed file never appeared (renamed or removed), naming it', () => {
    const plugin = slidevFixes()
    const hooks = plugin as unknown as {
      configResolved: (config: { command: string }) => void
      transform: (this: unknown, code: string, id: string) => unknown
      buildEnd: (this: { error: (message: string) => never }, error?: Error) => void
    }
    const context = {
      error: (message: string): never => {
        throw new Error(message)
      },
    }
    hooks.configResolved({ command: 'build' })
    const first = sourceFixes[0]!
    hooks.transform.call(context, first.from, `/x/node_modules/${first.file}`)
    let message = ''
    try {
      hooks.buildEnd.call(context)
    }
    catch (e) {
      message = (e as Error).message
    }
    const missing = message.split('did not apply: ')[1]?.split('. Written for')[0]
    expect(missing).toBe([...new Set([...sourceFixes.slice(1).map(f => f.file), TWOSLASH_CLIENT])].filter(f => f !== first.file).join(', '))
  })
})
