/**
 * xmllint validates the LMS manifests against their XSDs (tests/unit/lms/manifests.test.ts).
 * Like the browser (browser.ts), `npm test` installs it as root on Debian/Ubuntu when it is missing;
 * anywhere else it stops with the command to run.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import process from 'node:process'

export const XMLLINT_HOW_TO = [
  'xmllint is missing: it validates the LMS package manifests against the published XSDs.',
  'Install it, then run the command again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y libxml2-utils',
  '  Fedora:         sudo dnf install -y libxml2',
  '  macOS:          brew install libxml2   (macOS also ships xmllint with its developer tools)',
].join('\n')

export function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0
}

/** True when xmllint is there (installing it first as root with apt-get when asked and possible). */
export function ensureXmllint(options: { install?: boolean } = {}): boolean {
  if (hasXmllint())
    return true
  if (options.install && process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0) {
    console.log('xmllint not found: installing Debian\'s libxml2-utils with apt-get (needs the package mirror)...')
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
      execFileSync('apt-get', ['install', '-y', '-qq', 'libxml2-utils'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    }
    catch { /* reported below */ }
  }
  return hasXmllint()
}
