/**
 * Vite plugin that hands validated quizzes to the browser as `virtual:course-quizzes`.
 * A broken quiz file stops the build (and shows the error overlay in dev) with file, line and field.
 */
import type { Plugin } from 'vite'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { loadQuizzes } from './engine/load.ts'
import { formatError } from './engine/parse.ts'

const VIRTUAL = 'virtual:course-quizzes'
const RESOLVED = `\0${VIRTUAL}`
const rootDir = join(dirname(fileURLToPath(import.meta.url)), '..')
/** Tests point this at a folder of fixture quizzes (e.g. hostile text); the course uses quizzes/. */
const quizzesDir = process.env.COURSE_QUIZZES_DIR ? join(rootDir, process.env.COURSE_QUIZZES_DIR) : join(rootDir, 'quizzes')

export function courseQuizzes(): Plugin {
  return {
    name: 'course-quizzes',
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined
    },
    load(id) {
      if (id !== RESOLVED)
        return undefined
      const { quizzes, errors, files } = loadQuizzes(quizzesDir, rootDir)
      for (const file of files)
        this.addWatchFile(file)
      if (errors.length > 0)
        this.error(`Invalid quiz file(s):\n${errors.map(formatError).join('\n')}`)
      return `export const quizzes = ${JSON.stringify(quizzes)}`
    },
    configureServer(server) {
      // New or edited quiz files reload the page with fresh data.
      server.watcher.add(join(quizzesDir, '*/*.yaml'))
      server.watcher.on('all', (_event, file) => {
        if (!/\.ya?ml$/.test(file) || !file.startsWith(quizzesDir))
          return
        const mod = server.moduleGraph.getModuleById(RESOLVED)
        if (mod)
          server.moduleGraph.invalidateModule(mod)
        server.ws.send({ type: 'full-reload' })
      })
    },
  }
}
