/**
 * Finds phone numbers in course text, so helpline numbers on slides can be compared with the helplines
 * data (one source of truth) and counted as time-sensitive facts.
 * Recognised: grouped numbers of 10 or more digits ("0345 6000 459", "1-800-843-5678"), US letter
 * numbers ("1-800-CALL-FBI"), and short codes written in bold ("**1930**"), the way the helplines
 * slide shows them. Years and figures are never bold bare digits on our slides, so they are not caught.
 */

const grouped = /(?<![\w-])(?:\d{1,4}[ -]){2,4}\d{2,4}(?![\w-])/g
const lettered = /(?<![\w-])1-800-[A-Z]{3,4}-[A-Z]{3,4}(?![\w-])/g
const boldShortCode = /\*\*(\d{3,4})\*\*/g

/** The phone numbers in one line of text, as written. */
export function phoneNumbersIn(text: string): string[] {
  const found: string[] = []
  for (const m of text.matchAll(grouped)) {
    const isYears = /^(?:(?:19|20)\d\d[ -]?)+$/.test(m[0])
    if (m[0].replace(/\D/g, '').length >= 10 && !isYears)
      found.push(m[0])
  }
  for (const m of text.matchAll(lettered))
    found.push(m[0])
  for (const m of text.matchAll(boldShortCode))
    found.push(m[1]!)
  return found
}

/** A number reduced to what is dialled: digits and letters only, so "0345 6000 459" equals "03456000459". */
export function dialKey(phone: string): string {
  return phone.replace(/[^0-9A-Z]/gi, '').toUpperCase()
}
