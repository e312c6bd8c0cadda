/**
 * The final assessment's state on this page: the saved attempts (quizzes/engine/attempts.ts), the
 * draw each one shows, starting a new attempt and saving answers. One shared object per page; it
 * follows changes made in other tabs (the presenter and audience windows, the course home).
 */
import type { FinalAttempt, FinalState } from '../quizzes/engine/attempts'
import type { DrawnQuestion } from '../quizzes/engine/draw'
import type { Response } from '../quizzes/engine/responses'
import { computed, reactive, ref } from 'vue'
import { useMessages } from '../i18n'
import { learningModules } from '../modules'
import { FINAL_KEY, FINAL_VERSION, isFinished, lookupIn, parseFinalState, scoreAttempt } from '../quizzes/engine/attempts'
import { banksOf, drawFinal } from '../quizzes/engine/draw'
import { newSeed, PRINT_SEED } from '../quizzes/engine/shuffle'
import { finalRules, quizzes } from './quizData'

const text = useMessages().final
export const lookup = lookupIn(quizzes)
const banks = banksOf(quizzes, learningModules)
const perObjective = finalRules?.perObjective ?? 1
/** Every attempt has this many questions: the deck has one slide for each. */
export const drawSize = [...banks.keys()].length * perObjective
/** The draw the printout, the answer key and a presenter without a learner's attempt show. */
export const printDraw: DrawnQuestion[] = drawFinal(banks, perObjective, PRINT_SEED)

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage
  }
  catch {
    return undefined
  }
}

function read(): { state: FinalState, notices: string[] } {
  let raw: string | null = null
  try {
    raw = storage()?.getItem(FINAL_KEY) ?? null
  }
  catch { /* blocked storage reads as nothing saved */ }
  return parseFinalState(raw, lookup, { attempts: finalRules?.attempts ?? 1 }, drawSize, text)
}

let shared: ReturnType<typeof create> | undefined

function create() {
  const first = read()
  const s = reactive({ state: first.state, notices: first.notices })
  // Dropped entries stay dropped: write the cleaned value back.
  if (first.notices.length > 0)
    save()
  globalThis.addEventListener?.('storage', (event) => {
    if (event.key === FINAL_KEY || event.key === null)
      s.state = read().state
  })

  function save(): boolean {
    try {
      storage()?.setItem(FINAL_KEY, JSON.stringify(s.state))
      return true
    }
    catch {
      if (!s.notices.includes(text.notSaved))
        s.notices.push(text.notSaved)
      return false
    }
  }

  const attempts = computed(() => s.state.attempts)
  const last = computed<FinalAttempt | undefined>(() => s.state.attempts.at(-1))
  const open = computed(() => last.value && !isFinished(last.value) ? last.value : undefined)
  const limit = finalRules?.attempts ?? 1
  const passMark = finalRules?.passMark ?? 100
  const bestAttempt = computed(() => {
    const done = s.state.attempts.filter(isFinished).map(attempt => ({ attempt, score: scoreAttempt(attempt, lookup, passMark) }))
    return done.length ? done.reduce((b, x) => (x.score.percent > b.score.percent ? x : b)) : undefined
  })

  return {
    notices: s.notices,
    attempts,
    last,
    /** The attempt being answered, if any. */
    open,
    limit,
    passMark,
    canStart: computed(() => !open.value && s.state.attempts.length < limit),
    scoreOf: (a: FinalAttempt) => scoreAttempt(a, lookup, passMark),
    /** The best finished attempt's percentage, which is the one that counts. */
    best: computed(() => bestAttempt.value?.score),
    /** The best finished attempt itself (the first of equal scores), for the certificate's date. */
    bestAttempt,
    start() {
      if (open.value || s.state.attempts.length >= limit)
        return
      const seed = newSeed()
      s.state.attempts.push({ seed, draw: drawFinal(banks, perObjective, seed), answers: {}, startedAt: new Date().toISOString() })
      save()
    },
    answer(index: number, response: Response): boolean {
      const a = open.value
      if (!a || a.answers[String(index)] !== undefined)
        return false
      a.answers[String(index)] = response
      if (isFinished(a))
        a.finishedAt = new Date().toISOString()
      return save()
    },
    reset() {
      s.state = { version: FINAL_VERSION, attempts: [] }
      try {
        storage()?.removeItem(FINAL_KEY)
      }
      catch { /* nothing of ours reachable */ }
    },
  }
}

export function useFinal() {
  return (shared ??= create())
}

/**
 * Starting an attempt from a slide (the start page or the score page's retake): the announcement the
 * slide's live region reads out once the new draw is saved.
 */
export function useStartAttempt() {
  const final = useFinal()
  const status = ref('')
  return {
    status,
    start() {
      final.start()
      status.value = text.started(final.attempts.value.length)
    },
  }
}
