/** The package zips: manifest at the root, relative paths only, schemas beside SCORM manifests, cmi5's connection policy. */
import type { PackageFormat, PackageInfo } from '../../../scripts/lms/manifests'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { learningModules as modules } from '../../../modules'
import { buildZip, CMI5_CONNECT, filesBelow } from '../../../scripts/lms/zip'

const root = join(import.meta.dirname, '..', '..', '..')
const schemas = join(root, 'lms', 'schemas')
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self'; object-src 'none'">`

/** A built site with one small deck, as `npm run build` lays it out. */
function fakeDist(html = `<!doctype html><html><head>${CSP}</head><body></body></html>`): string {
  const dist = mkdtempSync(join(tmpdir(), 'lms-dist-'))
  mkdirSync(join(dist, 'leak-story', 'assets'), { recursive: true })
  writeFileSync(join(dist, 'leak-story', 'index.html'), html)
  writeFileSync(join(dist, 'leak-story', 'assets', 'index.js'), 'console.log(1)')
  return dist
}
function info(dist: string): PackageInfo {
  return { identifier: 'messaging-leaks-course.leak-story', title: 'T', description: 'D', version: '0.1.0', units: [{ module: modules[0]!, passMark: 70, files: filesBelow(join(dist, 'leak-story'), dist) }] }
}
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b)

describe.each([
  ['scorm12', 'imsmanifest.xml', 'imscp_rootv1p1p2.xsd'],
  ['scorm2004', 'imsmanifest.xml', 'imsss_v1p0.xsd'],
  ['cmi5', 'cmi5.xml', undefined],
] as [PackageFormat, string, string | undefined][])('a %s zip', (format, manifest, schema) => {
  const dist = fakeDist()
  const files = unzipSync(buildZip(format, info(dist), dist, schemas))
  it('has its manifest at the root, the deck in its module folder and only relative paths', () => {
    expect(Object.keys(files)).toContain(manifest)
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['leak-story/index.html', 'leak-story/assets/index.js']))
    for (const path of Object.keys(files))
      expect(path).not.toMatch(/^\/|^[a-z]:|(^|\/)\.\.(\/|$)|\\/i)
  })
  it(schema ? 'carries the schemas its manifest names' : 'carries no SCORM schemas', () => {
    if (schema)
      expect(Object.keys(files)).toContain(schema)
    else
      expect(Object.keys(files).filter(f => f.endsWith('.xsd'))).toEqual([])
  })
  it(format === 'cmi5' ? 'lets the deck reach the LMS\'s LRS, and nothing else more' : 'keeps the site\'s connection policy', () => {
    const html = text(files['leak-story/index.html'])
    if (format === 'cmi5')
      expect(html).toContain(CMI5_CONNECT)
    else
      expect(html).toContain(CSP)
    expect(html).toContain(`default-src 'self'`)
  })
})

it('stops with a message when a deck\'s policy changed and cmi5 could not reach its LRS', () => {
  const dist = fakeDist('<!doctype html><html><head></head><body></body></html>')
  expect(() => buildZip('cmi5', info(dist), dist, schemas)).toThrow(/leak-story\/index.html: no "connect-src 'self'"/)
})
