/** WCAG 2.x contrast between colours, for the unit palette check and the browser tests alike. */
export type Rgb = [number, number, number]

/** `#abc` or `#aabbcc` to [r, g, b] in 0..255. */
export function fromHex(hex: string): Rgb {
  const h = hex.length === 4 ? hex.replace(/\w/g, c => c + c) : hex
  return [1, 3, 5].map(i => Number.parseInt(h.slice(i, i + 2), 16)) as Rgb
}

/** A computed CSS colour (`rgb(r, g, b)` or `rgba(r, g, b, a)`) to [r, g, b] and its alpha. */
export function fromComputed(css: string): { rgb: Rgb, alpha: number } {
  const n = css.match(/[\d.]+/g)?.map(Number) ?? []
  if (n.length < 3)
    throw new Error(`not a computed colour: ${css}`)
  return { rgb: [n[0]!, n[1]!, n[2]!], alpha: n[3] ?? 1 }
}

/** `fg` painted at `alpha` over `bg`: what the eye sees. */
export function blend(fg: Rgb, bg: Rgb, alpha: number): Rgb {
  return fg.map((c, i) => c * alpha + bg[i]! * (1 - alpha)) as Rgb
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}
