/** Which LMS, if any, launched this page: cmi5 launch parameters first, then a SCORM API. */
import type { LmsChannel } from './channel.ts'
import type { WindowLike } from './scorm.ts'
import { cmi5Channel, cmi5LaunchOf } from './cmi5.ts'
import { findScormApi, scormChannel } from './scorm.ts'

export function findLmsChannel(win: WindowLike, url: string): LmsChannel | undefined {
  const launch = cmi5LaunchOf(url)
  if (launch)
    return cmi5Channel(launch)
  const api = findScormApi(win)
  return api ? scormChannel(api) : undefined
}
