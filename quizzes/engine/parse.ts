/**
 * Turns the text of a quiz file into a validated quiz, or into errors that name
 * the file, the line and the dotted path of the field at fault:
 *   quizzes/architecture/final.yaml:14 questions.2.answer: "e" is not one of the options a|b|c|d
 */
import type { FinalRules as FinalRulesData, LoadedQuiz, QuizData, SimpleQuestion } from './schema.ts'
import { isMap, isSeq, LineCounter, parseDocument, visit } from 'yaml'
import { FinalRules, Question as QuestionSchema, Quiz } from './schema.ts'
import { unreachable } from './unreachable.ts'

export interface QuizError {
  file: string
  line: number
  /** Dotted path of the field, e.g. `questions.2.answer`; empty for the whole file. */
  path: string
  message: string
}

export function formatError(e: QuizError): string {
  return `${e.file}:${e.line} ${e.path ? `${e.path}: ` : ''}${e.message}`
}

export class QuizFileError extends Error {
  constructor(readonly errors: QuizError[]) {
    super(errors.map(formatError).join('\n'))
    this.name = 'QuizFileError'
  }
}

export type ParseResult
  = | { ok: true, quiz: LoadedQuiz }
    | { ok: false, errors: QuizError[] }

type PathKey = string | number

/**
 * Parse one quiz file. `file` is the path shown in messages (relative to the repository root,
 * e.g. `quizzes/leak-story/final.yaml`); the quiz id is taken from it.
 */
export function parseQuiz(file: string, text: string): ParseResult {
  try {
    return parseQuizText(file, text)
  }
  catch (e) {
    // Nothing read from a quiz file may end in a stack trace: whatever went wrong is named with the file.
    return { ok: false, errors: [{ file, line: 1, path: '', message: `could not be read: ${(e as Error).message}` }] }
  }
}

/** A YAML file checked against a schema: the value, or errors with file, line and field. */
export type YamlResult<T>
  = | { ok: true, data: T, error: (path: PathKey[], message: string) => QuizError }
    | { ok: false, errors: QuizError[] }

/**
 * Reads one YAML file and validates it against `schema`; every error names the file, the line and the
 * dotted path of the field. Shared by quiz files and the final assessment's rules (draw.ts).
 */
export function parseYamlFile<T>(file: string, text: string, schema: { safeParse: (v: unknown) => { success: true, data: T } | { success: false, error: { issues: ZodIssueLike[] } } }): YamlResult<T> {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const lineOf = (offset: number) => lineCounter.linePos(offset).line

  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map(err => ({
        file,
        line: lineOf(err.pos[0]),
        path: '',
        message: `YAML syntax: ${err.message.split('\n')[0]}`,
      })),
    }
  }

  // Aliases (`&a` ... `*a`) save nothing in a quiz and nested ones expand exponentially (an "alias
  // bomb"), so quiz files refuse them outright, each at its own line.
  // One message for the first alias (a bomb has hundreds), with a count of the rest.
  const aliases: Array<{ line: number, name: string }> = []
  visit(doc, {
    Alias(_key, node) {
      aliases.push({ line: node.range ? lineOf(node.range[0]) : 1, name: node.source })
    },
  })
  const [first] = aliases
  if (first) {
    const more = aliases.length > 1 ? ` (${aliases.length - 1} more alias${aliases.length > 2 ? 'es' : ''} in this file)` : ''
    return { ok: false, errors: [{ file, line: first.line, path: '', message: `YAML alias *${first.name} is not allowed in quiz files; write the value out in full${more}` }] }
  }

  // Find the line of the deepest node that exists on the path, so a missing field points at its parent.
  const lineAt = (path: PathKey[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined
      if (node && typeof node === 'object' && node.range)
        return lineOf(node.range[0])
      // A key with a null value has no node; point at the key instead.
      if (n > 0) {
        const parent = doc.getIn(path.slice(0, n - 1), true)
        if (isMap(parent)) {
          const pair = parent.items.find(p => (p.key as { value?: unknown } | null)?.value === path[n - 1])
          const key = pair?.key as { range?: [number, number, number] } | undefined
          if (key?.range)
            return lineOf(key.range[0])
        }
        if (isSeq(parent) && parent.range)
          return lineOf(parent.range[0])
      }
    }
    return 1
  }
  const error = (path: PathKey[], message: string): QuizError =>
    ({ file, line: lineAt(path), path: path.join('.'), message })

  const parsed = schema.safeParse(doc.toJS())
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map(issue => error(issue.path as PathKey[], describeIssue(issue))),
    }
  }
  return { ok: true, data: parsed.data, error }
}

function parseQuizText(file: string, text: string): ParseResult {
  const read = parseYamlFile(file, text, Quiz)
  if (!read.ok)
    return read
  const { data, error } = read

  const errors = checkConsistency(data).map(([path, message]) => error(path, message))
  if (errors.length > 0)
    return { ok: false, errors }

  const { module, id } = quizIdFromFile(file)
  return { ok: true, quiz: { ...data, id, module } }
}

/** `quizzes/leak-story/final.yaml` -> module `leak-story`, id `leak-story/final`. */
export function quizIdFromFile(file: string): { module: string, id: string } {
  const parts = file.replace(/\\/g, '/').replace(/\.ya?ml$/, '').split('/')
  const name = parts.at(-1) ?? ''
  const module = parts.at(-2) ?? ''
  return { module, id: `${module}/${name}` }
}

