/**
 * Content tests: every quiz file is valid (one test per file, named by its path), every quiz and
 * question a slide names exists, and the cross-checks of `npm run check` hold.
 */
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseSync } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { deckFile, editionsOf, learningModules, modules } from '../../modules.ts'
import { listQuizFiles } from '../../quizzes/engine/load.ts'
import { formatError, parseFinalRules, parseQuiz } from '../../quizzes/engine/parse.ts'
import { checkContent, checkFreshness, deckTitle, quizReferences } from '../../scripts/content.ts'
import { formatFinding } from '../../scripts/freshness.ts'
import { root } from '../../scripts/paths.ts'

const files = listQuizFiles(join(root, 'quizzes')).map(f => relative(root, f))

describe('quiz files', () => {
  it('exist for every module', () => {
    for (const mod of learningModules)
      expect(files.some(f => f.startsWith(`quizzes/${mod.id}/`)), mod.id).toBe(true)
  })
  it('quizzes/final/rules.yaml (the final assessment\'s draw rule, pass mark and attempts) is valid', () => {
    const file = 'quizzes/final/rules.yaml'
    const result = parseFinalRules(file, readFileSync(join(root, file), 'utf8'))
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([])
  })
  it.each(files)('%s is valid', (file) => {
    const result = parseQuiz(file, readFileSync(join(root, file), 'utf8'))
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([])
  })
})

describe('decks and quizzes together', () => {
  it('have no problems: every referenced quiz exists, every scored question is on a slide, every objective is assessed twice', () => {
    expect(checkContent()).toEqual([])
  })
  it('give every time-sensitive fact a check date ("checked: YYYY-MM"); old dates only warn, so they are not tested here', () => {
    expect(checkFreshness().filter(f => f.level === 'error').map(formatFinding)).toEqual([])
  })
  it.each(modules.map(m => m.id))('slides/%s.md has the module title and its objectives on slide two', (id) => {
    const file = join(root, 'slides', `${id}.md`)
    const text = readFileSync(file, 'utf8')
    expect(deckTitle(text)).toBe(modules.find(m => m.id === id)!.title)
    expect(parseSync(text, file).slides[1]?.content).toContain(`<Objectives module="${id}"`)
  })
  // Slidev resolves an addon from the parent of the deck's folder: the repository root is `./` from
  // slides/<id>.md and `../` from a translation in slides/<lang>/<id>.md.
  it.each(editionsOf(modules).map(e => [deckFile(e.mod, e.lang), e.lang] as const))('%s keeps the shared headmatter (offline, addon, hash routes)', (file, lang) => {
    const head = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, file), 'utf8'))?.[1] ?? ''
    for (const line of [`addons:\n  - ${lang === 'en' ? './' : '../'}`, 'fonts:\n  provider: none', 'routerMode: hash', 'favicon: "data:'])
      expect(head, line).toContain(line)
    if (lang !== 'en')
      expect(head).toContain(`lang: ${lang}`)
  })
})

describe('checkContent', () => {
  const demo = parseQuiz('quizzes/demo/final.yaml', readFileSync(join(root, 'tests/fixtures/quizzes/demo/all-types.yaml'), 'utf8'))
  const quizzes = demo.ok ? [demo.quiz] : []
  const mod = { id: 'demo', title: 'Demo', minutes: 5, summary: 's', quiz: 'demo/final', objectives: [{ id: 'one', text: 'x' }, { id: 'two', text: 'y' }], languages: ['en'] }
  const allOnSlides = quizzes[0]!.questions.map(q => `<Question quiz="demo/final" id="${q.id}" />`).join('\n\n---\n\n')
  const deck = (body: string) => `---\ntitle: Demo\n---\n\n${allOnSlides}\n\n---\n\n${body}\n`

  it('accepts a deck that places every question of its scored quiz', () => {
    expect(checkContent({ modules: [mod], quizzes, errors: [], decks: { demo: deck('# End') } })).toEqual([])
  })
  it('names the deck, line and id of a slide that uses a quiz that does not exist', () => {
    const problems = checkContent({ modules: [mod], quizzes, errors: [], decks: { demo: deck('<Question quiz="demo/nope" id="q1" />') } })
    expect(problems).toEqual([expect.stringMatching(/^slides\/demo.md:\d+ quiz: no quiz "demo\/nope" \(expected quizzes\/demo\/nope.yaml\)$/)])
  })
  it('names a question id that the quiz does not have', () => {
    const problems = checkContent({ modules: [mod], quizzes, errors: [], decks: { demo: deck('<Question quiz="demo/final" id="typo" />') } })
    expect(problems).toEqual([expect.stringMatching(/^slides\/demo.md:\d+ id: quiz "demo\/final" has no question "typo"$/)])
  })
  it('reports a scored question that is on no slide, and an objective assessed fewer than twice', () => {
    const problems = checkContent({ modules: [{ ...mod, objectives: [...mod.objectives, { id: 'three', text: 'z' }] }], quizzes, errors: [], decks: { demo: '---\ntitle: Demo\n---\n\n<Question quiz="demo/final" id="pick-one" />\n' } })
    expect(problems).toContain('slides/demo.md: question "yes-no" of quiz "demo/final" is on no slide')
    expect(problems).toContain('modules.ts: objective "three" of module "demo" is assessed by 0 scored question(s); it needs at least 2')
  })
  it('reports a deck whose title differs from the module title', () => {
    const problems = checkContent({ modules: [mod], quizzes, errors: [], decks: { demo: deck('# End').replace('title: Demo', 'title: Other') } })
    expect(problems).toEqual(['slides/demo.md:1 title: "Other" must equal the module title in modules.ts, "Demo"'])
  })
})

describe('quizReferences', () => {
  it('finds the quiz and question a slide names, with the line', () => {
    const text = '# A\n\n<Question quiz="m/final" id="q1" />\n\n<QuizScore quiz="m/final" />\n'
    expect(quizReferences('slides/m.md', text)).toEqual([
      { deck: 'slides/m.md', line: 3, quiz: 'm/final', question: 'q1' },
      { deck: 'slides/m.md', line: 5, quiz: 'm/final', question: undefined },
    ])
  })
})
