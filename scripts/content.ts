/**
 * Cross-checks between decks, quizzes and modules.ts that no single file can check alone.
 * Shared by `npm run check`, the build and the content tests.
 */
import type { CourseModule } from '../modules.ts'
import type { QuizError } from '../quizzes/engine/parse.ts'
import type { FinalRules, LoadedQuiz } from '../quizzes/engine/schema.ts'
import type { FreshnessFinding, Month } from './freshness.ts'
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseSync } from '@slidev/parser'
import { deckFile, editionsOf, modules, moduleTexts } from '../modules.ts'
import { banksOf, objectiveOf, thinBanks } from '../quizzes/engine/draw.ts'
import { listQuizFiles, loadQuizzes, loadTranslation } from '../quizzes/engine/load.ts'
import { formatError } from '../quizzes/engine/parse.ts'
import { scoringView } from '../quizzes/vite-plugin.ts'
import { checkDeckFreshness, checkQuizFreshness, monthOf } from './freshness.ts'
import { root } from './paths.ts'

export interface QuizReference {
  deck: string
  line: number
  quiz: string
  /** Undefined for <QuizScore>. */
  question?: string
}

/** Every `<Question quiz="..." id="..." />` and `<QuizScore quiz="..." />` in a deck, with its line. */
export function quizReferences(deck: string, text: string): QuizReference[] {
  const refs: QuizReference[] = []
  text.split('\n').forEach((lineText, i) => {
    for (const m of lineText.matchAll(/<(Question|QuizScore)\b([^>]*)>/g)) {
      const attrs = m[2] ?? ''
      const quiz = /\bquiz="([^"]*)"/.exec(attrs)?.[1] ?? ''
      const question = m[1] === 'Question' ? (/\bid="([^"]*)"/.exec(attrs)?.[1] ?? '') : undefined
      refs.push({ deck, line: i + 1, quiz, question })
    }
  })
  return refs
}

