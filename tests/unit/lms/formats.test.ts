/** The formats each standard wants for times and responses, and which LMS a page finds. */
import type { Interaction } from '../../../quizzes/engine/lms/report'
import { describe, expect, it } from 'vitest'
import { findLmsChannel } from '../../../quizzes/engine/lms/find'
import { isoDuration, learnerResponse, scorm12Timespan } from '../../../quizzes/engine/lms/scorm'
import { demoQuiz } from '../helpers'
import { scorm12Lms, scorm2004Lms } from './lms-host'

describe('scorm12Timespan and isoDuration', () => {
  it.each([
    [0, '0000:00:00.00', 'PT0S'],
    [61.5, '0000:01:01.50', 'PT1M1.5S'],
    [3 * 3600 + 5, '0003:00:05.00', 'PT3H5S'],
  ])('%s s is %s in SCORM 1.2 and %s in ISO 8601', (seconds, v12, iso) => {
    expect(scorm12Timespan(seconds)).toBe(v12)
    expect(isoDuration(seconds)).toBe(iso)
  })
})

describe('learnerResponse', () => {
  const quiz = demoQuiz()
  const simple = quiz.questions.filter(q => q.type !== 'scenario')
  const of = (type: string) => simple.find(q => q.type === type)!
  const interaction = (q: (typeof simple)[number], response: Interaction['response']) => ({ id: 'x', attempt: 1, type: 'choice', question: q, response, correct: false, weighting: 1, prompt: q.prompt }) as Interaction

  it('writes SCORM 1.2 responses as letters in file order and 2004 responses with their ids and [,] [.] separators', () => {
    const multiple = of('multiple')
    if (multiple.type !== 'multiple')
      throw new Error('demo quiz has a multiple question')
    const ids = multiple.options.map(o => o.id)
    expect(learnerResponse(interaction(multiple, [ids[0]!, ids[2]!]), '1.2')).toBe('a,c')
    expect(learnerResponse(interaction(multiple, [ids[0]!, ids[2]!]), '2004')).toBe(`${ids[0]}[,]${ids[2]}`)
    expect(learnerResponse(interaction(of('true-false'), true), '1.2')).toBe('t')
    expect(learnerResponse(interaction(of('true-false'), false), '2004')).toBe('false')
    const matching = of('matching')
    if (matching.type !== 'matching')
      throw new Error('demo quiz has a matching question')
    const [p, q] = matching.pairs
    expect(learnerResponse(interaction(matching, { [p!.id]: q!.id, [q!.id]: p!.id }), '1.2')).toBe('a.b,b.a')
    expect(learnerResponse(interaction(matching, { [p!.id]: q!.id }), '2004')).toBe(`${p!.id}[.]${q!.id}`)
  })
})

describe('findLmsChannel', () => {
  const launch = 'https://lms.example/c/leak-story/index.html?endpoint=https%3A%2F%2Flrs.example%2Fxapi%2F&fetch=https%3A%2F%2Flms.example%2Ft&registration=r&activityId=urn%3Aa&actor=%7B%22mbox%22%3A%22mailto%3Aa%40b.c%22%7D'
  it.each([
    ['nothing, outside an LMS', {}, 'https://site.example/course/leak-story/', undefined],
    ['SCORM 1.2 in a parent', { parent: { API: scorm12Lms().api } }, 'https://lms.example/x/', 'scorm12'],
    ['SCORM 2004 in the opener', { opener: { API_1484_11: scorm2004Lms().api } }, 'https://lms.example/x/', 'scorm2004'],
    ['cmi5 from the launch URL, even with a SCORM API about', { parent: { API: scorm12Lms().api } }, launch, 'cmi5'],
  ])('finds %s', (_name, win, url, standard) => {
    expect(findLmsChannel(win, url)?.standard).toBe(standard)
  })
})
