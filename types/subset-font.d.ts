// subset-font ships no types; the one call the course makes (scripts/fonts.ts).
declare module 'subset-font' {
  export default function subsetFont(font: Uint8Array, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt' }): Promise<Uint8Array>
}
