/**
 * `npm run package [-- --format scorm12,scorm2004,cmi5] [module ids...]`: LMS packages in packages/.
 * Default: every format, one package per module plus the whole course. Decks not built yet are
 * built first (only those). Each line of output is one package written.
 */
import type { PackageFormat, PackageInfo } from './lms/manifests.ts'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
// The final assessment gets no LMS package: an LMS runs its own tests, and the final's draw needs every module's deck.
import { learningModules as modules } from '../modules.ts'
import { loadQuizzes } from '../quizzes/engine/load.ts'
import { FORMATS, passMarkOf } from './lms/manifests.ts'
import { buildZip, filesBelow, isFile } from './lms/zip.ts'
import { distDir, root } from './paths.ts'
import { run } from './run.ts'

const packagesDir = join(root, 'packages')
const schemasDir = join(root, 'lms', 'schemas')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string, description: string }

const { values, positionals } = parseArgs({ options: { format: { type: 'string' } }, allowPositionals: true })
const formats = (values.format ?? FORMATS.join(',')).split(',').map(f => f.trim()) as PackageFormat[]
const unknownFormat = formats.find(f => !FORMATS.includes(f))
const unknownModule = positionals.find(id => !modules.some(m => m.id === id))
if (unknownFormat || unknownModule) {
  console.error(unknownFormat
    ? `Unknown format "${unknownFormat}": use ${FORMATS.join(', ')} (comma-separated).`
    : `Unknown module "${unknownModule}": use ${modules.map(m => m.id).join(', ')}.`)
  process.exit(1)
}
const selected = positionals.length ? modules.filter(m => positionals.includes(m.id)) : modules

const { quizzes, errors } = loadQuizzes(join(root, 'quizzes'), root)
if (errors.length > 0) {
  console.error('Packaging stopped: quiz files have errors; run `npm run check`.')
  process.exit(1)
}

const missing = selected.filter(m => !isFile(join(distDir, m.id, 'index.html')))
if (missing.length > 0)
  await run('tsx', ['scripts/build.ts', ...missing.map(m => m.id)])

const unitOf = (m: typeof modules[number]) => ({ module: m, passMark: passMarkOf(m, quizzes), files: filesBelow(join(distDir, m.id), distDir) })
const courseTitle = 'Messaging leaks: a training course'
const infos: { name: string, info: PackageInfo }[] = selected.map(m => ({
  name: m.id,
  info: { identifier: `messaging-leaks-course.${m.id}`, title: m.title, description: m.summary, version: pkg.version, units: [unitOf(m)] },
}))
// The whole course is a package too when every module was asked for.
if (selected.length === modules.length) {
  infos.push({ name: 'course', info: { identifier: 'messaging-leaks-course', title: courseTitle, description: pkg.description, version: pkg.version, units: modules.map(unitOf) } })
}

mkdirSync(packagesDir, { recursive: true })
for (const format of formats) {
  for (const { name, info } of infos) {
    const file = join(packagesDir, `${name}-${format}.zip`)
    const zip = buildZip(format, info, distDir, schemasDir)
    writeFileSync(file, zip)
    console.log(`packages/${name}-${format}.zip  ${format}  ${info.units.length} module${info.units.length === 1 ? '' : 's'}  ${(zip.length / 1024 / 1024).toFixed(1)} MB`)
  }
}
