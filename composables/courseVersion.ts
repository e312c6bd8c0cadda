/**
 * Which version of the course this page belongs to, shown on the home page so a trainer and a learner
 * can tell which one they have (and a test can see a new deployment arrive). It is package.json's
 * version unless COURSE_VERSION is set when building (for example to a release tag or commit).
 */
declare const __COURSE_VERSION__: string

export const courseVersion: string = __COURSE_VERSION__
