/**
 * Fixes to Slidev's own interface (accessibility, a clean console), applied as source transforms so no rule has to be
 * switched off in the axe checks. Each fix names the file, what is wrong and what changes; if Slidev
 * changes the file, the transform finds nothing to replace and the build fails loudly.
 */
import type { Plugin } from 'vite'

interface Fix {
  file: string
  why: string
  from: string
  to: string
}

const fixes: Fix[] = [
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
  {
    file: '@slidev/client/setup/main.ts',
    why: 'TwoSlash code pop-ups (unused by the course) fail to install with the pinned @shikijs/vitepress-twoslash and print an error on every page',
    from: "  app.use(TwoSlashFloatingVue as any, { container: '#twoslash-container' })",
    to: '  // TwoSlash pop-ups are not used by the course (see scripts/slidev-fixes.ts).',
  },
]

export function slidevFixes(): Plugin {
  return {
    name: 'course-slidev-fixes',
    enforce: 'pre',
    transform(code, id) {
      const fix = fixes.find(f => id.replace(/\\/g, '/').endsWith(f.file))
      if (!fix)
        return undefined
      if (!code.includes(fix.from))
        this.error(`Slidev changed ${fix.file}; re-check this fix: ${fix.why}`)
      return code.replace(fix.from, fix.to)
    },
  }
}
