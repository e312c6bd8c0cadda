import { describe, expect, it } from 'vitest'
import { deckModule } from '../../quizzes/vite-plugin'

describe('deckModule', () => {
  it.each([
    [['node', 'slidev', 'build', 'slides/leak-story.md', '--base', './'], 'leak-story'],
    [['node', 'slidev', '/repo/slides/safety.md', '--open', 'false'], 'safety'],
    [['node', 'slidev', 'export', '/repo/slides/.architecture.instructor.md'], 'architecture'],
    [['node', 'vite', 'build', '--config', 'home/vite.config.ts'], undefined],
    [['node', 'slidev', 'build', 'tests/fixtures/hostile/slides/hostile.md'], undefined],
  ])('%j gives %s', (argv, id) => {
    expect(deckModule(argv, {})).toBe(id)
  })

  it('takes the module the course\'s build names, whatever the deck copy is called', () => {
    const argv = ['node', 'slidev', 'build', '/repo/.build/decks/leak-story-learner/leak-story.md']
    expect(deckModule(argv, { COURSE_DECK_MODULE: 'safety' })).toBe('safety')
    expect(deckModule(argv, {})).toBeUndefined()
    expect(deckModule(['node', 'slidev', 'build', 'slides/leak-story.md'], { COURSE_DECK_MODULE: 'no-such-module' })).toBe('leak-story')
  })
})
