import { describe, expect, it } from 'vitest'
import { deckModule } from '../../quizzes/vite-plugin'

describe('deckModule', () => {
  it.each([
    [['node', 'slidev', 'build', 'slides/leak-story.md', '--base', './'], 'leak-story'],
    [['node', 'slidev', '/repo/slides/safety.md', '--open', 'false'], 'safety'],
    [['node', 'slidev', 'export', '/repo/slides/.architecture.instructor.md'], 'architecture'],
    [['node', 'slidev', 'build', '/repo/slides/.leak-story.learner.print.md', '--out', '../.build/print/leak-story-learner'], 'leak-story'],
    [['node', 'vite', 'build', '--config', 'home/vite.config.ts'], undefined],
    [['node', 'slidev', 'build', 'tests/fixtures/hostile/slides/hostile.md'], undefined],
  ])('%j gives %s', (argv, id) => {
    expect(deckModule(argv)).toBe(id)
  })
})
