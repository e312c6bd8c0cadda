/**
 * A small LRS and cmi5 LMS on loopback for the tests. It plays the LMS's part of a cmi5 launch
 * (the "launched" statement, LMS.LaunchData, a one-time auth token) and checks every statement it
 * receives with @learninglocker/xapi-validation, Learning Locker's own statement validator.
 * `cmi5Problems` then checks the cmi5 rules on what arrived, in order.
 */
import type { Buffer } from 'node:buffer'
import type { AddressInfo } from 'node:net'
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import xapiValidation from '@learninglocker/xapi-validation'

const validateStatement = (xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation

export interface Statement {
  id: string
  actor: Record<string, unknown>
  verb: { id: string }
  object: { id: string }
  result?: { score?: { scaled?: number }, success?: boolean, completion?: boolean, duration?: string, response?: string }
  context?: { registration?: string, contextActivities?: { category?: { id: string }[] }, extensions?: Record<string, unknown> }
  timestamp?: string
}

export interface Lrs {
  /** Base URL; the xAPI endpoint is `${url}/xapi/`. */
  url: string
  /** The query string an LMS would add to the AU's URL for a new launch. */
  launch: (activityId: string, masteryScore: number, launchMode?: 'Normal' | 'Browse' | 'Review') => { query: string, registration: string, sessionId: string }
  statements: Statement[]
  /** Problems found in requests (invalid statements, bad auth, a second token fetch). */
  errors: string[]
  state: Map<string, string>
  close: () => Promise<void>
}

const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5'
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon'
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid'
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore'
const verb = (s: Statement) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', '')

export async function startLrs(port = 0): Promise<Lrs> {
  const statements: Statement[] = []
  const errors: string[] = []
  const state = new Map<string, string>()
  const tokens = new Map<string, boolean>()
  const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-1' }, name: 'Test Learner' }

  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      res.setHeader('Access-Control-Allow-Origin', '*')
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Experience-API-Version')
      res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, OPTIONS')
      if (req.method === 'OPTIONS')
        return res.writeHead(204).end()
      if (url.pathname.startsWith('/fetch/')) {
        const token = url.pathname.slice('/fetch/'.length)
        if (tokens.get(token)) {
          errors.push('the fetch URL was used twice')
          return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ 'error-code': '1', 'error-text': 'already used' }))
        }
        tokens.set(token, true)
        return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ 'auth-token': token }))
      }
      const auth = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1]
      if (!auth || !tokens.has(auth)) {
        errors.push(`${req.method} ${url.pathname} without the launch's auth token`)
        return res.writeHead(401).end()
      }
      if (req.headers['x-experience-api-version'] !== '1.0.3')
        errors.push(`${req.method} ${url.pathname} without X-Experience-API-Version 1.0.3`)
      if (url.pathname === '/xapi/activities/state') {
        const key = `${url.searchParams.get('stateId')}|${url.searchParams.get('registration')}|${url.searchParams.get('activityId')}`
        if (req.method === 'GET')
          return state.has(key) ? res.writeHead(200).end(state.get(key)) : res.writeHead(404).end()
        state.set(key, body)
        return res.writeHead(204).end()
      }
      if (url.pathname === '/xapi/statements' && req.method === 'POST') {
        let parsed: unknown
        try {
          parsed = JSON.parse(body)
        }
        catch {
          errors.push('statements that are not JSON')
          return res.writeHead(400).end()
        }
        const list = (Array.isArray(parsed) ? parsed : [parsed]) as Statement[]
        for (const s of list) {
          const warnings = validateStatement(s)
          if (warnings.length > 0) {
            errors.push(`invalid ${s?.verb?.id} statement: ${JSON.stringify(warnings)}`)
            return res.writeHead(400).end()
          }
        }
        statements.push(...list)
        return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(list.map(s => s.id)))
      }
      res.writeHead(404).end()
    })
  })
  await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: base,
    statements,
    errors,
    state,
    launch(activityId, masteryScore, launchMode = 'Normal') {
      const registration = randomUUID()
      const sessionId = randomUUID()
      const token = randomUUID()
      tokens.set(token, false)
      const contextTemplate = { contextActivities: { grouping: [{ id: 'https://lms.example/course' }] }, extensions: { [SESSION]: sessionId } }
      state.set(`LMS.LaunchData|${registration}|${activityId}`, JSON.stringify({ contextTemplate, launchMode, masteryScore, moveOn: 'CompletedAndPassed' }))
      // The LMS itself records the launch before the AU starts.
      statements.push({ id: randomUUID(), actor, verb: { id: 'http://adlnet.gov/expapi/verbs/launched' }, object: { id: activityId }, context: { registration, contextActivities: { category: [{ id: CMI5 }] }, extensions: { [SESSION]: sessionId } } })
      const query = new URLSearchParams({ endpoint: `${base}/xapi/`, fetch: `${base}/fetch/${token}`, actor: JSON.stringify(actor), registration, activityId })
      return { query: query.toString(), registration, sessionId }
    },
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}

/**
 * The cmi5 rules for one session of one AU, as a list of broken rules (empty when all hold):
 * launched, initialized, answered..., passed or failed (with the mastery score), completed,
 * terminated, in that order, every statement with the launch's registration and session id.
 */
export function cmi5Problems(all: Statement[], launch: { registration: string, sessionId: string }, masteryScore: number): string[] {
  const problems: string[] = []
  const mine = all.filter(s => s.context?.registration === launch.registration)
  const verbs = mine.map(verb)
  const expected = /^launched,initialized,(?:answered,)*(?:passed|failed),completed,terminated$/
  if (!expected.test(verbs.join(',')))
    problems.push(`statements in the wrong order: ${verbs.join(', ')}`)
  for (const s of mine) {
    const v = verb(s)
    if (s.context?.extensions?.[SESSION] !== launch.sessionId)
      problems.push(`${v} lacks the session id of the launch`)
    const categories = (s.context?.contextActivities?.category ?? []).map(c => c.id)
    const defined = v !== 'answered'
    if (defined !== categories.includes(CMI5))
      problems.push(`${v} ${defined ? 'lacks' : 'must not carry'} the cmi5 category`)
    if (['passed', 'failed', 'completed'].includes(v) && !categories.includes(MOVEON))
      problems.push(`${v} lacks the moveOn category`)
    if (v === 'passed' || v === 'failed') {
      const scaled = s.result?.score?.scaled
      if (scaled === undefined)
        problems.push(`${v} has no scaled score`)
      else if ((scaled >= masteryScore) !== (v === 'passed'))
        problems.push(`${v} with score ${scaled} against mastery ${masteryScore}`)
      if (s.context?.extensions?.[MASTERY] !== masteryScore)
        problems.push(`${v} does not carry the mastery score ${masteryScore}`)
      if (s.result?.success !== (v === 'passed'))
        problems.push(`${v} has result.success ${s.result?.success}`)
    }
    if (v === 'completed' && s.result?.completion !== true)
      problems.push('completed without result.completion true')
    if (['completed', 'passed', 'failed', 'terminated'].includes(v) && !(s.result?.duration ?? '').startsWith('P'))
      problems.push(`${v} without a duration`)
  }
  return problems
}
