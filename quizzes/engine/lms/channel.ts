/** What the session (session.ts) needs from any LMS standard: open, save, close. */
import type { Interaction, ScopeReport } from './report.ts'

export type LmsStandard = 'scorm12' | 'scorm2004' | 'cmi5'

export interface OpenedSession {
  /** What the LMS kept from the last session ('' on a first launch). */
  suspendData: string
  /** The LMS's own pass mark (0..100) when the package or the LMS sets one. */
  masteryPercent?: number
}

export interface LmsUpdate {
  /** Left out when it would not fit SUSPEND_DATA_LIMIT: the LMS keeps its last good copy. */
  suspendData?: string
  report: ScopeReport
  /** Questions of the scored quiz checked so far; no score is sent before the first. */
  answered: number
  /** Answers not yet sent (each question and attempt once). */
  interactions: Interaction[]
  sessionSeconds: number
  at: Date
}

export interface LmsChannel {
  standard: LmsStandard
  open: () => Promise<OpenedSession>
  save: (update: LmsUpdate) => Promise<void>
  /** End of the session (SCORM Terminate/LMSFinish, cmi5 "terminated"). */
  close: (update: LmsUpdate) => Promise<void>
}

/** An LMS refused a call; the message names the call and the LMS's error code. */
export class LmsError extends Error {}