/** Every question type, read from the schema so the message never lags behind it. */
const questionTypes = QuestionSchema.options.map(o => o.shape.type.value)

interface ZodIssueLike {
  code: string
  message: string
  path: PropertyKey[]
  options?: unknown[]
  keys?: string[]
  input?: unknown
  /** The key's own issues, for a bad key in a record (`invalid_key`). */
  issues?: { message: string }[]
}

/** Zod's default messages are terse; say what a trainer editing YAML needs to know. */
function describeIssue(issue: ZodIssueLike): string {
  if (issue.code === 'invalid_union' && issue.path.at(-1) !== undefined)
    return issue.message
  if (issue.code === 'invalid_union')
    return `type must be one of ${questionTypes.join('|')}`
  if (issue.code === 'unrecognized_keys')
    return `unknown field${(issue.keys?.length ?? 0) > 1 ? 's' : ''} ${issue.keys?.map(k => `"${k}"`).join(', ')} (check the spelling and the indentation)`
  if (issue.code === 'invalid_key' && issue.issues?.[0])
    return `invalid key: ${issue.issues[0].message}`
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return 'is required'
  return issue.message
}

/** Rules that span several fields and so do not fit the schema itself. */
function checkConsistency(quiz: QuizData): Array<[PathKey[], string]> {
  const problems: Array<[PathKey[], string]> = []
  if (quiz.kind === 'scored' && quiz.passMark === undefined)
    problems.push([['passMark'], 'a scored quiz needs a pass mark (a percentage, e.g. 70)'])

  const questionIds = new Map<string, number>()
  quiz.questions.forEach((q, i) => {
    const seen = questionIds.get(q.id)
    if (seen !== undefined)
      problems.push([['questions', i, 'id'], `duplicate question id "${q.id}" (also used by questions.${seen})`])
    questionIds.set(q.id, i)
    if (q.type === 'scenario') {
      const subIds = new Set<string>()
      q.questions.forEach((sub, j) => {
        if (subIds.has(sub.id))
          problems.push([['questions', i, 'questions', j, 'id'], `duplicate question id "${sub.id}" in this scenario`])
        subIds.add(sub.id)
        problems.push(...checkQuestion(sub).map(([p, m]): [PathKey[], string] => [['questions', i, 'questions', j, ...p], m]))
      })
    }
    else {
      problems.push(...checkQuestion(q).map(([p, m]): [PathKey[], string] => [['questions', i, ...p], m]))
    }
  })
  return problems
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i)
}

function checkQuestion(q: SimpleQuestion): Array<[PathKey[], string]> {
  const problems: Array<[PathKey[], string]> = []
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const ids = q.options.map(o => o.id)
      for (const dup of duplicates(ids))
        problems.push([['options', ids.lastIndexOf(dup), 'id'], `duplicate option id "${dup}"`])
      const answers = Array.isArray(q.answer) ? q.answer : [q.answer]
      answers.forEach((a, k) => {
        if (!ids.includes(a))
          problems.push([Array.isArray(q.answer) ? ['answer', k] : ['answer'], `"${a}" is not one of the options ${ids.join('|')}`])
      })
      if (Array.isArray(q.answer) && duplicates(q.answer).length > 0)
        problems.push([['answer'], `lists "${duplicates(q.answer)[0]}" twice`])
      break
    }
    case 'ordering': {
      const ids = q.items.map(o => o.id)
      for (const dup of duplicates(ids))
        problems.push([['items', ids.lastIndexOf(dup), 'id'], `duplicate item id "${dup}"`])
      break
    }
    case 'matching': {
      const ids = [...q.pairs.map(p => p.id), ...q.distractors.map(d => d.id)]
      for (const dup of duplicates(ids)) {
        const at = ids.lastIndexOf(dup)
        const path: PathKey[] = at < q.pairs.length ? ['pairs', at, 'id'] : ['distractors', at - q.pairs.length, 'id']
        problems.push([path, `duplicate id "${dup}" (pair and distractor ids must all differ)`])
      }
      const texts = [...q.pairs.map(p => p.match), ...q.distractors.map(d => d.text)]
      for (const dup of duplicates(texts)) {
        const at = texts.lastIndexOf(dup)
        const path: PathKey[] = at < q.pairs.length ? ['pairs', at, 'match'] : ['distractors', at - q.pairs.length, 'text']
        problems.push([path, `two choices read the same ("${dup}"); learners could not tell them apart`])
      }
      break
    }
    case 'true-false':
      break
    default:
      unreachable(q)
  }
  return problems
}

export type RulesResult = { ok: true, rules: FinalRulesData } | { ok: false, errors: QuizError[] }

/** Reads `quizzes/final/rules.yaml`; errors name the file, the line and the field. */
export function parseFinalRules(file: string, text: string): RulesResult {
  try {
    const read = parseYamlFile(file, text, FinalRules)
    return read.ok ? { ok: true, rules: read.data } : read
  }
  catch (e) {
    return { ok: false, errors: [{ file, line: 1, path: '', message: `could not be read: ${(e as Error).message}` }] }
  }
}
