/**
 * `npm run preview`: serves dist/ on http://localhost:4173 (or PORT). A few lines of node:http are
 * enough for a static folder on one's own machine; the tests and the PDF export use the same server.
 *   --subfolder <name>      serve the site under /<name>/ (the tests do, to prove it works there)
 *   --mount <path>=<dir>    also serve <dir> under /<path>/ (the tests' fixture decks, kept out of dist/)
 */
import type { Server } from 'node:http'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import process from 'node:process'
import { distDir, root } from './paths.ts'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
}

export interface ServeOptions {
  /** Serve the site under /<prefix> (ending in a slash), e.g. `course/`. */
  prefix?: string
  /** Extra folders served under their own path, e.g. `{ __fixtures__: '/abs/dir' }`. */
  mounts?: Record<string, string>
  /** No "Course at ..." line (the PDF export starts its own server). */
  quiet?: boolean
}

/** Serves `dir` at http://host:port/<prefix>; port 0 picks a free one (read it from `server.address()`). */
export function serve(dir: string, port: number, host = '127.0.0.1', options: ServeOptions = {}): Server {
  const prefix = options.prefix ?? ''
  const folders: [string, string][] = [...Object.entries(options.mounts ?? {}).map(([path, d]): [string, string] => [`${prefix}${path}/`, d]), [prefix, dir]]
  const server = createServer((req, res) => {
    let path: string
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    }
    catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request')
      return
    }
    const match = folders.find(([at]) => path.startsWith(`/${at}`))
    if (!match) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
      return
    }
    const [at, base] = match
    let file = normalize(join(base, path.slice(at.length + 1)))
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory())
      file = join(file, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
      return
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' })
    createReadStream(file).pipe(res)
  })
  server.listen(port, host, () => {
    if (!options.quiet)
      console.log(`Course at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/${prefix}`)
  })
  return server
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const option = (name: string) => {
    const at = process.argv.indexOf(name)
    return at > 0 ? process.argv[at + 1] : undefined
  }
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`Nothing to serve in ${distDir}: run "npm run build" first.`)
    process.exit(1)
  }
  const sub = option('--subfolder')
  const mount = option('--mount')?.split('=')
  serve(distDir, Number(process.env.PORT ?? 4173), '127.0.0.1', {
    prefix: sub ? `${sub}/` : '',
    mounts: mount?.length === 2 ? { [mount[0]!]: resolve(root, mount[1]!) } : {},
  })
}
