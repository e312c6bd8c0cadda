/**
 * The course certificate: with a passed final assessment (seeded in the browser), the learner types
 * a name and gets a one-page certificate whose code Node computes too; the code checker on the same
 * page accepts it and rejects changed facts; hostile or over-long names and full storage do no harm.
 * Without a pass, the page says so and sends the learner to the final assessment.
 */
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { learningModules } from '../../modules.ts'
import { FINAL_KEY } from '../../quizzes/engine/attempts.ts'
import { certificateCode, certificateFacts, NAME_MAX } from '../../quizzes/engine/certificate.ts'
import { PROGRESS_VERSION, STORAGE_KEY } from '../../quizzes/engine/progress.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { finalState, passedAttempt } from './support/final.ts'
import { readPdf } from './support/pdf.ts'

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
const version = process.env.COURSE_VERSION || pkg.version
// The certificate's date is the learner's calendar day: fix the time zone so it is known here.
test.use({ timezoneId: 'UTC' })

const [first, second] = learningModules
const progress = {
  version: PROGRESS_VERSION,
  seed: 1,
  modules: {},
  answers: {},
  history: {
    [first!.quiz]: [{ earned: 8, possible: 10, percent: 80, passed: true, finishedAt: '2026-11-20T09:00:00.000Z' }],
    [second!.quiz]: [{ earned: 5, possible: 8, percent: 62.5, passed: false, finishedAt: '2026-11-21T09:00:00.000Z' }],
  },
}

test('a learner who passed gets a one-page certificate; its code checks; bad names and full storage do no harm', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto('./certificate/')
  await page.evaluate(([finalKey, final, progressKey, saved]) => {
    localStorage.setItem(finalKey!, final!)
    localStorage.setItem(progressKey!, saved!)
  }, [FINAL_KEY, JSON.stringify(finalState(passedAttempt(7, '2026-12-03T10:00:00.000Z', '2026-12-03T10:20:00.000Z'))), STORAGE_KEY, JSON.stringify(progress)])
  await page.reload()

  const name = page.getByLabel('Your name, as it should be printed')
  await name.fill('  Asha   Rao ')
  const cert = page.getByTestId('certificate')
  await expect(cert.getByRole('heading', { name: 'Messaging leaks: an interactive course' })).toBeVisible()
  await expect(cert).toContainText('Certificate of completion')
  await expect(page.getByTestId('certificate-name')).toHaveText('Asha Rao')
  await expect(page.getByTestId('certificate-date')).toHaveText('December 3, 2026 (2026-12-03)')
  await expect(page.getByTestId('certificate-score')).toHaveText('100%')
  await expect(page.getByTestId('certificate-version')).toHaveText(version)
  const modules = page.getByTestId('certificate-modules').getByRole('listitem')
  await expect(modules).toHaveCount(learningModules.length)
  await expect(modules.nth(0)).toHaveText(`1. ${first!.title}: 80% (best attempt, passed)`)
  await expect(modules.nth(1)).toHaveText(`2. ${second!.title}: 63% (best attempt, not passed)`)
  await expect(modules.nth(2)).toHaveText(/: module quiz not finished$/)
  await expect(cert).toContainText('It does not prove that the person named took the assessment: anyone can compute a code for any facts.')
  const code = await certificateCode(certificateFacts({ name: 'Asha Rao', date: '2026-12-03', score: 100, version }))
  await expect(page.getByTestId('certificate-code')).toHaveText(code)
  await expectNoAxeViolations(page, 'certificate page')

  // Printed: one page on A4 and on Letter, as real text.
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await readPdf(await page.pdf({ format, path: test.info().outputPath(`certificate-${format}.pdf`) }))
    expect(pdf.pages, `${format} pages`).toHaveLength(1)
    expect(pdf.text).toContain('Certificate of completion Messaging leaks: an interactive course This certifies that Asha Rao')
    expect(pdf.text).toContain(code)
    // Only the certificate: not the name field, the print button or the checker.
    expect(pdf.text).not.toMatch(/as it should be printed|Print or save|Check the code/)
  }

  // The checker takes the printed facts: it accepts the code, and rejects it once the score is changed.
  const checker = page.getByRole('region', { name: 'Check a certificate code' })
  await checker.getByLabel('Name').fill('Asha Rao')
  await checker.getByLabel('Date (year-month-day').fill('2026-12-03')
  await checker.getByLabel('Final assessment score (%)').fill('100')
  await expect(checker.getByLabel('Course version')).toHaveValue(version)
  await checker.getByLabel('Verification code').fill(code.toLowerCase().replace(/-/g, ' '))
  await checker.getByRole('button', { name: 'Check the code' }).click()
  await expect(checker.getByRole('status')).toHaveText(/^✓ Matches/)
  await checker.getByLabel('Final assessment score (%)').fill('99')
  await checker.getByRole('button', { name: 'Check the code' }).click()
  await expect(checker.getByRole('status')).toHaveText('✗ Does not match — the facts or the code were changed.')

  // The name is kept in this browser only, and comes back after a reload.
  await page.reload()
  await expect(name).toHaveValue('  Asha   Rao ')

  // Markup is text, and 10,000 characters are cut to the cap with a visible hint.
  const hostile = `<img src=x onerror=alert(1)>${'x'.repeat(10_000)}`
  await name.fill(hostile)
  await expect(page.getByTestId('certificate-name')).toHaveText(hostile.slice(0, NAME_MAX))
  await expect(page.getByText(`Names can have at most ${NAME_MAX} characters; the rest was cut.`)).toBeVisible()
  await expect(page.locator('img')).toHaveCount(0)
  expect(dialogs, 'a name ran as code').toEqual([])
  await expect(page.getByTestId('certificate-code')).toHaveText(await certificateCode(certificateFacts({ name: hostile, date: '2026-12-03', score: 100, version })))

  // Storage refusing the name: the name still serves this page, with a notice.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
  })
  await name.fill('Ravi Menon')
  await expect(page.getByTestId('certificate-name')).toHaveText('Ravi Menon')
  await expect(page.getByText('This browser would not keep the name')).toBeVisible()
})

test('without a passed final the page says so and links to the final assessment', async ({ page }) => {
  await page.goto('./certificate/')
  await expect(page.getByTestId('not-passed')).toContainText('you have not passed it yet')
  await expect(page.getByRole('link', { name: 'Go to the final assessment' })).toHaveAttribute('href', '../final/')
  await expect(page.getByTestId('certificate')).toHaveCount(0)
  await expect(page.getByLabel('Your name, as it should be printed')).toHaveCount(0)
  await page.getByRole('link', { name: 'Go to the final assessment' }).click()
  await expect(page).toHaveURL(/\/course\/final\//)
})
