/**
 * The manifest at the root of each LMS package: `imsmanifest.xml` (SCORM 1.2 and 2004 4th edition)
 * or `cmi5.xml`. One SCO / assignable unit per module, launched at `<module>/index.html`, so a
 * whole-course package is the modules side by side and the LMS shows them as its own menu.
 * The mastery score is the module quiz's pass mark from its quiz file.
 */
import type { CourseModule } from '../../modules.ts'
import type { LoadedQuiz } from '../../quizzes/engine/schema.ts'
import { create } from 'xmlbuilder2'

export type PackageFormat = 'scorm12' | 'scorm2004' | 'cmi5'
export const FORMATS: PackageFormat[] = ['scorm12', 'scorm2004', 'cmi5']

export interface PackageUnit {
  module: CourseModule
  /** Pass mark of the module quiz, 0..100. */
  passMark: number
  /** Every file of the module's deck, relative to the package root (`<module>/...`). */
  files: string[]
}

export interface PackageInfo {
  /** `messaging-leaks-course` or `messaging-leaks-course.<module>`: stays the same across versions so an LMS can update a package. */
  identifier: string
  title: string
  description: string
  version: string
  units: PackageUnit[]
}

/** The pass mark of a module's scored quiz; a missing one is a content error, not a default. */
export function passMarkOf(module: CourseModule, quizzes: LoadedQuiz[]): number {
  const quiz = quizzes.find(q => q.id === module.quiz)
  if (!quiz || quiz.kind !== 'scored' || quiz.passMark === undefined)
    throw new Error(`modules.ts ${module.id}.quiz: "${module.quiz}" is not a scored quiz with a passMark`)
  return quiz.passMark
}

const launch = (u: PackageUnit) => `${u.module.id}/index.html`

export function scorm12Manifest(p: PackageInfo): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'manifest', {
    'identifier': p.identifier,
    'version': p.version,
    'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
  })
  doc.ele('metadata').ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt('1.2')
  const org = doc.ele('organizations', { default: 'course' }).ele('organization', { identifier: 'course' })
  org.ele('title').txt(p.title)
  for (const u of p.units) {
    org.ele('item', { identifier: `item-${u.module.id}`, identifierref: `sco-${u.module.id}`, isvisible: 'true' })
      .ele('title')
      .txt(u.module.title)
      .up()
      .ele('adlcp:masteryscore')
      .txt(String(u.passMark))
  }
  const resources = doc.ele('resources')
  for (const u of p.units) {
    const r = resources.ele('resource', { 'identifier': `sco-${u.module.id}`, 'type': 'webcontent', 'adlcp:scormtype': 'sco', 'href': launch(u) })
    for (const f of u.files)
      r.ele('file', { href: f })
  }
  return doc.end({ prettyPrint: true })
}

export function scorm2004Manifest(p: PackageInfo): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://www.imsglobal.org/xsd/imscp_v1p1', 'manifest', {
    'identifier': p.identifier,
    'version': p.version,
    'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
    'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
    'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
    'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
  })
  doc.ele('metadata').ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt('2004 4th Edition')
  const org = doc.ele('organizations', { default: 'course' }).ele('organization', { identifier: 'course' })
  org.ele('title').txt(p.title)
  for (const u of p.units) {
    const item = org.ele('item', { identifier: `item-${u.module.id}`, identifierref: `sco-${u.module.id}`, isvisible: 'true' })
    item.ele('title').txt(u.module.title)
    // Without satisfiedByMeasure an LMS ignores minNormalizedMeasure and the default passing score is 1.0 (100 %).
    item.ele('imsss:sequencing').ele('imsss:objectives').ele('imsss:primaryObjective', { objectiveID: `pass-${u.module.id}`, satisfiedByMeasure: 'true' }).ele('imsss:minNormalizedMeasure').txt(String(u.passMark / 100))
  }
  // Learners choose modules in any order from the LMS's menu.
  org.ele('imsss:sequencing').ele('imsss:controlMode', { choice: 'true', flow: 'true' })
  const resources = doc.ele('resources')
  for (const u of p.units) {
    const r = resources.ele('resource', { 'identifier': `sco-${u.module.id}`, 'type': 'webcontent', 'adlcp:scormType': 'sco', 'href': launch(u) })
    for (const f of u.files)
      r.ele('file', { href: f })
  }
  return doc.end({ prettyPrint: true })
}

/**
 * Publisher ids in cmi5 must be absolute IRIs; a URN names the course without claiming a web address.
 * They never change between versions, so an LMS can tell an update from a new course.
 */
export const COURSE_IRI = 'urn:messaging-leaks-course'

export function cmi5Manifest(p: PackageInfo): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd', 'courseStructure')
  const langstring = (parent: ReturnType<typeof doc.ele>, name: string, text: string) => parent.ele(name).ele('langstring', { lang: 'en' }).txt(text)
  const course = doc.ele('course', { id: `${COURSE_IRI}:course:${p.identifier}` })
  langstring(course, 'title', p.title)
  langstring(course, 'description', p.description)
  for (const u of p.units) {
    const au = doc.ele('au', { id: `${COURSE_IRI}:au:${u.module.id}`, moveOn: 'CompletedAndPassed', masteryScore: String(u.passMark / 100), launchMethod: 'AnyWindow' })
    langstring(au, 'title', u.module.title)
    langstring(au, 'description', u.module.summary)
    au.ele('url').txt(launch(u))
  }
  return doc.end({ prettyPrint: true })
}

export const MANIFEST_FILE: Record<PackageFormat, string> = { scorm12: 'imsmanifest.xml', scorm2004: 'imsmanifest.xml', cmi5: 'cmi5.xml' }

export function manifestFor(format: PackageFormat, p: PackageInfo): string {
  return format === 'scorm12' ? scorm12Manifest(p) : format === 'scorm2004' ? scorm2004Manifest(p) : cmi5Manifest(p)
}
