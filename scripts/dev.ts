/**
 * `npm run dev -- <module id> [--lang <code>]`: live-reloading Slidev server for one module (or one of
 * its translations, e.g. `npm run dev -- safety --lang hi`) while you write it.
 * It listens on this machine only. A development server must not face a room: it answers requests
 * for project files (`/@fs/...`) and development endpoints. To present to other devices, use
 * `npm run classroom -- <module>` (also `npm run present`), which serves the built site.
 * Without an id it lists the modules. Other options are passed on to Slidev (e.g. `--port 3031`).
 * To see the whole course as learners do, use `npm start`.
 */
import process from 'node:process'
import { deckFile, modules } from '../modules.ts'
import { run } from './run.ts'

const all = process.argv.slice(2)
const langAt = all.indexOf('--lang')
const lang = langAt >= 0 ? all[langAt + 1] ?? 'en' : 'en'
const args = langAt >= 0 ? all.filter((_, i) => i !== langAt && i !== langAt + 1) : all
const id = args.find(a => modules.some(m => m.id === a)) ?? args.find(a => !a.startsWith('-'))
const mod = modules.find(m => m.id === id)
if (!mod) {
  const usage = `Usage: npm run dev -- <module>   (to present to other devices: npm run classroom -- <module>)\nModules: ${modules.map(m => m.id).join(', ')}`
  console.log(id ? `No module "${id}".\n${usage}` : usage)
  process.exit(id ? 1 : 0)
}
if (args.includes('--remote') || args.includes('--bind')) {
  console.error('The development server stays on this machine. To present to other devices, run: npm run classroom -- <module>')
  process.exit(1)
}
if (!mod.languages.includes(lang)) {
  console.error(`Module "${mod.id}" has no "${lang}" edition. Its languages: ${mod.languages.join(', ')}`)
  process.exit(1)
}
// The quiz plugin reads the deck's language from its path (slides/<lang>/<id>.md).
await run('slidev', [deckFile(mod, lang), '--open', 'false', ...args.filter(a => a !== id)])
