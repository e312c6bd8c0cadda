/**
 * The course certificate's verification code: a SHA-256 over the certificate's facts (name, date,
 * final score, course version), so anyone can check that printed facts were not changed after
 * printing. It proves nothing more: the code is not secret and anyone can compute one for any facts,
 * so it does not show that the learner took the assessment. Plain TypeScript, no Vue.
 *
 * The facts are four lines, in this order, joined by "\n" with no final newline, for example
 *   name=Asha Rao
 *   date=2026-12-03
 *   score=86
 *   version=0.1.0
 * and the code is the first 12 hex digits of their SHA-256 (UTF-8), uppercased, as XXXX-XXXX-XXXX.
 */
import { sha256Hex } from './sha256.ts'

/** Where the course home and the certificate page keep the name to print (this browser only). */
export const CERTIFICATE_NAME_KEY = 'messaging-leaks-course:certificate-name'
/** The longest name a certificate prints, in characters (code points). */
export const NAME_MAX = 120

export interface CertificateFacts {
  name: string
  /** The day the passing attempt was finished, YYYY-MM-DD. */
  date: string
  /** The final assessment's score, whole percent. */
  score: number
  version: string
}

/** At most NAME_MAX characters, never splitting a character made of two UTF-16 units. */
export function capName(name: string): string {
  const chars = Array.from(name)
  return chars.length > NAME_MAX ? chars.slice(0, NAME_MAX).join('') : name
}

/** The name as printed and hashed: NFC, runs of white space (line breaks too) as one space, trimmed, capped. */
export function normaliseName(name: string): string {
  return capName(name.normalize('NFC').replace(/\s+/g, ' ').trim()).trim()
}

/** The canonical text the code is computed over. */
export function certificateFacts(facts: CertificateFacts): string {
  return [
    `name=${normaliseName(facts.name)}`,
    `date=${facts.date.trim()}`,
    `score=${Math.round(facts.score)}`,
    `version=${facts.version.trim().replace(/\s+/g, ' ')}`,
  ].join('\n')
}

/** A digest from the browser's own implementation; undefined where there is none (plain http). */
async function subtleHex(text: string): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle)
    return undefined
  try {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text))
    return Array.from(new Uint8Array(digest), b => b.toString(16).padStart(2, '0')).join('')
  }
  catch {
    return undefined
  }
}

/** SHA-256 hex of a text: crypto.subtle where the page has it, the course's own implementation otherwise. */
export async function digestHex(text: string, useSubtle = true): Promise<string> {
  return (useSubtle ? await subtleHex(text) : undefined) ?? sha256Hex(text)
}

/** The code printed on a certificate for `facts` (the canonical text from certificateFacts). */
export async function certificateCode(facts: string, useSubtle = true): Promise<string> {
  const hex = (await digestHex(facts, useSubtle)).slice(0, 12).toUpperCase()
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`
}

/** A typed code as compared: case, dashes and spaces do not matter. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s\-\u2010-\u2015]/g, '').toUpperCase()
}

export function codesMatch(typed: string, expected: string): boolean {
  return normaliseCode(typed) === normaliseCode(expected)
}

/** A YYYY-MM-DD date that exists on the calendar. */
export function isIsoDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim())
  if (!m)
    return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** The learner's calendar day (in this browser's time zone) of an ISO timestamp, as YYYY-MM-DD. */
export function localDay(iso: string): string | undefined {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime()))
    return undefined
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The saved name, capped; '' when there is none or storage is blocked. */
export function readSavedName(storage: Pick<Storage, 'getItem'> | undefined): string {
  try {
    return capName(storage?.getItem(CERTIFICATE_NAME_KEY) ?? '')
  }
  catch {
    return ''
  }
}

/** Keeps the name in this browser (an empty name removes the key); false when storage refused it. */
export function saveName(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, name: string): boolean {
  try {
    if (!storage)
      return false
    if (name.trim())
      storage.setItem(CERTIFICATE_NAME_KEY, capName(name))
    else
      storage.removeItem(CERTIFICATE_NAME_KEY)
    return true
  }
  catch {
    return false
  }
}
