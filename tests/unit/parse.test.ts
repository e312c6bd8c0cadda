import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatError, parseQuiz, quizIdFromFile } from '../../quizzes/engine/parse'
import { demoQuiz, fixtures } from './helpers'

function errorsOf(name: string): string[] {
  const file = `tests/fixtures/broken/${name}`
  const result = parseQuiz(file, readFileSync(join(fixtures, 'broken', name), 'utf8'))
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.errors.map(formatError)
}

describe('parseQuiz', () => {
  it('accepts a valid quiz with every question type and fills in defaults', () => {
    const quiz = demoQuiz()
    expect(quiz.id).toBe('demo/all-types')
    expect(quiz.module).toBe('demo')
    expect(new Set(quiz.questions.map(q => q.type))).toEqual(new Set(['single', 'multiple', 'true-false', 'ordering', 'matching', 'scenario']))
    const single = quiz.questions[0]
    expect(single?.type === 'single' && single.points === 1 && single.shuffle).toBe(true)
  })

  it.each([
    ['unknown-type.yaml', 'tests/fixtures/broken/unknown-type.yaml:5 questions.0.type:', /single/],
    ['missing-answer.yaml', 'tests/fixtures/broken/missing-answer.yaml:4 questions.0.answer:', /required/],
    ['answer-not-an-option.yaml', 'tests/fixtures/broken/answer-not-an-option.yaml:10 questions.0.answer:', /"e" is not one of the options a\|b/],
    ['duplicate-ids.yaml', 'tests/fixtures/broken/duplicate-ids.yaml:11 questions.1.id:', /duplicate question id "q1"/],
    ['empty-options.yaml', 'tests/fixtures/broken/empty-options.yaml:7 questions.0.options:', /at least two options/],
    ['bad-indentation.yaml', 'tests/fixtures/broken/bad-indentation.yaml:10', /YAML syntax/],
    ['alias-bomb.yaml', 'tests/fixtures/broken/alias-bomb.yaml:3', /YAML alias \*a is not allowed in quiz files.*\(\d+ more aliases/],
    ['scored-without-pass-mark.yaml', 'tests/fixtures/broken/scored-without-pass-mark.yaml:1 passMark:', /pass mark/],
  ])('reports %s with its file, line and field', (name, prefix, message) => {
    const errors = errorsOf(name)
    expect(errors).toHaveLength(1)
    expect(errors[0]?.startsWith(prefix)).toBe(true)
    expect(errors[0]).toMatch(message)
  })

  it('names an unknown field, which is what a mistyped key or wrong indentation usually produces', () => {
    const text = 'title: T\nkind: check\nquestions:\n  - id: q\n    type: true-false\n    prompt: P\n    answr: true\n    answer: true\n    feedback: { true: a, false: b }\n    explanation: e\n    sources: [{ title: s }]\n'
    const result = parseQuiz('x/y.yaml', text)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : formatError(result.errors[0]!)).toBe('x/y.yaml:4 questions.0: unknown field "answr" (check the spelling and the indentation)')
  })

  it('rejects a matching question whose choices read the same', () => {
    const text = 'title: T\nkind: check\nquestions:\n  - id: q\n    type: matching\n    prompt: P\n    pairs:\n      - { id: a, prompt: A, match: same }\n      - { id: b, prompt: B, match: same }\n    explanation: e\n    sources: [{ title: s }]\n'
    const result = parseQuiz('x/y.yaml', text)
    expect(result.ok ? '' : formatError(result.errors[0]!)).toMatch(/x\/y.yaml:9 questions.0.pairs.1.match: two choices read the same/)
  })
})

describe('quizIdFromFile', () => {
  it('takes the module from the folder and the quiz name from the file', () => {
    expect(quizIdFromFile('quizzes/architecture/final.yaml')).toEqual({ module: 'architecture', id: 'architecture/final' })
  })
})
