/**
 * Fixes to Slidev's own interface (accessibility, a clean console), so no rule has to be switched off
 * in the axe checks. Each fix names the file, what is wrong and the Slidev version it was written for.
 *  - Where Slidev offers a route, it is used: the unused TwoSlash pop-up library is replaced by a stub
 *    through a Vite alias (resolve.alias), not by editing Slidev's setup code.
 *  - Slidev points `vue` at Vue's full build, which carries the template compiler (about 18 KiB gzip
 *    on every page). Decks and components are compiled at build time and nothing here compiles a
 *    template in the browser, so a build uses Vue's runtime-only build instead (the dev server keeps
 *    Slidev's choice: its pre-bundled Vue must stay the one copy).
 *  - Internal components have no such route (they are not overridable from `components/` or
 *    `setup/`), so their source is changed by exact text at build time (one file may have several fixes).
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

/** Where the player's imports of floating-vue go instead (see the stub for why). */
const floatingVueLazy = fileURLToPath(new URL('./stubs/floating-vue-lazy.ts', import.meta.url)).replace(/\\/g, '/')
function lazyPoppers(file: string): SourceFix {
  return {
    file,
    why: 'floating-vue, for the pop-ups no course slide has, loads with every page only to reposition pop-ups that do not exist; it now loads with the first tooltip (scripts/stubs/floating-vue-lazy.ts)',
    from: `import { recomputeAllPoppers } from 'floating-vue'`,
    to: `import { recomputeAllPoppers } from '${floatingVueLazy}'`,
  }
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
  lazyPoppers('@slidev/client/internals/SlidesShow.vue'),
  {
    file: '@slidev/client/internals/SlidesShow.vue',
    why: 'three seconds after a page opens, every slide of the deck was mounted at once (hidden): a main-thread freeze of about 0.1 s here and 0.45 s on the four times slower phone Lighthouse simulates (counted as blocking time) and some 40 slides of unseen quiz state; their code is still fetched then, so a later jump is quick, but a slide mounts only as the current slide or its neighbour',
    from: `  const timeout = setTimeout(() => {
    routes.forEach(preloadRoute)
  }, 3000)`,
    to: `  const timeout = setTimeout(() => {
    routes.forEach(route => route.meta.preload !== false && route.load())
  }, 3000)`,
  },
  lazyPoppers('@slidev/client/internals/SlideContainer.vue'),
  {
    file: '@slidev/client/internals/FormItem.vue',
    why: 'the settings menu\'s tooltips are the one pop-up a course deck shows: they load floating-vue when first drawn instead of with every page',
    from: `import { Tooltip } from 'floating-vue'`,
    to: `import { Tooltip } from '${floatingVueLazy}'`,
  },
  {
    file: '@slidev/client/setup/main.ts',
    why: 'the v-mark and v-motion directives bring rough-notation with roughjs and @vueuse/motion with popmotion (about 22 KiB gzip) into every page, and no course slide uses them (tests/content/no-mark-or-motion.test.ts); they are not registered, so those libraries are not bundled',
    from: `import { createVMarkDirective } from '../modules/v-mark'
import { createVMotionDirectives } from '../modules/v-motion'
`,
    to: '',
  },
  {
    file: '@slidev/client/setup/main.ts',
    why: 'see the fix above: the two directives\' registrations go with their imports',
    from: `  app.use(createVMarkDirective())
  app.use(createVDragDirective())
  app.use(createVMotionDirectives())`,
    to: `  app.use(createVDragDirective())`,
  },
  {
    file: '@slidev/client/internals/Goto.vue',
    why: 'the "go to slide" search (press g) brings fuse.js (about 9 KiB gzip) into every page; it now loads when the dialog first opens, before anything can be typed into it',
    from: `import Fuse from 'fuse.js'
import { computed, ref, watch } from 'vue'`,
    to: `import type FuseType from 'fuse.js'
import { computed, ref, shallowRef, watch } from 'vue'`,
  },
  {
    file: '@slidev/client/internals/Goto.vue',
    why: 'see the fix above: the search is built once fuse.js has loaded',
    from: `const fuse = computed(() => new Fuse(`,
    to: `const Fuse = shallowRef<typeof FuseType>()
watch(showGotoDialog, (open) => {
  if (open && !Fuse.value)
    import('fuse.js').then(m => Fuse.value = m.default)
}, { immediate: true })

const fuse = computed(() => Fuse.value && new Fuse.value(`,
  },
  {
    file: '@slidev/client/internals/Goto.vue',
    why: 'see the fixes above: no results until the search has loaded',
    from: `const result = computed(() => path.value ? fuse.value.search(`,
    to: `const result = computed(() => path.value && fuse.value ? fuse.value.search(`,
  },
  {
    file: '@slidev/client/logic/utils.ts',
    why: 'parseRangeString is imported from the parser\'s core, which brings the whole YAML library (about 9 KiB gzip) into every page; the same function comes from the parser\'s small utils entry',
    from: `import { parseRangeString } from '@slidev/parser/core'`,
    to: `import { parseRangeString } from '@slidev/parser/utils'`,
  },
]

/** Module replaced by a stub, and the stub. */
export const TWOSLASH_CLIENT = '@shikijs/vitepress-twoslash/client'
const twoslashStub = fileURLToPath(new URL('./stubs/twoslash-client.ts', import.meta.url))

/** Vue's full build (with the template compiler), as Slidev's alias names it, and the runtime-only build. */
const FULL_VUE = /([\\/]vue[\\/]dist[\\/])vue\.esm-bundler\.js$/
const RUNTIME_VUE = '$1vue.runtime.esm-bundler.js'

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
    resolveId(source) {
      // Slidev's alias has already turned `vue` into the path of the full build.
      if (building && FULL_VUE.test(source))
        return source.replace(FULL_VUE, RUNTIME_VUE)
      return undefined
    },
    transform(code, id) {
      // The whole file only: `?vue&type=...` sub-requests are compiled from the already fixed source.
      const path = id.replace(/\\/g, '/')
      if (path === twoslashStub.replace(/\\/g, '/')) {
        applied.add(TWOSLASH_CLIENT)
        return undefined
      }
      const fixes = sourceFixes.filter(f => path.endsWith(f.file))
      if (fixes.length === 0)
        return undefined
      for (const fix of fixes) {
        const result = applyFix(fix, code)
        if (!result.ok)
          this.error(result.message)
        code = result.code
        applied.add(fix.file)
      }
      return code
    },
    buildEnd(error) {
      // Only a full build sees every file; the dev server transforms files as pages ask for them.
      if (!building || error)
        return
      const missing = [...new Set([...sourceFixes.map(f => f.file), TWOSLASH_CLIENT])].filter(f => !applied.has(f))
      if (missing.length > 0)
        this.error(failure(`These Slidev files were never part of the build, so their fixes did not apply: ${missing.join(', ')}`))
    },
  }
}
