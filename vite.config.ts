// Loaded by Slidev for every deck (the repository root is an addon of each deck).
import process from 'node:process'
import { defineConfig } from 'vite'
import { courseQuizzes } from './quizzes/vite-plugin.ts'
import { keepFontsAsFiles } from './scripts/fonts-as-files.ts'
import { preloadFirstSlide } from './scripts/preload-first-slide.ts'
import { slidevFixes } from './scripts/slidev-fixes.ts'

export default defineConfig({
  // The print editions (scripts/export.ts) are built with Slidev's print page, which the site itself
  // leaves out (`download: false`: a learner's copy has no PDF button).
  define: process.env.COURSE_PRINT_BUILD ? { __SLIDEV_FEATURE_PRINT__: 'true' } : {},
  plugins: [courseQuizzes(), slidevFixes(), preloadFirstSlide()],
  // Each deck builds into its own dist/<id>/ folder, outside the deck's root: clear it each time.
  // Rolldown's report of slow plugin callbacks names Slidev's own plugins on every build: noise in
  // the test log, where it buried the lines that matter.
  // Fonts stay files (Vite would inline the 2 KB language-names font into every page's style sheet):
  // a file is downloaded and kept offline once for the whole site.
  build: { emptyOutDir: true, assetsInlineLimit: keepFontsAsFiles, rolldownOptions: { checks: { bundlerTimings: false } } },
})
