/**
 * `npm run dev -- <module id>`: live-reloading Slidev server for one module while you write it.
 * `npm run present -- <module id>`: the same server opened to the local network (Slidev's `--remote`),
 * so the presenter view and the audience screens can be on different devices; the classroom reveal
 * then travels over the server (scripts/reveal-relay.ts).
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
  const usage = `Usage: npm run dev -- <module>   or   npm run present -- <module>\nModules: ${modules.map(m => m.id).join(', ')}`
  console.log(id ? `No module "${id}".\n${usage}` : usage)
  process.exit(id ? 1 : 0)
}
await run('slidev', [deckFile(mod), '--open', 'false', ...args.filter(a => a !== id)])
