/**
 * Fixes to Slidev's own interface (accessibility, a clean console), so no rule has to be switched off
 * in the axe checks. Each fix names the file, what is wrong and the Slidev version it was written for.
 *  - Where Slidev offers a route, it is used: the unused TwoSlash pop-up library is replaced by a stub
 *    through a Vite alias (resolve.alias), not by editing Slidev's setup code.
 *  - Two internal components have no such route (they are not overridable from `components/` or
 *    `setup/`), so their source is changed by exact text at build time.
 * A fix that no longer applies fails the build: a changed text as soon as the file is transformed,
 * a renamed or removed file (or a stub nothing imports any more) when the build ends.
 */
import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

/** The Slidev version these fixes were written and checked against. */
export const WRITTEN_FOR_SLIDEV = '52.20.1'

export interface SourceFix {
  /** Path inside node_modules, ending the module id Vite transforms. */
  file: string
  why: string
  from: string
  to: string
}

export const sourceFixes: SourceFix[] = [
  {
    file: '@slidev/client/internals/MenuButton.vue',
    why: 'a <button> wraps the icon <button> (axe: nested-interactive); the wrapper becomes a <div>, the inner button still opens the menu because its click bubbles',
    from: '<button :class="{ disabled }" @click="value = !value">\n      <slot name="button" :value :class="{ disabled }" />\n    </button>',
    to: '<div :class="{ disabled }" @click="value = !value">\n      <slot name="button" :value :class="{ disabled }" />\n    </div>',
  },
  {
    file: '@slidev/client/internals/IconButton.vue',
    why: 'a "disabled" control (previous slide on the first slide) is only faded by a class: it stays in the tab order and screen readers call it a working button; a real disabled attribute says what the fading shows',
    from: '<component :is="type" class="slidev-icon-btn" :class="{ disabled, active }" :title="title" :to="to">',
    to: '<component :is="type" class="slidev-icon-btn" :class="{ disabled, active }" :title="title" :to="to" :disabled="type === \'button\' ? disabled : undefined">',
  },
]

/** Module replaced by a stub, and the stub. */
export const TWOSLASH_CLIENT = '@shikijs/vitepress-twoslash/client'
const twoslashStub = fileURLToPath(new URL('./stubs/twoslash-client.ts', import.meta.url))

/** The installed Slidev version, for messages. */
export function installedSlidev(): string {
  const require = createRequire(import.meta.url)
  return (JSON.parse(readFileSync(require.resolve('@slidev/client/package.json'), 'utf8')) as { version: string }).version
}

function failure(what: string): string {
  return `${what}. Written for Slidev ${WRITTEN_FOR_SLIDEV}, installed: ${installedSlidev()}. Re-check this fix in scripts/slidev-fixes.ts.`
}

/** Apply a fix to a file's text, or say why it no longer applies. */
export function applyFix(fix: SourceFix, code: string): { ok: true, code: string } | { ok: false, message: string } {
  if (!code.includes(fix.from))
    return { ok: false, message: failure(`Slidev changed ${fix.file}, so a fix no longer applies (${fix.why})`) }
  return { ok: true, code: code.replace(fix.from, fix.to) }
}

export function slidevFixes(): Plugin {
  const applied = new Set<string>()
  let building = false
  return {
    name: 'course-slidev-fixes',
    enforce: 'pre',
    config: () => ({ resolve: { alias: [{ find: new RegExp(`^${TWOSLASH_CLIENT.replace(/[/.]/g, '\\$&')}$`), replacement: twoslashStub }] } }),
    configResolved(config) {
      building = config.command === 'build'
    },
    transform(code, id) {
      // The whole file only: `?vue&type=...` sub-requests are compiled from the already fixed source.
      const path = id.replace(/\\/g, '/')
      if (path === twoslashStub.replace(/\\/g, '/')) {
        applied.add(TWOSLASH_CLIENT)
        return undefined
      }
      const fix = sourceFixes.find(f => path.endsWith(f.file))
      if (!fix)
        return undefined
      const result = applyFix(fix, code)
      if (!result.ok)
        this.error(result.message)
      applied.add(fix.file)
      return result.code
    },
    buildEnd(error) {
      // Only a full build sees every file; the dev server transforms files as pages ask for them.
      if (!building || error)
        return
      const missing = [...sourceFixes.map(f => f.file), TWOSLASH_CLIENT].filter(f => !applied.has(f))
      if (missing.length > 0)
        this.error(failure(`These Slidev files were never part of the build, so their fixes did not apply: ${missing.join(', ')}`))
    },
  }
}
