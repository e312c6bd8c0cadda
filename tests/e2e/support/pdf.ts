/** Reading a PDF's text page by page (pdfjs-dist), for the PDF export and certificate tests. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

export interface Line { str: string, y: number }

/** A PDF file (path) or its bytes: each page's text and text items, title, outline and whether it is tagged. */
export async function readPdf(source: string | Uint8Array) {
  const data = typeof source === 'string' ? new Uint8Array(readFileSync(source)) : new Uint8Array(source)
  const doc = await getDocument({ data, verbosity: 0 }).promise
  const pages: string[] = []
  const lines: Line[][] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    const items = content.items.flatMap(item => 'str' in item && item.str.trim() ? [{ str: item.str, y: item.transform[5] as number }] : [])
    lines.push(items)
    pages.push(squash(items.map(item => item.str).join(' ')))
  }
  const { info } = await doc.getMetadata() as { info: { Title?: string } }
  const outline = (await doc.getOutline() ?? []).map(item => squash(item.title))
  // A tagged PDF (MarkInfo /Marked true) carries a structure a screen reader can follow in order.
  const tagged = (await doc.getMarkInfo())?.Marked === true
  return { pages, lines, text: pages.join(' '), outline, title: info.Title, tagged }
}

/**
 * Each page's text as poppler's pdftotext reads it (scripts/system-tools.ts): in reading order (top to
 * bottom, across columns), or in the order the page wrote it (`written`: column by column, so a case's
 * options read whole). For
 * Devanagari: Chromium prints a vowel sign drawn before its consonant (ि) as its own glyph, which
 * pdf.js turns into a U+0000, while poppler gives back the text as written.
 */
export function popplerPages(file: string, order: 'reading' | 'written' = 'reading'): string[] {
  return execFileSync('pdftotext', [...order === 'written' ? ['-raw'] : [], '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\f')
    .slice(0, -1)
    .map(squash)
}
