/**
 * `npm run preview`: serves dist/ on http://localhost:4173 (or PORT); `--subfolder course` serves it
 * under /course/ to prove the site works away from the host's root (the browser tests do this).
 * The files are served by `sirv`, a small, well-kept static server: in production mode it lists the
 * folder once at start and answers only those files, so no path (`/../`, `%2e%2e`, `/@fs/...`) can
 * reach outside it; it also handles ETags, ranges and content types. The live classroom
 * (scripts/classroom/) serves the site through the same function.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import process from 'node:process'
import sirv from 'sirv'
import { distDir } from './paths.ts'

export type Handler = (req: IncomingMessage, res: ServerResponse) => void

export function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
}

/** A request handler for the static site in `dir`, optionally under `/<prefix>` (e.g. `course/`). */
export function siteHandler(dir: string, prefix = ''): Handler {
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`Nothing to serve in ${dir}: run "npm run build" first.`)
    process.exit(1)
  }
  const files = sirv(dir, {
    dev: false,
    etag: true,
    // Pages must pick up a fresh build at once; the service worker (dist/sw.js) does the caching.
    setHeaders: res => res.setHeader('cache-control', 'no-cache'),
  })
  return (req, res) => {
    if (prefix) {
      const url = req.url ?? '/'
      if (!url.startsWith(`/${prefix}`))
        return notFound(res)
      req.url = url.slice(prefix.length)
    }
    files(req, res, () => notFound(res))
  }
}

/** Serves `dir` at http://host:port/<prefix>. */
export function serve(dir: string, port: number, host = '127.0.0.1', prefix = '') {
  const server = createServer(siteHandler(dir, prefix))
  server.listen(port, host, () => console.log(`Course at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/${prefix}`))
  return server
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--subfolder')
  const sub = at > 0 ? `${process.argv[at + 1]}/` : ''
  serve(distDir, Number(process.env.PORT ?? 4173), '127.0.0.1', sub)
}
