import type { Page } from '@playwright/test'
/**
 * `npm run export [module ...]`: for every module in modules.ts, two PDFs in exports/:
 *   <module>.pdf             learner handout: every slide, questions with lettered options, no answers
 *   <module>-instructor.pdf  the same plus answers, explanations, sources and the speaker notes
 * and the same two for each translation, named after its language: safety-hi.pdf, safety-hi-instructor.pdf.
 *
 * Each edition is a static build of the deck with Slidev's print page (in .build/print/, never in the
 * site), printed by Chromium from a local server. Printing a finished build, rather than Slidev's
 * development server, means no module is compiled or re-bundled while the page loads, so nothing can
 * reload the page mid-export. Chromium writes a tagged PDF (for screen readers) with an outline made
 * from the slide headings. Uses the same browser discovery as the tests (scripts/browser.ts).
 */
import type { Server } from 'node:http'
import type { CourseModule, ModuleEdition } from '../modules.ts'
import type { Job } from './run.ts'
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { chromium } from '@playwright/test'
import { parseSync } from '@slidev/parser'
import { deckFile, editionsOf, modules, moduleTexts } from '../modules.ts'
import { findBrowser, launchArgs, NoBrowserError } from './browser.ts'
import { buildDeck } from './decks.ts'
import { buildCacheDir, root } from './paths.ts'
import { runJobs } from './run.ts'
import { serve } from './serve.ts'

export const exportDir = join(root, 'exports')
const printDir = join(buildCacheDir, 'print')

/** Slidev's canvas width, which the print page lays out at one CSS pixel per canvas pixel. */
const PAGE_WIDTH = 980
/** A 16:9 slide at that width. */
const SLIDE_HEIGHT = 552
/**
 * The instructor page is taller than a slide so the answer keys and speaker notes fit under it:
 * 980 x 1386 is the shape of A4 portrait, so the page fills the paper at the same scale.
 */
export const INSTRUCTOR_PAGE_HEIGHT = 1386

export type Edition = 'learner' | 'instructor'
export const editions: Edition[] = ['learner', 'instructor']

export function pdfName(id: string, edition: Edition): string {
  return edition === 'learner' ? `${id}.pdf` : `${id}-instructor.pdf`
}

function slideCount({ mod, lang }: ModuleEdition): number {
  const file = join(root, deckFile(mod, lang))
  return parseSync(readFileSync(file, 'utf8'), file).slides.length
}

const siteName = (id: string, edition: Edition) => `${id}-${edition}`

/** Whether the print edition was built (by `npm test` or an earlier export). */
export function isPrintBuilt(id: string, edition: Edition): boolean {
  return existsSync(join(printDir, siteName(id, edition), 'index.html'))
}

export interface PrintBuildJob extends Job {
  id: string
  edition: Edition
}

/**
 * One build job per module, language and edition; `npm test` runs them beside its other builds.
 * `id` is the language edition's key: `safety`, or `safety-hi` for the Hindi one (its PDFs are safety-hi.pdf ...).
 */
export function printBuildJobs(selected: CourseModule[], which: Edition[] = editions, langs?: string[]): PrintBuildJob[] {
  return editionsOf(selected).filter(e => !langs || langs.includes(e.lang)).flatMap(({ mod, lang, key }) => which.map(edition => ({
    id: key,
    edition,
    name: `built the ${edition} print edition of ${key}`,
    // The deck as printed: the page shape in its headmatter.
    run: () => buildDeck(mod, siteName(key, edition), join(printDir, siteName(key, edition)), {
      lang,
      extra: [`aspectRatio: ${PAGE_WIDTH}/${edition === 'instructor' ? INSTRUCTOR_PAGE_HEIGHT : SLIDE_HEIGHT}`, `canvasWidth: ${PAGE_WIDTH}`],
      env: { COURSE_PRINT_BUILD: '1', ...(edition === 'instructor' ? { VITE_COURSE_EDITION: 'instructor' } : {}) },
    }),
  })))
}

function browserOrExit(): string {
  try {
    return findBrowser()
  }
  catch (e) {
    if (e instanceof NoBrowserError) {
      console.error(e.message)
      process.exit(1)
    }
    throw e
  }
}

/** Prints already built editions (see printBuildJobs) to exports/. */
export async function printPdfs(selected: CourseModule[], which: Edition[] = editions, langs?: string[]): Promise<void> {
  mkdirSync(exportDir, { recursive: true })
  const server: Server = await new Promise((resolve) => {
    const s = serve(printDir, 0, '127.0.0.1', { quiet: true })
    s.on('listening', () => resolve(s))
  })
  const { port } = server.address() as { port: number }
  const browser = await chromium.launch({ executablePath: browserOrExit(), args: launchArgs })
  try {
    for (const ed of editionsOf(selected).filter(e => !langs || langs.includes(e.lang))) {
      for (const edition of which) {
        const started = Date.now()
        const file = join(exportDir, pdfName(ed.key, edition))
        const height = edition === 'instructor' ? INSTRUCTOR_PAGE_HEIGHT : SLIDE_HEIGHT
        const page = await browser.newPage({ viewport: { width: PAGE_WIDTH, height } })
        try {
          await page.goto(`http://127.0.0.1:${port}/${siteName(ed.key, edition)}/?print=true#/print`)
          await waitForPrintPage(page, slideCount(ed))
          // The PDF's title is the document's; Slidev's print page names no slide.
          await page.evaluate((title) => {
            document.title = title
          }, moduleTexts(ed.mod, ed.lang).title)
          await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
          await page.pdf({ path: file, width: `${PAGE_WIDTH}px`, height: `${height}px`, printBackground: true, preferCSSPageSize: true, tagged: true, outline: true })
        }
        finally {
          await page.close()
        }
        console.log(`${ed.key}: ${pdfName(ed.key, edition)} printed in ${((Date.now() - started) / 1000).toFixed(1)} s, ${(statSync(file).size / 1024).toFixed(0)} KB`)
      }
    }
  }
  finally {
    await browser.close()
    server.close()
  }
}

/** Every slide of the deck is on the print page and none is still loading. */
async function waitForPrintPage(page: Page, total: number): Promise<void> {
  // Each slide is its own lazily loaded chunk, and Vue shows its loading placeholder only after a
  // delay: until then a slide's container is simply empty. So wait until every container holds its
  // slide's layout, not only until no placeholder shows (that printed empty pages now and then).
  await page.waitForFunction((total) => {
    const containers = [...document.querySelectorAll('.print-slide-container')]
    return containers.length === total
      && containers.every(c => c.querySelector('.slidev-layout') !== null)
      && document.querySelectorAll('.slidev-slide-loading').length === 0
  }, total, { timeout: 60_000 })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/** Builds and prints both editions of the selected modules (all of them by default). */
export async function exportModules(ids: string[] = [], which: Edition[] = editions): Promise<void> {
  const unknown = ids.filter(id => !modules.some(m => m.id === id))
  if (unknown.length > 0) {
    console.error(`No module ${unknown.map(id => `"${id}"`).join(', ')}. Modules: ${modules.map(m => m.id).join(', ')}`)
    process.exit(1)
  }
  browserOrExit()
  const selected = ids.length ? modules.filter(m => ids.includes(m.id)) : modules
  await runJobs(printBuildJobs(selected, which))
  await printPdfs(selected, which)
  console.log(`PDFs are in ${exportDir}`)
}

if (import.meta.url === `file://${process.argv[1]}`)
  await exportModules(process.argv.slice(2))
