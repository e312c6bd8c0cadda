/**
 * Vite's `build.assetsInlineLimit` for the decks and the home: a font is never inlined into a style
 * sheet (every page's sheet would carry its own copy), other small assets as Vite decides.
 */
export function keepFontsAsFiles(file: string): boolean | undefined {
  return /\.woff2?$/.test(file) ? false : undefined
}
