/**
 * Vite plugin that hands validated quizzes to the browser as `virtual:course-quizzes`.
 * A broken quiz file stops the build (and shows the error overlay in dev) with file, line and field.
 * Every quiz file is still validated, but a module's deck gets only its own module's quizzes: the
 * others would be dead weight in its bundle. The course home (and any other page) gets them all;
 * the home only scores them, so it asks for `scoringOnly`: the same quizzes without their texts.
 */
import type { Plugin } from 'vite'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { deckFile, findModule, modules } from '../modules.ts'
import { deckSlides } from './engine/deckSlides.ts'
import { loadQuizzes, loadTranslation } from './engine/load.ts'
import { formatError } from './engine/parse.ts'

const VIRTUAL = 'virtual:course-quizzes'
const RESOLVED = `\0${VIRTUAL}`
const rootDir = join(dirname(fileURLToPath(import.meta.url)), '..')
/** Tests point this at a folder of fixture quizzes (e.g. hostile text); the course uses quizzes/. */
const quizzesDir = process.env.COURSE_QUIZZES_DIR ? join(rootDir, process.env.COURSE_QUIZZES_DIR) : join(rootDir, 'quizzes')

/**
 * The module whose deck this Vite run builds or serves: COURSE_DECK_MODULE when the course's scripts build
 * it, otherwise `slidev [build] slides/<id>.md` names
 * the deck on its command line (Slidev does not hand its entry to user plugins). Undefined for the
 * course home, fixture decks and anything else, which then get every quiz.
 */
export function deckModule(argv: string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string | undefined {
  // The course's own builds name the module (they build a copy of the deck, see scripts/decks.ts).
  if (env.COURSE_DECK_MODULE && modules.some(m => m.id === env.COURSE_DECK_MODULE))
    return env.COURSE_DECK_MODULE
  for (const arg of argv) {
    const id = /(?:^|[\\/])slides[\\/](?:[a-z]{2,3}[\\/])?\.?([a-z0-9-]+)(?:\.[a-z]+)?\.md$/.exec(arg)?.[1]
    if (id && modules.some(m => m.id === id))
      return id
  }
  return undefined
}

/** Fields that only show a question (texts, feedback, sources), never needed to score it. */
const TEXT_FIELDS = new Set(['prompt', 'explanation', 'sources', 'feedback', 'text', 'match', 'hint'])

/**
 * A quiz as scoring needs it (quizzes/engine/score.ts: ids, types, answers, points, objectives), for a
 * page that shows no question: the course home scores every module and the final from saved answers.
 */
export function scoringView(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(scoringView)
  if (typeof value !== 'object' || value === null)
    return value
  return Object.fromEntries(Object.entries(value).filter(([k]) => !TEXT_FIELDS.has(k)).map(([k, v]) => [k, scoringView(v)]))
}

/**
 * The language of the deck this Vite run builds: COURSE_DECK_LANG from the course's scripts, or a
 * translation's path on the command line (`slides/hi/safety.md`); English otherwise.
 */
export function deckLanguage(argv: string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string {
  const id = deckModule(argv, env)
  const mod = id === undefined ? undefined : findModule(id)
  if (!mod)
    return 'en'
  if (env.COURSE_DECK_LANG)
    return mod.languages.includes(env.COURSE_DECK_LANG) ? env.COURSE_DECK_LANG : 'en'
  for (const arg of argv) {
    const lang = /(?:^|[\\/])slides[\\/]([a-z]{2,3})[\\/][a-z0-9-]+\.md$/.exec(arg)?.[1]
    if (lang && mod.languages.includes(lang))
      return lang
  }
  return 'en'
}

export function courseQuizzes(options: { scoringOnly?: boolean } = {}): Plugin {
  const moduleId = deckModule()
  const lang = deckLanguage()
  return {
    name: 'course-quizzes',
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined
    },
    load(id) {
      if (id !== RESOLVED)
        return undefined
      const loaded = loadQuizzes(quizzesDir, rootDir)
      const mod = moduleId === undefined ? undefined : findModule(moduleId)
      // A translated deck gets its module's quizzes in its language, under the same ids.
      const translated = mod && lang !== 'en' ? loadTranslation(quizzesDir, rootDir, lang, mod.id) : undefined
      const quizzes = translated ? [...loaded.quizzes.filter(q => q.module !== mod!.id), ...translated.quizzes] : loaded.quizzes
      const errors = [...loaded.errors, ...translated?.errors ?? []]
      const { finalRules } = loaded
      for (const file of [...loaded.files, ...translated?.files ?? []])
        this.addWatchFile(file)
      if (errors.length > 0)
        this.error(`Invalid quiz file(s):\n${errors.map(formatError).join('\n')}`)
      // Slide numbers of this deck's quiz slides, for links between them (see engine/deckSlides.ts).
      const slides = mod ? deckSlides(join(rootDir, deckFile(mod, lang))) : undefined
      if (mod)
        this.addWatchFile(join(rootDir, deckFile(mod, lang)))
      const rules = `export const finalRules = ${JSON.stringify(finalRules)}\nexport const deckSlides = ${JSON.stringify(slides ?? null)}\n`
      // The final assessment draws from every module's banks, so its deck gets every quiz too.
      if (mod === undefined || mod.kind === 'assessment')
        return `${rules}export const quizzes = ${JSON.stringify(mod === undefined && options.scoringOnly ? scoringView(quizzes) : quizzes)}\nexport const ownsQuiz = () => true`
      const prefix = `${moduleId}/`
      // Bank questions appear only in the final assessment; leaving them out also keeps LMS suspend data unchanged.
      return `${rules}export const quizzes = ${JSON.stringify(quizzes.filter(q => q.id.startsWith(prefix) && q.kind !== 'bank'))}
export const ownsQuiz = id => id.startsWith(${JSON.stringify(prefix)})`
    },
    configureServer(server) {
      // New or edited quiz files reload the page with fresh data.
      server.watcher.add([join(quizzesDir, '*/*.yaml'), join(quizzesDir, '*/*/*.yaml')])
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
