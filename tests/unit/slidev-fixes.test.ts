import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { applyFix, sourceFixes, TWOSLASH_CLIENT, WRITTEN_FOR_SLIDEV } from '../../scripts/slidev-fixes'

const require = createRequire(import.meta.url)

describe('slidevFixes', () => {
  it.each(sourceFixes.map(f => [f.file, f] as const))('still applies to the installed %s', (_file, fix) => {
    const result = applyFix(fix, readFileSync(require.resolve(fix.file), 'utf8'))
    expect(result.ok && result.code.includes(fix.to)).toBe(true)
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
})
