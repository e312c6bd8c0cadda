/**
 * Whether, and how, an LMS launched this page: cmi5 launch parameters in the address, or a SCORM API
 * in this window, its parents or its opener. Only this small part loads with every module page; the
 * code that talks to an LMS (session.ts and the channels) loads once one is found.
 */
import type { Cmi5Launch } from './cmi5.ts'
import type { FoundApi, Scorm12Api, Scorm2004Api, WindowLike } from './scorm.ts'

/** The launch parameters, or undefined when the page was not launched by a cmi5 LMS. */
export function cmi5LaunchOf(url: string): Cmi5Launch | undefined {
  let params: URLSearchParams
  try {
    params = new URL(url).searchParams
  }
  catch {
    return undefined
  }
  const [endpoint, fetchUrl, actor, registration, activityId] = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].map(k => params.get(k))
  if (!endpoint || !fetchUrl || !actor || !registration || !activityId)
    return undefined
  try {
    const parsed = JSON.parse(actor) as unknown
    if (typeof parsed !== 'object' || parsed === null)
      return undefined
    return { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, fetch: fetchUrl, actor: parsed as Record<string, unknown>, registration, activityId }
  }
  catch {
    return undefined
  }
}

function isApi(x: unknown, names: string[]): boolean {
  return typeof x === 'object' && x !== null && names.every(n => typeof (x as Record<string, unknown>)[n] === 'function')
}

/**
 * The usual search (ADL's sample code walks the same way): this window, then up the parents, then
 * the opener and its parents. 2004 is preferred when an LMS offers both. A parent of another
 * origin throws on access; that ends the walk in that direction.
 */
export function findScormApi(start: WindowLike): FoundApi | undefined {
  const look = (w: WindowLike | null | undefined): FoundApi | undefined => {
    for (let depth = 0; w && depth < 10; depth++) {
      try {
        if (isApi(w.API_1484_11, ['Initialize', 'SetValue', 'Commit']))
          return { version: '2004', api: w.API_1484_11 as Scorm2004Api }
        if (isApi(w.API, ['LMSInitialize', 'LMSSetValue', 'LMSCommit']))
          return { version: '1.2', api: w.API as Scorm12Api }
        if (!w.parent || w.parent === w)
          break
        w = w.parent
      }
      catch {
        break
      }
    }
    return undefined
  }
  let opener: WindowLike | null | undefined
  try {
    opener = start.opener
  }
  catch {
    opener = undefined
  }
  return look(start) ?? look(opener)
}
