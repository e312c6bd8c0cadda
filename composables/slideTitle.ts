/**
 * A slide's title as a learner reads it in the window title and hears it announced. Slidev gives
 * each slide the markdown of its first heading (or the `title:` of its frontmatter): the markup
 * around words (`**`, `` ` ``, links) would be read out as symbols, so only the words are kept.
 */
export function plainTitle(markdown: string | undefined | null): string | undefined {
  if (!markdown)
    return undefined
  const text = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // [words](url) and ![alt](src)
    .replace(/<[^>]+>/g, '') // inline HTML tags
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|~~)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim()
  return text || undefined
}
