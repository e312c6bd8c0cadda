/**
 * `npm run dev -- <module id>`: live-reloading Slidev server for one module while you write it.
 * Without an id it lists the modules. To see the whole course as learners do, use `npm start`.
 */
import process from 'node:process'
import { modules } from '../modules.ts'
import { run } from './run.ts'

const id = process.argv[2]
const mod = modules.find(m => m.id === id)
if (!mod) {
  console.log(`Usage: npm run dev -- <module>\nModules: ${modules.map(m => m.id).join(', ')}`)
  process.exit(id ? 1 : 0)
}
await run('slidev', [`slides/${mod.id}.md`, '--open', 'false'])
