// Loaded by Slidev for every deck (the repository root is an addon of each deck).
import { defineConfig } from 'vite'
import { courseQuizzes } from './quizzes/vite-plugin.ts'
import { revealRelay } from './scripts/reveal-relay.ts'
import { slidevFixes } from './scripts/slidev-fixes.ts'

export default defineConfig({
  plugins: [courseQuizzes(), slidevFixes(), revealRelay()],
  // Each deck builds into its own dist/<id>/ folder, outside the deck's root: clear it each time.
  build: { emptyOutDir: true },
})
