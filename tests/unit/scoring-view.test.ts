import type { LoadedQuiz } from '../../quizzes/engine/schema'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { learningModules } from '../../modules'
import { loadQuizzes } from '../../quizzes/engine/load'
import { scoreQuiz } from '../../quizzes/engine/score'
import { scoringView } from '../../quizzes/vite-plugin'

const root = join(import.meta.dirname, '..', '..')
const { quizzes } = loadQuizzes(join(root, 'quizzes'), root)

describe('the course home\'s quiz data (scoringView)', () => {
  const light = scoringView(quizzes) as LoadedQuiz[]

  it('carries no question text, feedback or sources, and is a fraction of the full data', () => {
    const text = JSON.stringify(light)
    for (const field of ['"prompt"', '"explanation"', '"sources"', '"feedback"', '"text"', '"hint"', '"match"'])
      expect(text).not.toContain(field)
    expect(text.length).toBeLessThan(JSON.stringify(quizzes).length / 3)
  })

  it('scores every module quiz exactly as the full data does, right answers and wrong ones alike', () => {
    for (const mod of learningModules) {
      const full = quizzes.find(q => q.id === mod.quiz)!
      const lean = light.find(q => q.id === mod.quiz)!
      // Answer every question right, then answer with another option or order where there is one.
      const right = Object.fromEntries(full.questions.map(q => [q.id, q.type === 'scenario' ? Object.fromEntries(q.questions.map(s => [s.id, 'answer' in s ? s.answer : s.type === 'ordering' ? s.items.map(i => i.id) : Object.fromEntries(s.pairs.map(p => [p.id, p.id]))])) : 'answer' in q ? q.answer : q.type === 'ordering' ? q.items.map(i => i.id) : Object.fromEntries(q.pairs.map(p => [p.id, p.id]))]))
      const wrong = Object.fromEntries(full.questions.map(q => [q.id, q.type === 'single' ? q.options.find(o => o.id !== q.answer)!.id : q.type === 'ordering' ? [...q.items.map(i => i.id)].reverse() : right[q.id]]))
      for (const responses of [right, wrong, {}])
        expect(scoreQuiz(lean, responses as never), mod.id).toEqual(scoreQuiz(full, responses as never))
      expect(scoreQuiz(lean, right as never).percent, mod.id).toBe(100)
    }
  })
})
