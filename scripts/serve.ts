/**
 * `npm run preview`: serves dist/ on http://localhost:4173 (or PORT).
 *   --subfolder <name>      serve the site under /<name>/ (the browser tests do, to prove it works there)
 *   --mount <path>=<dir>    also serve <dir> under /<path>/ (the tests' fixture decks, kept out of dist/)
 * The files are served by `sirv`, a small, well-kept static server: in production mode it lists the
 * folder once at start and answers only those files, so no path (`/../`, `%2e%2e`, `/@fs/...`) can
 * reach outside it; it also handles ETags, ranges and content types. The PDF export and the live
 * classroom (scripts/classroom/) serve their folders through the same functions. An address that is
 * not a file of the site gets status 404 and the course's "page not found" page (scripts/not-found.ts).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, resolve } from 'node:path'
import process from 'node:process'
import sirv from 'sirv'
import { NOT_FOUND_PAGE, withHomeLink } from './not-found.ts'
import { distDir, root } from './paths.ts'

export type Handler = (req: IncomingMessage, res: ServerResponse) => void

/**
 * Status 404 with the site's own "page not found" page, its home link pointing at `home` (the address
 * the site is served at, such as `/course/`): the page answers at any depth, so the link must be
 * absolute. Plain text only when no site is given or it has no such page (a build older than the page).
 */
export function notFound(res: ServerResponse, site?: { dir: string, home: string }): void {
  const file = site && join(site.dir, NOT_FOUND_PAGE)
  if (!file || !existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
    return
  }
  // Read on every miss, like the rest of the site: a fresh build shows at once.
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })
    .end(withHomeLink(readFileSync(file, 'utf8'), site.home))
}

/** Stops with a clear message when the site has not been built (a command line's check, never a library's). */
export function exitUnlessBuilt(dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`Nothing to serve in ${dir}: run "npm run build" first.`)
    process.exit(1)
  }
}

/** A sirv handler per folder, made when the folder is first asked for (sirv lists it then). */
function folderHandler(): (dir: string) => ReturnType<typeof sirv> {
  const made = new Map<string, ReturnType<typeof sirv>>()
  return (dir) => {
    let files = made.get(dir)
    if (!files) {
      files = sirv(dir, {
        dev: false,
        etag: true,
        // Pages must pick up a fresh build at once; the service worker (dist/sw.js) does the caching.
        setHeaders: res => res.setHeader('cache-control', 'no-cache'),
      })
      made.set(dir, files)
    }
    return files
  }
}

export interface SiteOptions {
  /** Serve the site under /<prefix> (ending in a slash), e.g. `course/`. */
  prefix?: string
  /** Extra folders served under their own path, e.g. `{ __fixtures__: '/abs/dir' }`. */
  mounts?: Record<string, string>
}

/**
 * A request handler for the static site in `site`. `site` may be a function, read on every request:
 * a test switches it to "deploy" a second build (tests/e2e/update.spec.ts).
 */
export function siteHandler(site: string | (() => string), options: SiteOptions = {}): Handler {
  const folder = typeof site === 'string' ? () => site : site
  const prefix = options.prefix ?? ''
  const handlerFor = folderHandler()
  const mounts = Object.entries(options.mounts ?? {}).map(([path, dir]) => [`/${prefix}${path}/`, dir] as const)
  return (req, res) => {
    const url = req.url ?? '/'
    const mount = mounts.find(([at]) => url.startsWith(at))
    const [at, dir] = mount ?? [`/${prefix}`, folder()]
    // Outside the site (`/` when it is served under /course/) and in the mounts too: the site's page.
    const missing = () => notFound(res, { dir: folder(), home: `/${prefix}` })
    if (!url.startsWith(at))
      return missing()
    req.url = `/${url.slice(at.length)}`
    // `/course/leak-story` would serve the module's page, but its relative links (`./assets/...`)
    // would then point one folder too high and the deck would stay blank: send the browser to the folder.
    const [path = '', query = ''] = url.split(/(?=\?)/)
    if (!path.endsWith('/') && !extname(path) && isFolderWithPage(join(dir, decodeURIComponent(req.url.split('?')[0]!))))
      return res.writeHead(301, { location: `${path}/${query}` }).end()
    handlerFor(dir)(req, res, missing)
  }
}

/** A folder of the site with its own page (a module), as opposed to a file or nothing. */
function isFolderWithPage(path: string): boolean {
  try {
    return statSync(path).isDirectory() && existsSync(join(path, 'index.html'))
  }
  catch {
    return false
  }
}

export interface ServeOptions extends SiteOptions {
  /** No "Course at ..." line (the PDF export starts its own server). */
  quiet?: boolean
}

/** Serves `site` at http://host:port/<prefix>; port 0 picks a free one (read it from `server.address()`). */
export function serve(site: string | (() => string), port: number, host = '127.0.0.1', options: ServeOptions = {}): Server {
  const server = createServer(siteHandler(site, options))
  server.listen(port, host, () => {
    if (!options.quiet)
      console.log(`Course at http://${host === '127.0.0.1' ? 'localhost' : host}:${(server.address() as AddressInfo).port}/${options.prefix ?? ''}`)
  })
  return server
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const option = (name: string) => {
    const at = process.argv.indexOf(name)
    return at > 0 ? process.argv[at + 1] : undefined
  }
  const sub = option('--subfolder')
  const mount = option('--mount')?.split('=')
  exitUnlessBuilt(distDir)
  serve(distDir, Number(process.env.PORT ?? 4173), '127.0.0.1', {
    prefix: sub ? `${sub}/` : '',
    mounts: mount?.length === 2 ? { [mount[0]!]: resolve(root, mount[1]!) } : {},
  })
}
