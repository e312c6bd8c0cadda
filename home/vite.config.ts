// The course home page: a small Vue app built into dist/ beside the module folders.
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { courseQuizzes } from '../quizzes/vite-plugin.ts'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [vue(), courseQuizzes()],
  build: { outDir: '../dist', emptyOutDir: false },
})
