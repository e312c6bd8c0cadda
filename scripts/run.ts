import { spawn } from 'node:child_process'
import process from 'node:process'
import { root } from './paths.ts'

/** Run a command from node_modules/.bin (or PATH) in the repository root; reject on a non-zero exit. */
export function run(cmd: string, args: string[], options: { env?: NodeJS.ProcessEnv, quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: options.quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
      env: { ...process.env, PATH: `${root}/node_modules/.bin:${process.env.PATH}`, ...options.env },
    })
    child.on('error', reject)
    child.on('exit', code => code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`)))
  })
}

export interface Job {
  /** Printed when the job ends, e.g. "built leak-story -> dist/leak-story/". */
  name: string
  run: () => Promise<void>
}

/**
 * Runs jobs with at most `concurrency` at a time, in the order given, printing a line as each ends.
 * After the first failure no new job starts; the promise rejects with that failure once the running
 * ones end. Most jobs here are single-threaded builds, so two at a time fill a 2-core machine.
 */
export async function runJobs(jobs: Job[], concurrency = 2): Promise<void> {
  const queue = [...jobs]
  let failure: Error | undefined
  async function lane() {
    for (let job = queue.shift(); job && !failure; job = queue.shift()) {
      const started = Date.now()
      try {
        await job.run()
        console.log(`${job.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
      }
      catch (e) {
        failure ??= e as Error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane))
  if (failure)
    throw failure
}
