/**
 * The progress store must keep saving for as long as the page lives, whichever component asked for it
 * first. A real component (mounted with a renderer that draws nothing) is the first caller here.
 */
import type { StorageLike } from '../../quizzes/engine/progress'
import { describe, expect, it, vi } from 'vitest'
import { createRenderer, defineComponent, nextTick } from 'vue'
import { STORAGE_KEY } from '../../quizzes/engine/progress'
import { demoQuiz } from './helpers'

vi.mock('virtual:course-quizzes', () => ({ quizzes: [demoQuiz()] }))

const data: Record<string, string> = {}
const storage: StorageLike = {
  get length() { return Object.keys(data).length },
  key: i => Object.keys(data)[i] ?? null,
  getItem: k => data[k] ?? null,
  setItem: (k, v) => { data[k] = v },
  removeItem: (k) => { delete data[k] },
}
vi.stubGlobal('localStorage', storage)

/** Vue's own renderer logic with no DOM: enough to mount and unmount a component in Node. */
const { createApp } = createRenderer<object, object>({
  createElement: () => ({}),
  createText: () => ({}),
  createComment: () => ({}),
  insert: () => {},
  remove: () => {},
  setText: () => {},
  setElementText: () => {},
  parentNode: () => null,
  nextSibling: () => null,
  patchProp: () => {},
})

describe('useProgress', () => {
  it('keeps saving answers after the component that first asked for it is unmounted', async () => {
    const { useProgress } = await import('../../composables/useProgress')
    const app = createApp(defineComponent({
      setup() {
        useProgress()
        return () => null
      },
    }))
    app.mount({})
    app.unmount()

    useProgress().saveDraft('demo/all-types', 'pick-one', 'relay')
    await nextTick()
    const saved = JSON.parse(data[STORAGE_KEY] ?? '{}')
    expect(saved.answers?.['demo/all-types']?.['pick-one']).toEqual({ response: 'relay', checked: false, attempts: 0 })
  })
})
