/**
 * PDF export, checked by reading the PDFs (pdfjs-dist). Only the PDFs read here are printed: both
 * editions of the first module and of the final assessment, and the instructor edition of every module.
 * For the first module and the final (whose editions print one seeded draw, stated on the first page): the
 * learner handout has every question and option but no answer, explanation or speaker note; the
 * instructor edition adds all of them; one page per slide; a title and an outline. For every module:
 * on each instructor page only the speaker notes sit under the "Speaker notes" heading, so no answer
 * key or option is hidden behind them.
 * Tagged @pdf: `npm test -- --quick` skips it; CI runs it.
 */
import type { SimpleQuestion } from '../../quizzes/engine/schema'
import type { Line } from './support/pdf.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { parseSync } from '@slidev/parser'
import { finalAssessment, modules } from '../../modules.ts'
import { PRINT_SEED } from '../../quizzes/engine/shuffle.ts'
import { exportDir, isPrintBuilt, pdfName, printBuildJobs, printPdfs } from '../../scripts/export.ts'
import { root } from '../../scripts/paths.ts'
import { runJobs } from '../../scripts/run.ts'
import { printedQuestions, slideNumbers } from './support/deck.ts'
import { readPdf, squash } from './support/pdf.ts'

/** The modules whose two editions are checked in full: the first module, and the final assessment's printed draw. */
const fullyChecked = [modules[0]!, finalAssessment]

/** Letters and digits only: compares rendered notes with their markdown source (links reduced to their text, `&#36;` read as `$`). */
const letters = (s: string) => s.replace(/\]\([^)]*\)/g, ']').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).toLowerCase().replace(/[^a-z0-9]/g, '')

/** The text printed below a page's "Speaker notes" heading (PDF y grows upwards), or undefined without one. */
function underNotesHeading(page: Line[]): string | undefined {
  const heading = page.find(item => /^speaker notes$/i.test(item.str.trim()))
  return heading && page.filter(item => item.y < heading.y - 1).map(item => item.str).join(' ')
}

function deckFacts(moduleId: string) {
  const parts: SimpleQuestion[] = printedQuestions(moduleId).flatMap(q => q.type === 'scenario' ? q.questions : [q])
  const deckFile = join(root, 'slides', `${moduleId}.md`)
  const notes = parseSync(readFileSync(deckFile, 'utf8'), deckFile).slides.map(s => squash(s.note ?? '')).filter(n => n.length > 20)
  return { parts, deckFile, notes }
}

/** A fragment long enough to be unique, short enough not to be broken by a line wrap in extraction. */
const fragment = (s: string) => squash(s).slice(0, 30)

test.describe.configure({ mode: 'serial', timeout: 600_000 })

test.describe(`PDF export (editions checked in full on ${fullyChecked.map(m => `"${m.id}"`).join(' and ')}) @pdf`, () => {
  type Pdf = Awaited<ReturnType<typeof readPdf>>
  const editions = new Map<string, { learner: Pdf, instructor: Pdf }>()

  test.beforeAll(async () => {
    // Only a guard against a hang: `npm test` builds the print editions beforehand, and printing
    // the PDFs takes seconds; run on its own, this spec builds what is missing first (a minute or two).
    test.setTimeout(600_000)
    await runJobs([...printBuildJobs(fullyChecked, ['learner']), ...printBuildJobs(modules, ['instructor'])].filter(job => !isPrintBuilt(job.id, job.edition)))
    await printPdfs(fullyChecked, ['learner'])
    await printPdfs(modules, ['instructor'])
    for (const m of fullyChecked)
      editions.set(m.id, { learner: await readPdf(join(exportDir, pdfName(m.id, 'learner'))), instructor: await readPdf(join(exportDir, pdfName(m.id, 'instructor'))) })
  })

  for (const mod of fullyChecked) {
    const { parts, deckFile, notes } = deckFacts(mod.id)
    const both = () => Object.values(editions.get(mod.id)!)

    test(`"${mod.id}": both editions are tagged, have one page per slide, the module title and an outline of the slide titles`, () => {
      const total = slideNumbers(mod.id).total
      const titles = parseSync(readFileSync(deckFile, 'utf8'), deckFile).slides.map(s => s.title).filter((t): t is string => !!t).map(squash)
      for (const edition of both()) {
        expect(edition.pages).toHaveLength(total)
        expect(edition.title).toBe(mod.title)
        expect(edition.tagged, 'a tagged PDF').toBe(true)
        expect(edition.outline.length).toBeGreaterThan(0)
        for (const entry of edition.outline)
          expect(titles.some(t => t.includes(entry) || entry.includes(t)), `outline entry "${entry}" is a slide title`).toBe(true)
        // A handout of the final prints one draw, and says which on its first page.
        if (mod.kind === 'assessment')
          expect(edition.pages[0]).toContain(`draw seed ${PRINT_SEED}`)
      }
    })

    test(`"${mod.id}": both editions have every question stem and every option with its letter`, () => {
      expect(parts.length).toBeGreaterThan(0)
      for (const edition of both()) {
        for (const part of parts) {
          expect(edition.text).toContain(fragment(part.prompt))
          const options = part.type === 'single' || part.type === 'multiple' ? part.options.map(o => o.text) : part.type === 'ordering' ? part.items.map(i => i.text) : part.type === 'matching' ? part.pairs.map(p => p.match) : ['True', 'False']
          for (const text of options)
            expect(edition.text).toMatch(new RegExp(`[A-H] ${fragment(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
        }
      }
    })

    test(`"${mod.id}": the learner handout has no answers, explanations or speaker notes`, () => {
      const { learner } = editions.get(mod.id)!
      expect(learner.text).not.toContain('(correct)')
      expect(learner.text).not.toMatch(/Correct (answer|answers|order|matches):/)
      expect(learner.text).not.toContain('Speaker notes')
      for (const part of parts)
        expect(learner.text).not.toContain(fragment(part.explanation))
      for (const note of notes)
        expect(learner.text).not.toContain(fragment(note))
    })

    test(`"${mod.id}": the instructor edition has every answer, explanation, source and speaker note`, () => {
      const { instructor } = editions.get(mod.id)!
      for (const part of parts) {
        expect(instructor.text).toContain(fragment(part.explanation))
        expect(instructor.text).toContain(fragment(part.sources[0]!.title))
      }
      expect(notes.length, 'the deck has speaker notes').toBeGreaterThan(0)
      const answerLines = instructor.text.match(/Correct (answer|answers|order|matches):/g) ?? []
      expect(answerLines.length).toBe(parts.length)
      for (const note of notes)
        expect(instructor.text).toContain(fragment(note))
    })
  }

  for (const m of modules) {
    test(`every instructor page of "${m.id}" has its speaker notes under the slide, covering nothing`, async () => {
      const { lines } = await readPdf(join(exportDir, pdfName(m.id, 'instructor')))
      const file = join(root, 'slides', `${m.id}.md`)
      const slides = parseSync(readFileSync(file, 'utf8'), file).slides
      expect(lines).toHaveLength(slides.length)
      lines.forEach((page, i) => {
        const under = underNotesHeading(page)
        expect(under, `${m.id} page ${i + 1}: a "Speaker notes" heading`).toBeDefined()
        // Anything else below the heading would be slide content pushed under (or behind) the notes.
        expect(letters(slides[i]!.note?.trim() || '(No notes for this slide.)'), `${m.id} page ${i + 1}: only notes below the heading`).toContain(letters(under!))
      })
    })
  }
})
