/** Every manifest the course writes, validated with xmllint against the published schemas in lms/schemas/. */
import type { Buffer } from 'node:buffer'
import type { PackageFormat, PackageInfo } from '../../../scripts/lms/manifests'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { learningModules as modules } from '../../../modules'
import { loadQuizzes } from '../../../quizzes/engine/load'
import { cmi5Manifest, manifestFor, passMarkOf, scorm12Manifest, scorm2004Manifest } from '../../../scripts/lms/manifests'
import { hasTool, XMLLINT } from '../../../scripts/system-tools'

const root = join(import.meta.dirname, '..', '..', '..')
const schemas = join(root, 'lms', 'schemas')
const { quizzes } = loadQuizzes(join(root, 'quizzes'), root)

if (!hasTool(XMLLINT))
  throw new Error(XMLLINT.howTo)

/** One schema that pulls in every namespace a manifest of this format uses. */
function driverSchema(format: PackageFormat): string {
  const imports: Record<PackageFormat, [string, string][]> = {
    scorm12: [['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'scorm12/imscp_rootv1p1p2.xsd'], ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'scorm12/adlcp_rootv1p2.xsd']],
    scorm2004: [['http://www.imsglobal.org/xsd/imscp_v1p1', 'scorm2004/imscp_v1p1.xsd'], ['http://www.adlnet.org/xsd/adlcp_v1p3', 'scorm2004/adlcp_v1p3.xsd'], ['http://www.adlnet.org/xsd/adlseq_v1p3', 'scorm2004/adlseq_v1p3.xsd'], ['http://www.adlnet.org/xsd/adlnav_v1p3', 'scorm2004/adlnav_v1p3.xsd'], ['http://www.imsglobal.org/xsd/imsss', 'scorm2004/imsss_v1p0.xsd']],
    cmi5: [['https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd', 'cmi5/CourseStructure.xsd']],
  }
  const dir = mkdtempSync(join(tmpdir(), 'lms-xsd-'))
  const file = join(dir, `${format}.xsd`)
  writeFileSync(file, `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:course:schema-driver">\n${imports[format].map(([ns, path]) => `  <xs:import namespace="${ns}" schemaLocation="${join(schemas, path)}"/>`).join('\n')}\n</xs:schema>\n`)
  return file
}

/** xmllint's verdict: '' when valid, else its messages. */
function validate(format: PackageFormat, xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lms-manifest-'))
  const file = join(dir, 'manifest.xml')
  writeFileSync(file, xml)
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', driverSchema(format), file], { stdio: 'pipe' })
    return ''
  }
  catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e)
  }
}

const unit = (m: typeof modules[number]) => ({ module: m, passMark: passMarkOf(m, quizzes), files: [`${m.id}/index.html`, `${m.id}/assets/index.js`] })
const oneModule: PackageInfo = { identifier: 'messaging-leaks-course.leak-story', title: modules[0]!.title, description: modules[0]!.summary, version: '0.1.0', units: [unit(modules[0]!)] }
const course: PackageInfo = { identifier: 'messaging-leaks-course', title: 'The course', description: 'All of it', version: '0.1.0', units: modules.map(unit) }

describe.each(['scorm12', 'scorm2004', 'cmi5'] as PackageFormat[])('%s manifest', (format) => {
  it.each([['one module', oneModule], ['the whole course', course]])('for %s is valid against the published schema', (_name, info) => {
    expect(validate(format, manifestFor(format, info))).toBe('')
  })
})

describe('the schema check', () => {
  it('catches a manifest the schema forbids (it does not just check well-formed XML)', () => {
    expect(validate('scorm12', scorm12Manifest(oneModule).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"'))).toMatch(/scormtype/)
    expect(validate('scorm12', scorm12Manifest(oneModule).replace('<adlcp:masteryscore>', '<adlcp:passmark>70</adlcp:passmark><adlcp:masteryscore>'))).toMatch(/passmark/)
    expect(validate('scorm2004', scorm2004Manifest(oneModule).replace('satisfiedByMeasure="true"', 'satisfiedByMeasure="yes"'))).toMatch(/satisfiedByMeasure/)
    expect(validate('cmi5', cmi5Manifest(oneModule).replace('moveOn="CompletedAndPassed"', 'moveOn="Whenever"'))).toMatch(/moveOn/)
  })
})

describe('mastery scores', () => {
  const passMark = passMarkOf(modules[0]!, quizzes)
  it('come from the quiz file\'s pass mark in every format', () => {
    expect(scorm12Manifest(oneModule)).toContain(`<adlcp:masteryscore>${passMark}</adlcp:masteryscore>`)
    expect(scorm2004Manifest(oneModule)).toMatch(new RegExp(`satisfiedByMeasure="true">\\s*<imsss:minNormalizedMeasure>${passMark / 100}<`))
    expect(cmi5Manifest(oneModule)).toContain(`masteryScore="${passMark / 100}"`)
  })
  it('launch every module by a relative path', () => {
    for (const format of ['scorm12', 'scorm2004', 'cmi5'] as PackageFormat[]) {
      const xml = manifestFor(format, course)
      for (const m of modules)
        expect(xml).toMatch(new RegExp(`(href="|<url>)${m.id}/index.html`))
      expect(xml).not.toMatch(/href="\/|<url>\/|href="https?:|<url>https?:/)
    }
  })
})
