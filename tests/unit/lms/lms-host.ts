/**
 * scorm-again as the LMS side of the tests, with the SCORM 1.2 limits it does not enforce itself
 * (it accepts 64,000 characters of suspend data): 4,096 characters of `cmi.suspend_data`, 255 of an
 * interaction id with no white space, and the `lesson_status` vocabulary.
 */
import type { Progress } from '../../../quizzes/engine/progress'
import type { Response, SimpleResponse } from '../../../quizzes/engine/responses'
import type { LoadedQuiz, Question, SimpleQuestion } from '../../../quizzes/engine/schema'
import { Scorm12API, Scorm2004API } from 'scorm-again'
import { SUSPEND_DATA_LIMIT } from '../../../quizzes/engine/lms/suspend'
import { correctResponse } from '../../../quizzes/engine/present'

export const LESSON_STATUS = ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted']

/** Why a SCORM 1.2 value breaks the standard, or undefined when it is fine. */
export function scorm12Violation(key: string, value: string): string | undefined {
  if (key === 'cmi.suspend_data' && value.length > SUSPEND_DATA_LIMIT)
    return `suspend_data is ${value.length} characters, over ${SUSPEND_DATA_LIMIT}`
  if (/^cmi\.interactions\.\d+\.id$/.test(key) && (value.length > 255 || /\s/.test(value) || value === ''))
    return `interaction id "${value}" is not a CMIIdentifier`
  if (key === 'cmi.core.lesson_status' && !LESSON_STATUS.includes(value))
    return `lesson_status "${value}" is not in the vocabulary`
  return undefined
}

/** A SCORM 1.2 LMS: scorm-again plus the standard's own limits; values as the package's manifest would set them. */
export function scorm12Lms(cmi: Record<string, unknown> = {}) {
  const api = new Scorm12API({ logLevel: 5, autocommit: false })
  api.loadFromJSON(cmi, '')
  const violations: string[] = []
  const set = api.LMSSetValue.bind(api)
  api.LMSSetValue = (key: string, value: string) => {
    const wrong = scorm12Violation(key, value)
    if (wrong) {
      violations.push(wrong)
      return 'false'
    }
    return set(key, value)
  }
  return { api, violations }
}

export function scorm2004Lms(cmi: Record<string, unknown> = {}) {
  const api = new Scorm2004API({ logLevel: 5, autocommit: false })
  api.loadFromJSON(cmi, '')
  return { api }
}

function wrong(q: SimpleQuestion): SimpleResponse {
  switch (q.type) {
    case 'single': return q.options.find(o => o.id !== q.answer)!.id
    case 'multiple': return q.options.filter(o => !q.answer.includes(o.id)).map(o => o.id)
    case 'true-false': return !q.answer
    case 'ordering': return q.items.map(i => i.id).reverse()
    case 'matching': return Object.fromEntries(q.pairs.map((p, i) => [p.id, q.pairs[(i + 1) % q.pairs.length]!.id]))
  }
}

/** A response to every question: right, or wrong for the first `wrongCount` questions. */
export function answerAll(progress: Progress, quiz: LoadedQuiz, wrongCount = 0): Progress {
  const answers: Record<string, { response: Response, checked: boolean, attempts: number }> = {}
  quiz.questions.forEach((q: Question, i) => {
    const pick = i < wrongCount ? wrong : correctResponse
    const response = q.type === 'scenario' ? Object.fromEntries(q.questions.map(s => [s.id, pick(s)])) : pick(q)
    answers[q.id] = { response, checked: true, attempts: 1 }
  })
  return { ...progress, answers: { ...progress.answers, [quiz.id]: answers } }
}
