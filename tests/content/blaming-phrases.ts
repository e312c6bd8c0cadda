/**
 * Victim-blaming phrasings to avoid, copied (lower-cased) from the fact sheet
 * `../shared/facts/accountability-safety.md`, "Victim-blaming phrasings to avoid", items 1 to 8.
 * `tests/content/safety-language.test.ts` fails if any of them appears in the safety module outside
 * the places that explain why it is harmful.
 */
export const blamingPhrases: string[] = [
  // 1
  'why did you send it',
  'you shouldn\'t have taken those photos',
  // 2
  'her leaked mms',
  'leaked mms',
  'mms scandal',
  'leaked video of',
  // 3
  'revenge porn',
  // 4
  'you fell for a scam',
  'how could you be so naive',
  // 5
  'you should have locked your phone',
  'not given it to the repair shop',
  // 6
  'just ignore it',
  'it\'ll blow over',
  'nothing can be done once it\'s online',
  // 7
  'victim\'s nude photos',
  'explicit pictures of the girl',
  // 8
  'child pornography',
]

/**
 * Uses that are not blaming: the UK service's own name (the fact sheet says naming the service is fine).
 * Removed from the text before the check.
 */
export const allowedUses: string[] = [
  'revenge porn helpline',
]
