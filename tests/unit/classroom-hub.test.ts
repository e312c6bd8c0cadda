import type { Question } from '../../quizzes/engine/schema'
import type { ServerMessage } from '../../scripts/classroom/protocol'
import { describe, expect, it } from 'vitest'
import { ClassroomHub } from '../../scripts/classroom/hub'
import { fitsQuestion, talliesCsv, tallyBars } from '../../scripts/classroom/tally'

const single: Question = {
  id: 'pick',
  type: 'single',
  prompt: 'Pick one',
  options: [{ id: 'a', text: 'Alpha' }, { id: 'b', text: 'Beta' }, { id: 'c', text: 'Gamma' }],
  answer: 'b',
  shuffle: true,
  points: 1,
  explanation: 'Because.',
  sources: [{ title: 'A source', url: 'https://example.org/' }],
} as Question
const Q = 'demo/final:pick'

function setup(options: { now?: () => number } = {}) {
  const hub = new ClassroomHub({ questions: new Map([[Q, single]]), secret: 'the-secret-key', ...options })
  const join = (role: 'learner' | 'projector' | 'presenter', device: string, key?: string) => {
    const inbox: ServerMessage[] = []
    const conn = hub.connect(m => inbox.push(m))
    const say = (msg: unknown) => conn.receive(JSON.stringify(msg))
    say({ type: 'hello', role, device, ...(key ? { key } : {}) })
    return { inbox, say, conn }
  }
  return { hub, join }
}

describe('classroomHub', () => {
  it('refuses a presenter without the secret and ignores what it then sends', () => {
    const { hub, join } = setup()
    const fake = join('presenter', 'device-fake', 'wrong-key')
    expect(fake.inbox).toEqual([{ type: 'refused', reason: expect.stringContaining('not valid') }])
    fake.say({ type: 'reveal', question: Q, revealed: true })
    expect(hub.tally(Q).answered).toBe(0)
    const learner = join('learner', 'device-one')
    learner.say({ type: 'reveal', question: Q, revealed: true })
    expect(learner.inbox.at(-1)).toEqual({ type: 'refused', reason: 'Only the trainer can do that.' })
    expect(learner.inbox.some(m => m.type === 'reveal')).toBe(false)
  })

  it('tallies answers for the trainer only and never tells a learner about others', () => {
    const { join } = setup()
    const trainer = join('presenter', 'device-trainer', 'the-secret-key')
    trainer.say({ type: 'open', question: Q })
    const learners = ['a', 'b', 'b', 'c'].map((choice, i) => {
      const l = join('learner', `device-${i}-xxxx`)
      l.say({ type: 'answer', question: Q, response: choice })
      return l
    })
    const last = trainer.inbox.filter(m => m.type === 'tally').at(-1)
    expect(last).toMatchObject({ tally: { answered: 4, joined: 4, bars: [{ id: 'a', count: 1 }, { id: 'b', count: 2 }, { id: 'c', count: 1 }] } })
    for (const l of learners)
      expect(l.inbox.map(m => m.type).filter(t => t !== 'welcome')).toEqual(['received'])
  })

  it('keeps one answer per device and gives it back on rejoin', () => {
    const { hub, join } = setup()
    join('presenter', 'device-trainer', 'the-secret-key').say({ type: 'open', question: Q })
    const first = join('learner', 'device-same')
    first.say({ type: 'answer', question: Q, response: 'a' })
    first.say({ type: 'answer', question: Q, response: 'c' })
    first.conn.close()
    const again = join('learner', 'device-same')
    expect(again.inbox[0]).toMatchObject({ type: 'welcome', mine: { [Q]: 'c' } })
    expect(hub.tally(Q).answered).toBe(1)
  })

  it('ignores answers to a question that is not open, or revealed, or that do not fit', () => {
    const { hub, join } = setup()
    const trainer = join('presenter', 'device-trainer', 'the-secret-key')
    const learner = join('learner', 'device-1234')
    learner.say({ type: 'answer', question: Q, response: 'a' })
    expect(learner.inbox.at(-1)).toEqual({ type: 'closed', question: Q })
    trainer.say({ type: 'open', question: Q })
    learner.say({ type: 'answer', question: Q, response: 'zzz' })
    learner.say({ type: 'answer', question: 'demo/final:nope', response: 'a' })
    expect(hub.tally(Q).answered).toBe(0)
    trainer.say({ type: 'reveal', question: Q, revealed: true })
    expect(learner.inbox.at(-1)).toEqual({ type: 'reveal', question: Q, revealed: true })
    learner.say({ type: 'answer', question: Q, response: 'a' })
    expect(hub.tally(Q).answered).toBe(0)
    expect(hub.stats.dropped.closed).toBe(2)
  })

  it('drops malformed, oversized and flooding messages and keeps working', () => {
    let t = 0
    const { hub, join } = setup({ now: () => t })
    join('presenter', 'device-trainer', 'the-secret-key').say({ type: 'open', question: Q })
    const learner = join('learner', 'device-flood')
    learner.conn.receive('{not json')
    learner.conn.receive(JSON.stringify({ type: 'answer', question: Q, response: 'a', extra: 1 }))
    learner.conn.receive('x'.repeat(10_000))
    for (let i = 0; i < 100; i++)
      learner.say({ type: 'answer', question: Q, response: 'a' })
    expect(hub.stats.dropped.invalid).toBe(2)
    expect(hub.stats.dropped.size).toBe(1)
    expect(hub.stats.dropped.rate).toBeGreaterThan(70)
    t += 2000
    learner.say({ type: 'answer', question: Q, response: 'b' })
    expect(hub.tally(Q).bars.find(b => b.id === 'b')?.count).toBe(1)
  })

  it('tells a page from an earlier run that the server restarted', () => {
    const { hub } = setup()
    const inbox: ServerMessage[] = []
    hub.connect(m => inbox.push(m)).receive(JSON.stringify({ type: 'hello', role: 'learner', device: 'device-old1', session: 'an-old-session' }))
    expect(inbox[0]).toMatchObject({ type: 'welcome', restarted: true })
  })

  it('resets a question: answers gone, open again', () => {
    const { hub, join } = setup()
    const trainer = join('presenter', 'device-trainer', 'the-secret-key')
    trainer.say({ type: 'open', question: Q })
    join('learner', 'device-1111').say({ type: 'answer', question: Q, response: 'a' })
    trainer.say({ type: 'reveal', question: Q, revealed: true })
    trainer.say({ type: 'reset', question: Q })
    expect(hub.tally(Q).answered).toBe(0)
    join('learner', 'device-2222').say({ type: 'answer', question: Q, response: 'b' })
    expect(hub.tally(Q).answered).toBe(1)
  })
})

describe('tallyBars', () => {
  it('counts outcomes for an ordering question', () => {
    const q = { id: 'o', type: 'ordering', prompt: 'p', items: [{ id: 'x', text: 'X' }, { id: 'y', text: 'Y' }], explanation: 'e', sources: [], points: 1 } as unknown as Question
    expect(tallyBars(q, [['x', 'y'], ['y', 'x'], ['x', 'y']]).map(b => b.count)).toEqual([2, 0, 1])
    expect(fitsQuestion(q, ['x', 'x'])).toBe(false)
  })
})

describe('talliesCsv', () => {
  it('writes counts only, quoted', () => {
    expect(talliesCsv([{ question: Q, answered: 2, bars: [{ id: 'a', label: 'Say "hi"', count: 2 }] }]))
      .toBe('"question","answered","option","label","count"\n"demo/final:pick","2","a","Say ""hi""","2"\n')
  })
})
