// Loaded by Slidev for every deck (the repository root is an addon of each deck).
import { defineConfig } from 'vite'
import { courseQuizzes } from './quizzes/vite-plugin.ts'
import { slidevFixes } from './scripts/slidev-fixes.ts'

export default defineConfig({
  plugins: [courseQuizzes(), slidevFixes()],
  // The quiz engine's schema library is reached only through the decks' components, which Vite's
  // first scan does not see. Found later, it makes the dev server re-bundle and reload the page, which
  // broke a PDF export mid-way on a fresh clone. Listing it up front avoids the reload.
  optimizeDeps: { include: ['zod'] },
  // Each deck builds into its own dist/<id>/ folder, outside the deck's root: clear it each time.
  build: { emptyOutDir: true },
})
