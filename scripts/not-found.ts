/**
 * The course's "page not found" page: home/public/404.html, copied by the home's build to dist/404.html,
 * where GitHub Pages, Netlify and Cloudflare Pages look for it. It answers for every address at any
 * depth, so its one link, to the course home, cannot be relative: it is an absolute path, "/" unless
 * the build is told the site's folder (COURSE_BASE), and the project's own server and the offline copy
 * write the folder they serve the site from. These functions do that for all three.
 */

/** The page's file name in the site root (the name static hosts look for). */
export const NOT_FOUND_PAGE = '404.html'

/** The home link of the page: the only element with `data-course-home`. Its `href` is replaced. */
export const HOME_LINK = /(<a data-course-home href=")[^"]*(")/

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The page with its home link pointing at `home` (an absolute path such as `/course/`). */
export function withHomeLink(html: string, home: string): string {
  if (!HOME_LINK.test(html))
    throw new Error(`${NOT_FOUND_PAGE} has no <a data-course-home href="..."> link to point at the course home`)
  return html.replace(HOME_LINK, (_, before: string, after: string) => `${before}${escapeAttribute(home)}${after}`)
}

/**
 * The site's folder on its host from the build-time setting COURSE_BASE (`/` when unset), always with
 * a slash at each end: `messaging-leaks` and `/messaging-leaks/` both give `/messaging-leaks/`.
 */
export function courseBase(setting: string | undefined): string {
  const path = (setting ?? '').trim().replace(/^\/+|\/+$/g, '')
  if (/[?#\\]|^[a-z][a-z0-9+.-]*:/i.test(path) || path.split('/').some(part => part === '..' || part === '.'))
    throw new Error(`COURSE_BASE must be the site's folder on its host, such as /messaging-leaks/ (got "${setting}")`)
  return path ? `/${path}/` : '/'
}
