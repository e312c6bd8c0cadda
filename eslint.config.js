// Lint and format rules: @antfu/eslint-config (TypeScript, Vue, and the Slidev markdown decks).
// `npm test` runs `eslint .` before the type check; `npx eslint . --fix` applies the fixes.
//
// Pinned to @antfu/eslint-config 9.0.0: later versions bring eslint-plugin-unicorn 66+, which needs
// Node 22 (it calls Set.prototype.union). Its config composer calls Object.groupBy (Node 21+); the
// few lines below provide it on Node 20 and can go when the course moves to Node 22.
if (typeof Object.groupBy !== 'function') {
  Object.groupBy = (items, keyOf) => {
    const groups = Object.create(null)
    let i = 0
    for (const item of items)
      (groups[keyOf(item, i++)] ??= []).push(item)
    return groups
  }
}

const { default: antfu } = await import('@antfu/eslint-config')

export default antfu(
  {
    vue: true,
    typescript: true,
    markdown: true,
    // Broken and hostile quiz fixtures are wrong on purpose (tests read their line numbers).
    ignores: ['dist/**', 'exports/**', 'test-results/**', 'playwright-report/**', '.build/**', 'packages/**', '.ci/**', 'tests/fixtures/broken/**', 'tests/fixtures/hostile/**'],
  },
  {
    // The zod pattern: a schema and the type inferred from it share one name on purpose
    // (`export const Quiz = z.object(...)`, `export type Quiz = z.infer<typeof Quiz>`).
    rules: { 'ts/no-redeclare': 'off' },
  },
  {
    // It takes any call of a name ending in "Error" for an error constructor and "fixes" it with
    // `new`, which broke SCORM's GetLastError() and LMSGetLastError() (plain functions of the LMS API).
    rules: { 'unicorn/throw-new-error': 'off' },
  },
  {
    // Quiz files keep the spaced `{ id: a, text: ... }` their authors write and quizzes/README.md shows.
    files: ['**/*.yaml', '**/*.yml'],
    rules: { 'yaml/flow-mapping-curly-spacing': ['error', 'always'] },
  },
  {
    // Browser tests read the text a learner sees, which is innerText (textContent includes hidden text).
    files: ['tests/e2e/**/*.ts'],
    rules: { 'unicorn/prefer-dom-node-text-content': 'off' },
  },
  {
    // Examples in the docs line up their end-of-line comments so they read as a table.
    files: ['**/*.md/*.yaml'],
    rules: { 'style/no-multi-spaces': ['error', { ignoreEOLComments: true }] },
  },
  {
    // A Slidev deck (the course's and the tests' fixture decks) is one markdown file with a `#` heading on every slide.
    files: ['slides/**/*.md', 'tests/fixtures/**/*.md'],
    rules: { 'markdown/no-multiple-h1': 'off' },
  },
)
