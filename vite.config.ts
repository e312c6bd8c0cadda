// Loaded by Slidev for every deck (the repository root is an addon of each deck) and by the course home.
import { defineConfig } from 'vite'
import { courseQuizzes } from './quizzes/vite-plugin.ts'

export default defineConfig({
  plugins: [courseQuizzes()],
  // Each deck builds into its own dist/<id>/ folder, outside the deck's root: clear it each time.
  build: { emptyOutDir: true },
})
