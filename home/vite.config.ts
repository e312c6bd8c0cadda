import type { Plugin } from 'vite'
// The course home page and the certificate page (certificate/): a small Vue app built into dist/ beside the module folders.
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { courseQuizzes } from '../quizzes/vite-plugin.ts'
import { keepFontsAsFiles } from '../scripts/fonts-as-files.ts'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }

/**
 * The Hindi neutral page (public/neutral-hi.html, where Quick exit goes from a Hindi page) is a plain
 * file Vite copies as it is: it finds the course's Devanagari fonts at fonts/, put there from styles/fonts/.
 */
function neutralPageFonts(): Plugin {
  return {
    name: 'course-neutral-page-fonts',
    apply: 'build',
    generateBundle() {
      for (const name of ['devanagari-400.woff2', 'devanagari-700.woff2'])
        this.emitFile({ type: 'asset', fileName: `fonts/${name}`, source: readFileSync(fileURLToPath(new URL(`../styles/fonts/${name}`, import.meta.url))) })
    },
  }
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [vue(), courseQuizzes({ scoringOnly: true }), neutralPageFonts()],
  // See composables/courseVersion.ts.
  define: { __COURSE_VERSION__: JSON.stringify(process.env.COURSE_VERSION || pkg.version) },
  build: {
    // See vite.config.ts at the root: fonts stay files.
    assetsInlineLimit: keepFontsAsFiles,
    outDir: '../dist',
    emptyOutDir: false,
    rollupOptions: {
      input: {
        home: fileURLToPath(new URL('index.html', import.meta.url)),
        certificate: fileURLToPath(new URL('certificate/index.html', import.meta.url)),
      },
    },
  },
})
