import type { LmsChannel, LmsUpdate, OpenedSession } from './channel.ts'
/**
 * cmi5: the LMS launches the module with `endpoint`, `fetch`, `actor`, `registration` and
 * `activityId` in the URL; the course gets a token from `fetch`, reads the LMS's launch data
 * (mastery score, context template) from the xAPI State API and sends xAPI statements to the LRS:
 * initialized, answered (one per question), passed or failed, completed, terminated.
 *
 * Written on plain `fetch` rather than @xapi/cmi5: that library brings axios and a general xAPI
 * client into every deck for the five requests used here.
 */
import type { Interaction } from './report.ts'
import { LmsError } from './channel.ts'
import { isoDuration, learnerResponse } from './scorm.ts'

export { cmi5LaunchOf } from './launch.ts'

export interface Cmi5Launch {
  endpoint: string
  fetch: string
  actor: Record<string, unknown>
  registration: string
  activityId: string
}

const VERB = (name: string) => ({ id: `http://adlnet.gov/expapi/verbs/${name}`, display: { 'en-US': name } })
const CMI5_CATEGORY = { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }
const MOVEON_CATEGORY = { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' }
const SESSION_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid'
const MASTERY_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore'
/** Where the course keeps its own suspend data: a State API document of this AU and registration. */
export const SUSPEND_STATE_ID = 'urn:messaging-leaks-course:state:suspend-data'

const interactionType: Record<Interaction['type'], string> = { 'choice': 'choice', 'true-false': 'true-false', 'sequencing': 'sequencing', 'matching': 'matching' }

interface ContextTemplate {
  contextActivities?: Record<string, unknown>
  extensions?: Record<string, unknown>
}

export function cmi5Channel(launch: Cmi5Launch, http: typeof fetch = globalThis.fetch): LmsChannel {
  let auth = ''
  let template: ContextTemplate = {}
  let mastery: number | undefined
  let sessionId = ''
  let completedSent = false
  /** Browse and Review launches must not send passed, failed or completed (cmi5 section 10.2.2). */
  let normalMode = true
  let judgedSent = false

  function stateUrl(stateId: string): string {
    const q = new URLSearchParams({ stateId, activityId: launch.activityId, agent: JSON.stringify(launch.actor), registration: launch.registration })
    return `${launch.endpoint}activities/state?${q}`
  }
  function headers(json = true): Record<string, string> {
    return { 'Authorization': `Basic ${auth}`, 'X-Experience-API-Version': '1.0.3', ...(json ? { 'Content-Type': 'application/json' } : {}) }
  }
  async function call(what: string, url: string, init: RequestInit): Promise<Response> {
    let res: Response
    try {
      res = await http(url, init)
    }
    catch (e) {
      throw new LmsError(`${what} failed: ${(e as Error).message}`)
    }
    if (!res.ok && res.status !== 404)
      throw new LmsError(`${what} failed: HTTP ${res.status}`)
    return res
  }

  function context(cmi5: boolean, extra: Record<string, unknown> = {}) {
    const activities = { ...template.contextActivities }
    if (cmi5) {
      const category = Array.isArray(activities.category) ? activities.category as unknown[] : []
      activities.category = [...category, CMI5_CATEGORY, ...(extra.moveon ? [MOVEON_CATEGORY] : [])]
    }
    const extensions = { ...template.extensions, [SESSION_EXT]: sessionId, ...(extra.mastery !== undefined ? { [MASTERY_EXT]: extra.mastery } : {}) }
    return { registration: launch.registration, contextActivities: activities, extensions }
  }

  function statement(verb: string, body: Record<string, unknown>) {
    return { id: crypto.randomUUID(), actor: launch.actor, verb: VERB(verb), timestamp: new Date().toISOString(), object: { id: launch.activityId, objectType: 'Activity' }, ...body }
  }

  function answered(i: Interaction) {
    return statement('answered', {
      object: { id: `${launch.activityId}/${i.id.replace(/\./g, '/')}`, objectType: 'Activity', definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: interactionType[i.type], description: { 'en-US': i.prompt } } },
      result: { response: learnerResponse(i, '2004'), success: i.correct },
      context: { ...context(false), contextActivities: { ...context(false).contextActivities, parent: [{ id: launch.activityId }] } },
    })
  }

  async function post(statements: unknown[]) {
    if (statements.length > 0)
      await call('Sending statements', `${launch.endpoint}statements`, { method: 'POST', headers: headers(), body: JSON.stringify(statements), keepalive: true })
  }

  function verdicts(u: LmsUpdate): unknown[] {
    const out: unknown[] = []
    if (!normalMode)
      return out
    if (u.report.passed !== undefined && !judgedSent) {
      const scaled = u.report.percent / 100
      out.push(statement(u.report.passed ? 'passed' : 'failed', {
        result: { score: { scaled, raw: u.report.percent, min: 0, max: 100 }, success: u.report.passed, duration: isoDuration(u.sessionSeconds) },
        context: context(true, { moveon: true, mastery: u.report.masteryPercent / 100 }),
      }))
    }
    if (u.report.completed && !completedSent)
      out.push(statement('completed', { result: { completion: true, duration: isoDuration(u.sessionSeconds) }, context: context(true, { moveon: true }) }))
    return out
  }

  /**
   * Suspend data and statements go out together; on close "terminated" ends the same batch. Both
   * requests start before anything is awaited and use keepalive: the page may be unloading.
   */
  async function send(u: LmsUpdate, last: boolean) {
    const judged = u.report.passed !== undefined && !judgedSent
    const completed = u.report.completed && !completedSent
    const statements = [...u.interactions.map(answered), ...verdicts(u)]
    if (last)
      statements.push(statement('terminated', { result: { duration: isoDuration(u.sessionSeconds) }, context: context(true) }))
    await Promise.all([
      u.suspendData === undefined ? undefined : call('Saving suspend data', stateUrl(SUSPEND_STATE_ID), { method: 'PUT', headers: { ...headers(false), 'Content-Type': 'text/plain' }, body: u.suspendData, keepalive: true }),
      post(statements),
    ])
    judgedSent ||= judged
    completedSent ||= completed
  }

  const channel: LmsChannel = {
    standard: 'cmi5',
    async open(): Promise<OpenedSession> {
      const token = await call('Fetching the cmi5 token', launch.fetch, { method: 'POST' })
      const body = await token.json() as { 'auth-token'?: string }
      if (!body['auth-token'])
        throw new LmsError('The cmi5 fetch URL gave no auth-token')
      auth = body['auth-token']
      const launchData = await call('Reading LMS.LaunchData', stateUrl('LMS.LaunchData'), { headers: headers(false) })
      const data = launchData.ok ? await launchData.json() as { contextTemplate?: ContextTemplate, masteryScore?: number, launchMode?: string } : {}
      normalMode = (data.launchMode ?? 'Normal') === 'Normal'
      template = data.contextTemplate ?? {}
      sessionId = String(template.extensions?.[SESSION_EXT] ?? crypto.randomUUID())
      mastery = typeof data.masteryScore === 'number' ? data.masteryScore * 100 : undefined
      const saved = await call('Reading suspend data', stateUrl(SUSPEND_STATE_ID), { headers: headers(false) })
      const suspendData = saved.ok ? await saved.text() : ''
      await post([statement('initialized', { context: context(true) })])
      return { suspendData, masteryPercent: mastery }
    },
    save: u => send(u, false),
    close: u => send(u, true),
  }
  return channel
}
