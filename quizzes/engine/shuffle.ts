/**
 * Seeded shuffling. A learner gets one random seed, stored with their progress, so a resumed quiz shows
 * the same order; print and export use PRINT_SEED so the handout and the answer key agree letter for letter.
 */

export const PRINT_SEED = 20260

/** FNV-1a: turns the seed plus a question's key into a 32-bit number. */
function hash(text: string): number {
  let h = 0x811C9DC5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32: small, fast, good enough to shuffle a handful of options. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Fisher-Yates with a generator derived from `seed` and `key` (e.g. `leak-story/final:q3`). */
export function seededShuffle<T>(items: readonly T[], seed: number, key: string): T[] {
  const next = random(hash(`${seed}:${key}`))
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    const tmp = out[i] as T
    out[i] = out[j] as T
    out[j] = tmp
  }
  return out
}

/**
 * Order for an ordering question's items: shuffled, but never already in the correct order
 * (that would give the answer away). Rotates by one when the shuffle lands on the answer.
 */
export function shuffledOrder<T>(items: readonly T[], seed: number, key: string): T[] {
  const out = seededShuffle(items, seed, key)
  const unchanged = out.every((item, i) => item === items[i])
  return unchanged && out.length > 1 ? [...out.slice(1), out[0] as T] : out
}

/** A fresh seed for a new learner. */
export function newSeed(): number {
  return Math.floor(Math.random() * 2 ** 31)
}

/** A, B, C ... for printed options. */
export function letter(index: number): string {
  return String.fromCharCode(65 + index)
}
