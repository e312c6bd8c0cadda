/**
 * PDF export, checked by reading the PDFs (pdfjs-dist). Only the PDFs read here are printed: both
 * editions of the first module and of the final assessment, and the instructor edition of every module.
 * For the first module and the final (whose editions print one seeded draw, stated on the first page): the
 * learner handout has every question and option but no answer, explanation or speaker note; the
 * instructor edition adds all of them; one page per slide; a title and an outline. For every module:
 * on each instructor page only the speaker notes sit under the "Speaker notes" heading, so no answer
 * key or option is hidden behind them. Every translation (the Hindi safety module): both editions, in its
 * language (its title, its questions and options, its answer lines and notes heading), read back as text,
 * which shows the script was printed as real text, shaped and in order.
 * Tagged @pdf: `npm test -- --quick` skips it; CI runs it.
 */
import type { SimpleQuestion } from '../../quizzes/engine/schema'
import type { Line } from './support/pdf.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { parseSync } from '@slidev/parser'
import { messagesFor } from '../../i18n'
import { deckFile, editionsOf, finalAssessment, modules, moduleTexts } from '../../modules.ts'
import { loadTranslation } from '../../quizzes/engine/load.ts'
import { PRINT_SEED } from '../../quizzes/engine/shuffle.ts'
import { exportDir, isPrintBuilt, pdfName, printBuildJobs, printPdfs } from '../../scripts/export.ts'
import { root } from '../../scripts/paths.ts'
import { runJobs } from '../../scripts/run.ts'
import { printedQuestions, slideNumbers } from './support/deck.ts'
import { popplerPages, readPdf, squash } from './support/pdf.ts'

/** The modules whose two editions are checked in full: the first module, and the final assessment's printed draw. */
const fullyChecked = [modules[0]!, finalAssessment]

/**
 * Letters (of any script, with their vowel signs) and digits only: compares rendered notes with their
 * markdown source (links reduced to their text, `&#36;` read as `$`).
 */
const letters = (s: string) => s.replace(/\]\([^)]*\)/g, ']').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, '')

/** The translations, whose two editions are checked in their language. */
const translations = editionsOf(modules).filter(e => e.lang !== 'en')

/** The text printed below a page's "Speaker notes" heading (PDF y grows upwards), or undefined without one. */
function underNotesHeading(page: Line[], heading = 'Speaker notes'): string | undefined {
  const found = page.find(item => item.str.trim().toLowerCase() === heading.toLowerCase())
  return found && page.filter(item => item.y < found.y - 1).map(item => item.str).join(' ')
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
    await runJobs(printBuildJobs(translations.map(e => e.mod), ['learner'], translations.map(e => e.lang)).filter(job => !isPrintBuilt(job.id, job.edition)))
    await printPdfs(fullyChecked, ['learner'])
    await printPdfs(modules, ['instructor'])
    await printPdfs(translations.map(e => e.mod), ['learner'], translations.map(e => e.lang))
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

  for (const { mod: m, lang, key } of editionsOf(modules)) {
    test(`every instructor page of "${key}" has its speaker notes under the slide, covering nothing`, async () => {
      const pdf = join(exportDir, pdfName(key, 'instructor'))
      const file = join(root, deckFile(m, lang))
      const slides = parseSync(readFileSync(file, 'utf8'), file).slides
      const t = messagesFor(lang).notices
      // English by position under the heading (pdf.js); another script in reading order after it (poppler).
      const pages = lang === 'en'
        ? (await readPdf(pdf)).lines.map(page => underNotesHeading(page, t.speakerNotes))
        : popplerPages(pdf).map((text) => {
            // Compared letters only: poppler puts a space inside some conjuncts (नोट् स).
            const [all, heading] = [letters(text), letters(t.speakerNotes)]
            return all.includes(heading) ? all.slice(all.lastIndexOf(heading) + heading.length) : undefined
          })
      expect(pages).toHaveLength(slides.length)
      pages.forEach((under, i) => {
        expect(under, `${key} page ${i + 1}: a "${t.speakerNotes}" heading`).toBeDefined()
        // Anything else below the heading would be slide content pushed under (or behind) the notes.
        expect(letters(slides[i]!.note?.trim() || t.noNotes), `${key} page ${i + 1}: only notes below the heading`).toContain(letters(under!))
      })
    })
  }

  for (const { mod, lang, key } of translations) {
    test(`"${key}": both editions are in ${lang}: its title, one page per slide, every question and option, answers only in the instructor edition`, async () => {
      const t = messagesFor(lang)
      const { quizzes } = loadTranslation(join(root, 'quizzes'), root, lang, mod.id)
      const parts: SimpleQuestion[] = [...slideNumbers(mod.id).questions.keys()].flatMap((k) => {
        const [quizId, id] = k.split(':') as [string, string]
        const q = quizzes.find(x => x.id === quizId)!.questions.find(x => x.id === id)!
        return q.type === 'scenario' ? q.questions : [q]
      })
      // Title, pages and tags from pdf.js; the text from poppler, which reads Devanagari as written.
      const read = async (edition: 'learner' | 'instructor') => {
        const file = join(exportDir, pdfName(key, edition))
        // Compared letters only: poppler puts a space inside some conjuncts (नोट् स).
        const written = popplerPages(file, 'written').join(' ')
        return { ...await readPdf(file), text: letters(written), compact: written.replace(/\s+/g, '') }
      }
      const learner = await read('learner')
      const instructor = await read('instructor')
      for (const edition of [learner, instructor]) {
        expect(edition.pages).toHaveLength(slideNumbers(mod.id).total)
        expect(edition.title).toBe(moduleTexts(mod, lang).title)
        expect(edition.tagged, 'a tagged PDF').toBe(true)
        for (const part of parts) {
          expect(edition.text).toContain(letters(part.prompt).slice(0, 30))
          const options = part.type === 'single' || part.type === 'multiple' ? part.options.map(o => o.text) : part.type === 'ordering' ? part.items.map(i => i.text) : part.type === 'matching' ? part.pairs.map(p => p.match) : [t.quiz.true, t.quiz.false]
          for (const text of options)
            expect(edition.text).toContain(letters(text).slice(0, 30))
        }
      }
      // An explanation may open like a slide's text, so the handout is checked by its labels: no answer
      // line, no "why", no notes heading; the instructor edition has one answer line per question part.
      for (const part of parts)
        expect(instructor.text).toContain(letters(part.explanation).slice(0, 30))
      // An answer line starts with its label and a colon ("सही क्रम:"; a prompt may say "सही क्रम में").
      const labels = [t.answerKey.single, t.answerKey.multiple, t.answerKey.ordering, t.answerKey.matching].map(l => l.replace(/\s+/g, '')).sort((a, b) => b.length - a.length)
      const answerLine = new RegExp(`(?:${labels.join('|')}):`, 'g')
      expect(learner.compact.match(answerLine) ?? []).toEqual([])
      expect((instructor.compact.match(answerLine) ?? []).length).toBe(parts.length)
      expect(learner.compact).not.toContain(t.answerKey.why.replace(/\s+/g, ''))
      expect(learner.text).not.toContain(letters(t.notices.speakerNotes))
      expect(instructor.text).toContain(letters(t.notices.speakerNotes))
    })
  }
})
