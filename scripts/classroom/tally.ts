import type { Response } from '../../quizzes/engine/responses.ts'
/**
 * What the trainer sees for one question: a bar per option for choice questions, and for ordering,
 * matching and case questions (where every learner's answer is a different arrangement) a bar per
 * outcome. Plain TypeScript, unit tested in tests/unit/classroom-hub.test.ts.
 */
import type { Question } from '../../quizzes/engine/schema.ts'
import type { TallyBar } from './protocol.ts'
import { scoreQuestion } from '../../quizzes/engine/score.ts'

/** Whether a response is one the question can take (option ids that exist, the right shape). */
export function fitsQuestion(q: Question, r: Response): boolean {
  switch (q.type) {
    case 'single': return typeof r === 'string' && q.options.some(o => o.id === r)
    case 'true-false': return typeof r === 'boolean'
    case 'multiple':
      return Array.isArray(r) && r.length > 0 && new Set(r).size === r.length && r.every(id => q.options.some(o => o.id === id))
    case 'ordering':
      return Array.isArray(r) && r.length === q.items.length && q.items.every(item => r.includes(item.id))
    case 'matching':
      return typeof r === 'object' && !Array.isArray(r) && q.pairs.every(p => typeof (r as Record<string, unknown>)[p.id] === 'string')
    case 'scenario':
      return typeof r === 'object' && !Array.isArray(r) && Object.entries(r).every(([id, sub]) => {
        const part = q.questions.find(p => p.id === id)
        return !!part && fitsQuestion(part, sub)
      })
  }
}

export function tallyBars(q: Question, responses: Iterable<Response>): TallyBar[] {
  const all = [...responses]
  const count = (pick: (r: Response) => boolean) => all.filter(pick).length
  switch (q.type) {
    case 'single':
      return q.options.map(o => ({ id: o.id, label: o.text, count: count(r => r === o.id) }))
    case 'multiple':
      return q.options.map(o => ({ id: o.id, label: o.text, count: count(r => Array.isArray(r) && r.includes(o.id)) }))
    case 'true-false':
      return [
        { id: 'true', label: 'True', count: count(r => r === true) },
        { id: 'false', label: 'False', count: count(r => r === false) },
      ]
    default: {
      const scores = all.map(r => scoreQuestion(q, r))
      return [
        { id: 'correct', label: 'Fully correct', count: scores.filter(s => s.correct).length },
        { id: 'partly', label: 'Partly correct', count: scores.filter(s => !s.correct && s.earned > 0).length },
        { id: 'wrong', label: 'Not correct', count: scores.filter(s => s.earned === 0).length },
      ]
    }
  }
}

/** The anonymous tallies as CSV: one row per bar, counts only, no device ids. */
export function talliesCsv(rows: { question: string, answered: number, bars: TallyBar[] }[]): string {
  const cell = (s: string | number) => `"${String(s).replace(/"/g, '""')}"`
  const lines = [['question', 'answered', 'option', 'label', 'count'].map(cell).join(',')]
  for (const row of rows) {
    for (const bar of row.bars)
      lines.push([row.question, row.answered, bar.id, bar.label, bar.count].map(cell).join(','))
  }
  return `${lines.join('\n')}\n`
}
