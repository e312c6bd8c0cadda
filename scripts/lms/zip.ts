/** Builds one LMS package (a zip) from the built site: manifest at the root, schemas beside it, decks in `<module>/`. */
import type { PackageFormat, PackageInfo } from './manifests.ts'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { zipSync } from 'fflate'
import { MANIFEST_FILE, manifestFor } from './manifests.ts'

/** Every file below `dir`, as paths relative to `base` with forward slashes, sorted. */
export function filesBelow(dir: string, base: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory())
      out.push(...filesBelow(path, base))
    else if (entry.isFile())
      out.push(relative(base, path).split('\\').join('/'))
  }
  return out.sort()
}

/** The published schemas a SCORM package carries at its root (cmi5 packages need none). */
export function schemaFiles(schemasDir: string, format: PackageFormat): { path: string, abs: string }[] {
  if (format === 'cmi5')
    return []
  const dir = join(schemasDir, format === 'scorm12' ? 'scorm12' : 'scorm2004')
  return filesBelow(dir, dir).map(path => ({ path, abs: join(dir, path) }))
}

const SITE_CONNECT = 'connect-src \'self\''
/**
 * The site allows requests to its own origin only. A cmi5 course must reach the LRS the LMS names at
 * launch, which is usually on another host, so cmi5 packages allow HTTPS (and loopback, for an LRS on
 * the same machine) for connections alone; scripts, styles and images stay 'self'.
 */
export const CMI5_CONNECT = 'connect-src \'self\' https: http://127.0.0.1:* http://localhost:*'

function forFormat(format: PackageFormat, path: string, data: Uint8Array): Uint8Array {
  if (format !== 'cmi5' || !path.endsWith('.html'))
    return data
  const html = new TextDecoder().decode(data)
  if (!html.includes(SITE_CONNECT)) {
    if (path.endsWith('/index.html'))
      throw new Error(`${path}: no "${SITE_CONNECT}" in its Content-Security-Policy; update scripts/lms/zip.ts to the new policy`)
    return data
  }
  return new TextEncoder().encode(html.replace(SITE_CONNECT, CMI5_CONNECT))
}

export function buildZip(format: PackageFormat, info: PackageInfo, distDir: string, schemasDir: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {}
  entries[MANIFEST_FILE[format]] = new TextEncoder().encode(manifestFor(format, info))
  for (const s of schemaFiles(schemasDir, format))
    entries[s.path] = readFileSync(s.abs)
  for (const u of info.units) {
    for (const f of u.files)
      entries[f] = forFormat(format, f, readFileSync(join(distDir, f)))
  }
  // A fixed date keeps the zip the same from build to build when the course has not changed.
  const mtime = new Date('2026-01-01T00:00:00Z')
  return zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [v, { mtime }]])), { level: 6 })
}

export function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  }
  catch {
    return false
  }
}
