/**
 * Stands in for `@shikijs/vitepress-twoslash/client` (TwoSlash code pop-ups), which Slidev installs
 * on every page. The course shows no TwoSlash code, and the pinned version fails to install its
 * pop-ups with an error on every page, so scripts/slidev-fixes.ts points Vite here instead.
 */
import type { Plugin } from 'vue'

const noTwoSlash: Plugin = { install: () => {} }
export default noTwoSlash
