/**
 * `npm run dev -- <module id>`: live-reloading Slidev server for one module while you write it.
 * It listens on this machine only. A development server must not face a room: it answers requests
 * for project files (`/@fs/...`) and development endpoints. To present to other devices, use
 * `npm run classroom -- <module>` (also `npm run present`), which serves the built site.
 * Without an id it lists the modules. Other options are passed on to Slidev (e.g. `--port 3031`).
 * To see the whole course as learners do, use `npm start`.
 */
import process from 'node:process'
import { deckFile, modules } from '../modules.ts'
import { run } from './run.ts'

const args = process.argv.slice(2)
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
await run('slidev', [deckFile(mod), '--open', 'false', ...args.filter(a => a !== id)])
