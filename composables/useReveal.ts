/**
 * Classroom reveal: the trainer, in presenter view, reveals a question's answer and the audience
 * screen shows it. It is never stored. Two routes carry it, so it works however the module is shown:
 *  - between tabs and windows of one browser, over a BroadcastChannel (the static site on one laptop);
 *  - between devices, in a live classroom (`npm run classroom`), through the classroom hub, which
 *    accepts a reveal only from the trainer's page (composables/useClassroom.ts).
 * A message may arrive by both routes; applying it twice changes nothing.
 *
 * Presence, on the static site: a presenter window says so on the channel when it opens (and when a
 * window opened later says 'hello'), and 'gone' when the page is hidden for good. While any presenter
 * window of this browser is open, a learner's window is the audience screen: it shows no correctness
 * before the reveal and records nothing (components/Question.vue, FinalQuestion.vue), so what the
 * presenter view says about the audience screen stays true. No timers: a window that is killed without
 * 'pagehide' stays counted until a presenter window opens or closes again, or this window reloads.
 */
import { reactive, ref } from 'vue'
import { classroom, classroomActions, isClassroom, startClassroom } from './useClassroom'

interface RevealMessage { key: string, revealed: boolean }
type Message
  = | ({ type: 'reveal' } & RevealMessage)
    | { type: 'hello' }
    | { type: 'state', revealed: string[] }
    | { type: 'presenter', id: string, here: boolean }

const revealed = reactive(new Set<string>())
/** Ids of the presenter windows open in this browser, other than this one. */
const presenters = reactive(new Set<string>())
/** Whether this window is itself a presenter view. */
const presenting = ref(false)
// Only tells this browser's windows apart; nothing secret, so no crypto (not in every context).
const windowId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
let channel: BroadcastChannel | undefined
let connected = false

function apply(msg: RevealMessage) {
  msg.revealed ? revealed.add(msg.key) : revealed.delete(msg.key)
}

function post(msg: Message) {
  channel?.postMessage(msg)
}

function presenterMessage(id: string, here: boolean) {
  here ? presenters.add(id) : presenters.delete(id)
  // With the last presenter gone this window is self-paced again: nothing stays revealed in it.
  if (presenters.size === 0 && !presenting.value)
    revealed.clear()
}

/** Opens this window's side of the reveal (once); the app calls it at start (global-bottom.vue). */
export function startReveal() {
  if (connected)
    return
  connected = true
  // In a classroom the hub is the only authority: a tab of the same browser must not reveal.
  if (isClassroom()) {
    startClassroom()
    return
  }
  if (typeof BroadcastChannel === 'undefined')
    return
  channel = new BroadcastChannel('messaging-leaks-course:reveal')
  channel.onmessage = (event: MessageEvent<Message>) => {
    const msg = event.data
    if (msg.type === 'reveal') {
      apply(msg)
    }
    else if (msg.type === 'hello') {
      if (revealed.size > 0)
        post({ type: 'state', revealed: [...revealed] })
      if (presenting.value)
        post({ type: 'presenter', id: windowId, here: true })
    }
    else if (msg.type === 'state') {
      msg.revealed.forEach(k => revealed.add(k))
    }
    else if (msg.type === 'presenter') {
      presenterMessage(msg.id, msg.here)
    }
  }
  addEventListener('pagehide', () => {
    if (presenting.value)
      post({ type: 'presenter', id: windowId, here: false })
  })
  // A page back from the browser's page cache asks afresh: what it knew may be stale.
  addEventListener('pageshow', (event) => {
    if (!event.persisted)
      return
    presenters.clear()
    if (presenting.value)
      post({ type: 'presenter', id: windowId, here: true })
    post({ type: 'hello' })
  })
  // A window opened mid-session asks the others what is already revealed and who presents.
  post({ type: 'hello' })
}

/** Says whether this window is a presenter view; the app calls it whenever that changes (`p`, the address). */
export function setPresenterWindow(value: boolean) {
  startReveal()
  if (presenting.value === value)
    return
  presenting.value = value
  post({ type: 'presenter', id: windowId, here: value })
}

/**
 * Whether this window is, right now, the audience screen of a presenter view in this browser. Never
 * in a live classroom, where the hub decides who sees what.
 */
export function isAudienceScreen(): boolean {
  return !isClassroom() && !presenting.value && presenters.size > 0
}

export function useReveal(key: string) {
  startReveal()
  return {
    isRevealed: () => isClassroom() ? classroom.revealed.has(key) : revealed.has(key),
    setRevealed(value: boolean) {
      if (isClassroom())
        return classroomActions.reveal(key, value)
      apply({ key, revealed: value })
      post({ type: 'reveal', key, revealed: value })
    },
  }
}

/**
 * The `r` key (setup/shortcuts.ts) toggles the reveal of the question on the presenter's current
 * slide. Slidev keeps every visited slide rendered (hidden), so each reveal control registers here
 * only while its slide is the current one in the presenter view.
 */
const currentReveals = new Set<() => void>()

export function registerRevealShortcut(toggle: () => void): () => void {
  currentReveals.add(toggle)
  return () => currentReveals.delete(toggle)
}

export function toggleCurrentReveal(): void {
  currentReveals.forEach(toggle => toggle())
}
