/**
 * Command-line tools some tests use, beside the browser (browser.ts): xmllint validates the LMS
 * manifests against their XSDs (tests/unit/lms/manifests.test.ts); pdftotext reads the PDFs' text where
 * pdf.js cannot (tests/e2e/pdf.spec.ts: pdf.js drops Devanagari vowel signs that Chromium prints as
 * reordered glyphs, poppler reads them). Like the browser, `npm test` installs a missing one as root on
 * Debian/Ubuntu; anywhere else it stops with the command to run.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import process from 'node:process'

export interface SystemTool {
  command: string
  versionArgs: string[]
  /** The Debian package that has it. */
  debian: string
  howTo: string
}

export const XMLLINT: SystemTool = {
  command: 'xmllint',
  versionArgs: ['--version'],
  debian: 'libxml2-utils',
  howTo: [
    'xmllint is missing: it validates the LMS package manifests against the published XSDs.',
    'Install it, then run the command again:',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y libxml2-utils',
    '  Fedora:         sudo dnf install -y libxml2',
    '  macOS:          brew install libxml2   (macOS also ships xmllint with its developer tools)',
  ].join('\n'),
}

export const PDFTOTEXT: SystemTool = {
  command: 'pdftotext',
  versionArgs: ['-v'],
  debian: 'poppler-utils',
  howTo: [
    'pdftotext is missing: the PDF tests read the Hindi PDFs\' text with it.',
    'Install it, then run the command again:',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y poppler-utils',
    '  Fedora:         sudo dnf install -y poppler-utils',
    '  macOS:          brew install poppler',
  ].join('\n'),
}

export function hasTool(tool: SystemTool): boolean {
  return spawnSync(tool.command, tool.versionArgs).status === 0
}

/** True when every tool is there (installing the missing ones first as root with apt-get when asked and possible). */
export function ensureTools(tools: SystemTool[], options: { install?: boolean } = {}): SystemTool[] {
  const missing = tools.filter(t => !hasTool(t))
  if (missing.length > 0 && options.install && process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0) {
    console.log(`${missing.map(t => t.command).join(', ')} not found: installing Debian's ${missing.map(t => t.debian).join(', ')} with apt-get (needs the package mirror)...`)
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
      execFileSync('apt-get', ['install', '-y', '-qq', ...missing.map(t => t.debian)], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    }
    catch { /* reported by the caller */ }
  }
  return tools.filter(t => !hasTool(t))
}
