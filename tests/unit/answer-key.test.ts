/**
 * The answer key's text names only labels the view it sits under shows. Beside the static layout
 * (paper, presenter view, thumbnails) ordering items are lettered and matching prompts numbered; in
 * the learner's view ordering items show only their position, matching rows are headed by their
 * prompt, and letters appear only on choice options and on a matching question's choices.
 */
import type { SimpleQuestion } from '../../quizzes/engine/schema'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from '../../i18n/en'
import { loadQuizzes } from '../../quizzes/engine/load'
import { answerLines, answerText, choicesOf, initialOrder, keyWordsOf, matchChoices, showsFeedback } from '../../quizzes/engine/present'
import { letter, PRINT_SEED } from '../../quizzes/engine/shuffle'
import { demoQuiz, question } from './helpers'

const quiz = demoQuiz()
const words = keyWordsOf(en)
const seed = 12345
const key = (id: string) => `demo/all-types:${id}`

describe('answer key of a choice question', () => {
  it.each(['static', 'interactive'] as const)('uses the letters both views put on the options (%s)', (view) => {
    const one = question(quiz, 'pick-one', 'single')
    const at = choicesOf(one, seed, key('pick-one')).findIndex(c => c.id === 'relay')
    expect(answerText(one, seed, key('pick-one'), words, view)).toBe(`${letter(at)}: The MMS Relay/Server`)

    const many = question(quiz, 'pick-many', 'multiple')
    const shown = choicesOf(many, seed, key('pick-many'))
    const right = shown.map((c, i) => ({ c, i })).filter(({ c }) => many.answer.includes(c.id))
    expect(answerText(many, seed, key('pick-many'), words, view)).toBe(right.map(({ c, i }) => `${letter(i)}: ${c.text}`).join('; '))

    expect(answerText(question(quiz, 'yes-no', 'true-false'), seed, key('yes-no'), words, view)).toBe('B: False')
  })
})

describe('answer key of an ordering question', () => {
  const q = question(quiz, 'in-order', 'ordering')

  it('beside the static layout, gives the letters of the lettered items in the right order', () => {
    const shown = initialOrder(q, PRINT_SEED, key('in-order'))
    const expected = ['send', 'notify', 'fetch', 'ack'].map(id => letter(shown.indexOf(id))).join(', ')
    expect(answerText(q, PRINT_SEED, key('in-order'), words, 'static')).toBe(expected)
  })

  it('in the learner\'s view, where items are not lettered, gives each item\'s text at its position', () => {
    expect(answerLines(q, seed, key('in-order'), words, 'interactive')).toEqual(['1. Send', '2. Notify', '3. Fetch', '4. Acknowledge'])
    expect(answerText(q, seed, key('in-order'), words, 'interactive')).toBe('1. Send; 2. Notify; 3. Fetch; 4. Acknowledge')
  })

  it('in the learner\'s view, is the same for every learner: it does not depend on the shuffle', () => {
    expect(answerText(q, 1, key('in-order'), words, 'interactive')).toBe(answerText(q, 999, key('in-order'), words, 'interactive'))
  })
})

describe('answer key of a matching question', () => {
  const q = question(quiz, 'match-up', 'matching')

  it('beside the static layout, pairs each numbered prompt with its choice\'s letter', () => {
    const choices = matchChoices(q, PRINT_SEED, key('match-up'))
    const expected = q.pairs.map((p, i) => `${i + 1} → ${letter(choices.findIndex(c => c.id === p.id))}`).join(', ')
    expect(answerText(q, PRINT_SEED, key('match-up'), words, 'static')).toBe(expected)
  })

  it('in the learner\'s view, where rows are not numbered, names each prompt and the letter and text of its choice', () => {
    const choices = matchChoices(q, seed, key('match-up'))
    const letterOf = (id: string) => letter(choices.findIndex(c => c.id === id))
    expect(answerLines(q, seed, key('match-up'), words, 'interactive')).toEqual([
      `MM1 → ${letterOf('mm1')}: Handset to MMSC`,
      `MM4 → ${letterOf('mm4')}: MMSC to MMSC`,
      `MM7 → ${letterOf('mm7')}: MMSC to VASP`,
    ])
  })
})

describe('the course\'s own questions, in the learner\'s view', () => {
  const root = join(import.meta.dirname, '..', '..')
  const parts = loadQuizzes(join(root, 'quizzes'), root).quizzes.flatMap(qz => qz.questions.flatMap((q): SimpleQuestion[] => q.type === 'scenario' ? q.questions : [q]).map(q => ({ id: `${qz.id}:${q.id}`, q })))

  it('have ordering and matching questions to check', () => {
    expect(parts.some(({ q }) => q.type === 'ordering')).toBe(true)
    expect(parts.some(({ q }) => q.type === 'matching')).toBe(true)
  })

  it('key every ordering item and matching prompt by its own text, never by a letter or number the view does not show', () => {
    for (const { id, q } of parts) {
      const lines = answerLines(q, seed, id, words, 'interactive')
      if (q.type === 'ordering')
        expect(lines, id).toEqual(q.items.map((item, i) => `${i + 1}. ${item.text}`))
      if (q.type === 'matching') {
        const choices = matchChoices(q, seed, id)
        expect(lines, id).toEqual(q.pairs.map(p => `${p.prompt} → ${letter(choices.findIndex(c => c.id === p.id))}: ${p.match}`))
      }
    }
  })
})

describe('whether a checked answer shows feedback before the answer is given away', () => {
  it('is so for choice questions: every option carries feedback, shown when chosen', () => {
    for (const q of [question(quiz, 'pick-one', 'single'), question(quiz, 'pick-many', 'multiple'), question(quiz, 'yes-no', 'true-false')])
      expect(showsFeedback(q, false), q.id).toBe(true)
  })

  it('is not so for ordering and matching questions until the whole answer is shown', () => {
    for (const q of [question(quiz, 'in-order', 'ordering'), question(quiz, 'match-up', 'matching')]) {
      expect(showsFeedback(q, false), q.id).toBe(false)
      expect(showsFeedback(q, true), q.id).toBe(true)
    }
  })
})
