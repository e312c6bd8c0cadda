/**
 * `npm run export [module ...]`: for every module in modules.ts, two PDFs in exports/:
 *   <module>.pdf             learner handout: every slide, questions with lettered options, no answers
 *   <module>-instructor.pdf  the same plus answers, explanations, sources and the speaker notes
 * Uses the same browser discovery as the tests (scripts/browser.ts).
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { modules } from '../modules.ts'
import { findBrowser, NoBrowserError } from './browser.ts'
import { root } from './paths.ts'
import { run } from './run.ts'

export const exportDir = join(root, 'exports')
/**
 * The instructor page is taller than a slide (552 px) so the answer keys and speaker notes fit under
 * it: 980 x 1386 is the shape of A4 portrait, so the page fills the paper at the same scale as before.
 */
export const INSTRUCTOR_PAGE_HEIGHT = 1386

/** Same deck, taller pages: written beside the original so its relative addon path still works. */
function instructorDeck(id: string): string {
  const source = readFileSync(join(root, 'slides', `${id}.md`), 'utf8')
  const file = join(root, 'slides', `.${id}.instructor.md`)
  writeFileSync(file, source.replace(/^---\n/, `---\naspectRatio: 980/${INSTRUCTOR_PAGE_HEIGHT}\n`))
  return file
}

export async function exportModules(ids: string[] = []): Promise<void> {
  let browser: string
  try {
    browser = findBrowser()
  }
  catch (e) {
    if (e instanceof NoBrowserError) {
      console.error(e.message)
      process.exit(1)
    }
    throw e
  }
  mkdirSync(exportDir, { recursive: true })
  const selected = ids.length ? modules.filter(m => ids.includes(m.id)) : modules
  for (const mod of selected) {
    const editions = [
      { file: `${mod.id}.pdf`, deck: join(root, 'slides', `${mod.id}.md`), env: {} },
      { file: `${mod.id}-instructor.pdf`, deck: instructorDeck(mod.id), env: { VITE_COURSE_EDITION: 'instructor' } },
    ]
    for (const edition of editions) {
      const started = Date.now()
      process.stdout.write(`${mod.id}: exporting ${edition.file} ... `)
      try {
        await run('slidev', ['export', edition.deck, '--output', join(exportDir, edition.file), '--executable-path', browser, '--with-toc', '--timeout', '120000'], { env: edition.env, quiet: true })
      }
      finally {
        if (edition.deck.includes('.instructor.md'))
          rmSync(edition.deck, { force: true })
      }
      const size = statSync(join(exportDir, edition.file)).size
      console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s, ${(size / 1024).toFixed(0)} KB`)
    }
  }
  console.log(`PDFs are in ${exportDir}`)
}

if (import.meta.url === `file://${process.argv[1]}`)
  await exportModules(process.argv.slice(2))