/** The `title:` of a deck's headmatter. */
export function deckTitle(text: string): string | undefined {
  const head = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? ''
  return /^title:(.+)$/m.exec(head)?.[1]?.trim().replace(/^["']|["']$/g, '')
}

export interface ContentInput {
  modules: CourseModule[]
  quizzes: LoadedQuiz[]
  errors: QuizError[]
  /** The final assessment's rules, when they load. */
  finalRules?: FinalRules
  /** Deck text by module id; undefined when the deck file is missing. */
  decks: Record<string, string | undefined>
  /** Compare each translation on disk with its original (checkTranslations); on by default. */
  checkTranslations?: boolean
}

/** Everything as it is on disk. */
export function loadContent(): ContentInput {
  const { quizzes, errors, finalRules } = loadQuizzes(join(root, 'quizzes'), root)
  const decks = Object.fromEntries(modules.map((m) => {
    const file = join(root, deckFile(m))
    return [m.id, existsSync(file) ? readFileSync(file, 'utf8') : undefined]
  }))
  return { modules, quizzes, errors, decks, finalRules }
}

export function checkContent(input: ContentInput = loadContent()): string[] {
  const { quizzes, errors, decks, modules } = input
  const problems = errors.map(formatError)
  const byId = new Map<string, LoadedQuiz>(quizzes.map(q => [q.id, q]))
  const placed = new Set<string>()

  for (const mod of modules) {
    const deck = deckFile(mod)
    const text = decks[mod.id]
    if (text === undefined) {
      problems.push(`modules.ts: module "${mod.id}" has no deck at ${deck}`)
      continue
    }
    if (deckTitle(text) !== mod.title)
      problems.push(`${deck}:1 title: "${deckTitle(text)}" must equal the module title in modules.ts, "${mod.title}"`)
    for (const ref of quizReferences(deck, text)) {
      const quiz = byId.get(ref.quiz)
      if (!quiz) {
        if (!errors.some(e => e.file.endsWith(`${ref.quiz}.yaml`)))
          problems.push(`${ref.deck}:${ref.line} quiz: no quiz "${ref.quiz}" (expected quizzes/${ref.quiz}.yaml)`)
        continue
      }
      if (ref.question === undefined)
        continue
      if (!quiz.questions.some(q => q.id === ref.question))
        problems.push(`${ref.deck}:${ref.line} id: quiz "${ref.quiz}" has no question "${ref.question}"`)
      placed.add(`${ref.quiz}:${ref.question}`)
    }

    if (mod.kind === 'assessment')
      continue
    const final = byId.get(mod.quiz)
    if (!final) {
      if (!errors.some(e => e.file.endsWith(`${mod.quiz}.yaml`)))
        problems.push(`modules.ts: module "${mod.id}" names quiz "${mod.quiz}", which does not exist`)
      continue
    }
    if (final.kind !== 'scored')
      problems.push(`quizzes/${mod.quiz}.yaml:1 kind: the module quiz of "${mod.id}" must be "scored"`)
    const objectiveIds = new Set(mod.objectives.map(o => o.id))
    const assessed = new Map<string, number>()
    final.questions.forEach((q, i) => {
      const objs = q.type === 'scenario' && !q.objective ? q.questions.map(s => s.objective) : [q.objective]
      for (const o of objs) {
        if (!o)
          problems.push(`quizzes/${mod.quiz}.yaml questions.${i}.objective: every scored question needs an objective (one of ${[...objectiveIds].join('|')})`)
        else if (!objectiveIds.has(o))
          problems.push(`quizzes/${mod.quiz}.yaml questions.${i}.objective: "${o}" is not an objective of module "${mod.id}" (${[...objectiveIds].join('|')})`)
        else assessed.set(o, (assessed.get(o) ?? 0) + 1)
      }
    })
    for (const o of objectiveIds) {
      if ((assessed.get(o) ?? 0) < 2)
        problems.push(`modules.ts: objective "${o}" of module "${mod.id}" is assessed by ${assessed.get(o) ?? 0} scored question(s); it needs at least 2`)
    }
  }

  problems.push(...checkFinal(input))
  if (input.checkTranslations !== false)
    problems.push(...checkTranslations(quizzes, modules))

  // Every question of a module's scored quiz must be on a slide, or learners could never reach full marks.
  for (const mod of modules) {
    const final = mod.kind === 'assessment' ? undefined : byId.get(mod.quiz)
    for (const q of final?.questions ?? []) {
      if (!placed.has(`${final!.id}:${q.id}`) && decks[mod.id] !== undefined)
        problems.push(`${deckFile(mod)}: question "${q.id}" of quiz "${final!.id}" is on no slide`)
    }
  }
  return problems
}

/** What a translation must keep from the original quiz: ids, types, answers, points, objectives, option order, sources. */
export function quizSkeleton(quiz: LoadedQuiz): unknown {
  const sources = JSON.stringify(quiz.questions.map(q => q.type === 'scenario' ? q.questions.map(s => s.sources) : q.sources))
  const { title: _title, ...rest } = scoringView(quiz) as LoadedQuiz
  return { ...rest, questions: (rest.questions as unknown[]).map(q => stripTitle(q)), sources: JSON.parse(sources) as unknown }
}

function stripTitle(q: unknown): unknown {
  const { title: _title, ...rest } = q as Record<string, unknown>
  return rest
}

/**
 * One slide's shape, which a translation keeps: its frontmatter (but the deck's title, language and
 * addon path, which is one folder deeper) and its component tags, in order.
 */
function slideShapes(text: string, file: string): string[] {
  return parseSync(text, file).slides.map(({ frontmatter: { title: _title, lang: _lang, addons: _addons, ...frontmatter }, content }) =>
    JSON.stringify([frontmatter, [...content.matchAll(/<[A-Z]+\b[^>]*>/gi)].filter(m => /^<[A-Z]/.test(m[0])).map(m => m[0])]))
}

/**
 * Every translation against its original: the deck's title is the module's translated title and its
 * slides have the same frontmatter and components in the same order (so slide N is slide N in both
 * editions); its quizzes have the same files, ids, types, answers, points, objectives and sources.
 */
export function checkTranslations(quizzes: LoadedQuiz[], mods: CourseModule[] = modules): string[] {
  const problems: string[] = []
  for (const mod of mods) {
    for (const lang of mod.languages.filter(l => l !== 'en')) {
      const deck = deckFile(mod, lang)
      const texts = moduleTexts(mod, lang)
      if (texts.lang !== lang)
        problems.push(`modules.ts: module "${mod.id}" lists "${lang}" but has no translations.${lang} (title, summary, objectives)`)
      for (const o of mod.objectives.filter(o => !mod.translations?.[lang]?.objectives?.[o.id]))
        problems.push(`modules.ts: module "${mod.id}" has no ${lang} text for objective "${o.id}"`)
      const file = join(root, deck)
      if (!existsSync(file)) {
        problems.push(`modules.ts: module "${mod.id}" lists "${lang}" but ${deck} does not exist`)
        continue
      }
      const text = readFileSync(file, 'utf8')
      if (deckTitle(text) !== texts.title)
        problems.push(`${deck}:1 title: "${deckTitle(text)}" must equal the module's ${lang} title in modules.ts, "${texts.title}"`)
      const original = slideShapes(readFileSync(join(root, deckFile(mod)), 'utf8'), deckFile(mod))
      const translated = slideShapes(text, deck)
      if (original.length !== translated.length)
        problems.push(`${deck}: has ${translated.length} slides, ${deckFile(mod)} has ${original.length}; a translation keeps every slide, in order`)
      original.forEach((shape, i) => {
        if (translated[i] !== undefined && translated[i] !== shape)
          problems.push(`${deck} slide ${i + 1}: its frontmatter or components differ from slide ${i + 1} of ${deckFile(mod)}: ${translated[i]} instead of ${shape}`)
      })
      const { quizzes: theirs, errors } = loadTranslation(join(root, 'quizzes'), root, lang, mod.id)
      problems.push(...errors.map(formatError))
      const ours = quizzes.filter(q => q.module === mod.id)
      for (const q of ours) {
        const t = theirs.find(x => x.id === q.id)
        if (!t)
          problems.push(`quizzes/${lang}/${q.id}.yaml: missing; every quiz of ${mod.id} needs its ${lang} version`)
        else if (JSON.stringify(quizSkeleton(t)) !== JSON.stringify(quizSkeleton(q)))
          problems.push(`quizzes/${lang}/${q.id}.yaml: differs from quizzes/${q.id}.yaml in ids, types, answers, points, objectives, option order or sources; only texts may differ`)
      }
      for (const t of theirs.filter(t => !ours.some(q => q.id === t.id)))
        problems.push(`quizzes/${lang}/${t.id}.yaml: has no original quizzes/${t.id}.yaml`)
    }
  }
  return problems
}

/** The final assessment draws from banks this big or bigger, so a retake can differ. */
export const MIN_BANK = 3

/**
 * The final assessment: its rules exist, every objective of every module has a bank of MIN_BANK or more,
 * every bank question names an objective of its module, and every objective has a section to revisit
 * whose slide carries that heading.
 */
function checkFinal(input: ContentInput): string[] {
  const { quizzes, decks, modules, finalRules } = input
  const final = modules.find(m => m.kind === 'assessment')
  if (!final)
    return []
  const rulesFile = `quizzes/${final.quiz}.yaml`
  if (!finalRules)
    return input.errors.some(e => e.file === rulesFile) ? [] : [`${rulesFile}: missing; the final assessment needs its rules`]
  const problems: string[] = []
  const learning = modules.filter(m => m.kind !== 'assessment')
  for (const quiz of quizzes.filter(q => q.kind === 'bank')) {
    const mod = learning.find(m => m.id === quiz.module)
    quiz.questions.forEach((q, i) => {
      const o = objectiveOf(q)
      if (!mod || !o || !mod.objectives.some(x => x.id === o))
        problems.push(`quizzes/${quiz.id}.yaml questions.${i}.objective: "${o ?? ''}" is not an objective of module "${quiz.module}" (${mod?.objectives.map(x => x.id).join('|') ?? 'no such module'})`)
    })
  }
  const banks = banksOf(quizzes, learning)
  const drawSize = banks.size * finalRules.perObjective
  const shown = [...(decks[final.id] ?? '').matchAll(/<FinalQuestion :n="(\d+)"/g)].map(m => Number(m[1]))
  const expected = Array.from({ length: drawSize }, (_, i) => i + 1)
  if (decks[final.id] !== undefined && shown.join(',') !== expected.join(','))
    problems.push(`${deckFile(final)}: needs one <FinalQuestion :n="..." /> for each of the ${drawSize} drawn questions, numbered 1 to ${drawSize} in order (found ${shown.length})`)
  const thin = thinBanks(banks, MIN_BANK)
  if (thin.length > 0)
    problems.push(`quizzes: the final assessment needs ${MIN_BANK} or more questions per objective in the module banks; too few for ${thin.join(', ')}`)
  for (const mod of learning) {
    const titles = decks[mod.id] === undefined ? [] : parseSync(decks[mod.id]!, deckFile(mod)).slides.map(s => s.title)
    for (const o of mod.objectives) {
      const key = `${mod.id}/${o.id}`
      const target = finalRules.revisit[key]
      if (!target)
        problems.push(`${rulesFile} revisit.${key}: is required (the section a learner who misses this objective should revisit)`)
      else if (titles.length > 0 && titles[target.slide - 1] !== target.section)
        problems.push(`${rulesFile} revisit.${key}.slide: slide ${target.slide} of ${deckFile(mod)} is "${titles[target.slide - 1] ?? 'missing'}", not "${target.section}"`)
    }
  }
  return problems
}

/**
 * The check dates of time-sensitive facts in every deck and quiz file on disk (rules in scripts/freshness.ts):
 * errors for facts with no date, warnings for dates older than six months.
 */
export function checkFreshness(today: Month = monthOf(new Date())): FreshnessFinding[] {
  const findings: FreshnessFinding[] = []
  // Every language edition of every deck, and every quiz file, translations included.
  for (const { mod, lang } of editionsOf(modules)) {
    const file = join(root, deckFile(mod, lang))
    if (existsSync(file))
      findings.push(...checkDeckFreshness(deckFile(mod, lang), readFileSync(file, 'utf8'), today))
  }
  const translated = editionsOf(modules).filter(e => e.lang !== 'en').flatMap(e => loadTranslation(join(root, 'quizzes'), root, e.lang, e.mod.id).files)
  for (const file of [...listQuizFiles(join(root, 'quizzes')), ...translated])
    findings.push(...checkQuizFreshness(relative(root, file).replace(/\\/g, '/'), readFileSync(file, 'utf8'), today))
  return findings
}
