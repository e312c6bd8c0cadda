// Loaded by Slidev for every deck (the repository root is an addon of each deck) and by the course home.
import { defineConfig } from 'vite'
import { courseQuizzes } from './quizzes/vite-plugin'

export default defineConfig({
  plugins: [courseQuizzes()],
})
