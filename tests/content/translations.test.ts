/**
 * A translation keeps its original's facts and scoring: the same slides (frontmatter and components,
 * in order, so slide N is slide N in both editions), and quizzes with the same ids, types, answers,
 * points, objectives, option order and sources (scripts/content.ts, checkTranslations). Only texts differ.
 */
import type { LoadedQuiz } from '../../quizzes/engine/schema'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { editionsOf, modules, moduleTexts } from '../../modules'
import { loadQuizzes, loadTranslation } from '../../quizzes/engine/load'
import { checkTranslations, quizSkeleton } from '../../scripts/content'
import { root } from '../../scripts/paths'

const { quizzes } = loadQuizzes(join(root, 'quizzes'), root)
const translations = editionsOf(modules).filter(e => e.lang !== 'en')

describe('translations', () => {
  it('exist (the Hindi safety module)', () => {
    expect(translations.map(e => e.key)).toContain('safety-hi')
  })

  it('match their originals on disk: slides, quiz ids, types, answers, points, objectives and sources', () => {
    expect(checkTranslations(quizzes)).toEqual([])
  })

  it.each(translations.map(e => [e.key, e] as const))('%s: every quiz and every objective is translated, and its texts differ from the English', (_key, { mod, lang }) => {
    const { quizzes: theirs, errors } = loadTranslation(join(root, 'quizzes'), root, lang, mod.id)
    expect(errors).toEqual([])
    const ours = quizzes.filter(q => q.module === mod.id)
    expect(theirs.map(q => q.id).sort()).toEqual(ours.map(q => q.id).sort())
    for (const q of ours) {
      const t = theirs.find(x => x.id === q.id)!
      q.questions.forEach((question, i) => expect(t.questions[i]!.prompt, `${q.id} ${question.id}`).not.toBe(question.prompt))
    }
    const texts = moduleTexts(mod, lang)
    expect(texts.lang).toBe(lang)
    texts.objectives.forEach((o, i) => expect(o.text, o.id).not.toBe(mod.objectives[i]!.text))
  })

  it('would notice a changed answer, point value, objective or option order', () => {
    const original = quizzes.find(q => q.id === 'safety/final')!
    const copy = () => structuredClone(original) as LoadedQuiz
    const base = JSON.stringify(quizSkeleton(copy()))
    const single = (q: LoadedQuiz) => q.questions.find(x => x.type === 'single')! as Extract<LoadedQuiz['questions'][number], { type: 'single' }>
    const changes: ((q: LoadedQuiz) => void)[] = [
      (q) => { single(q).answer = single(q).options.find(o => o.id !== single(q).answer)!.id },
      (q) => { single(q).points += 1 },
      (q) => { single(q).objective = single(q).objective === 'support' ? 'respond' : 'support' },
      (q) => { single(q).options.reverse() },
      (q) => { single(q).sources[0]!.url = 'https://example.org/other' },
    ]
    for (const change of changes) {
      const q = copy()
      change(q)
      expect(JSON.stringify(quizSkeleton(q))).not.toBe(base)
    }
    // Texts alone may change.
    const reworded = copy()
    single(reworded).prompt = 'अनुवाद'
    for (const o of single(reworded).options)
      o.text = `${o.text} (हिंदी)`
    reworded.title = 'हिंदी'
    expect(JSON.stringify(quizSkeleton(reworded))).toBe(base)
  })
})
