/**
 * `npm run preview`: serves dist/ on http://localhost:4173 (or PORT). A few lines of node:http are
 * enough for a static folder; the tests use the same server.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import process from 'node:process'
import { distDir } from './paths.ts'

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

/**
 * Serves `site` at http://host:port/<prefix>, e.g. prefix `course/` to test a site in a sub-folder.
 * `site` may be a function, read on every request: a test switches it to "deploy" a second build.
 */
export function serve(site: string | (() => string), port: number, host = '127.0.0.1', prefix = '') {
  const folder = typeof site === 'string' ? () => site : site
  if (!existsSync(join(folder(), 'index.html'))) {
    console.error(`Nothing to serve in ${folder()}: run "npm run build" first.`)
    process.exit(1)
  }
  const server = createServer((req, res) => {
    const dir = folder()
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (prefix) {
      if (!path.startsWith(`/${prefix}`)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
        return
      }
      path = path.slice(prefix.length + 1)
    }
    let file = normalize(join(dir, path))
    if (!file.startsWith(dir)) {
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
  server.listen(port, host, () => port && console.log(`Course at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/${prefix}`))
  return server
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--subfolder')
  const sub = at > 0 ? `${process.argv[at + 1]}/` : ''
  serve(distDir, Number(process.env.PORT ?? 4173), '127.0.0.1', sub)
}
