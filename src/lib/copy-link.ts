/** What the copy buttons say: visibly, to screen readers, and once copied. */
export const copyLabels = {
  link: { text: 'Copy link', action: 'Copy link to', done: 'Link copied' },
  markdown: { text: 'Markdown', action: 'Copy Markdown link to', done: 'Markdown link copied' },
  section: {
    text: 'Copy section',
    action: 'Copy as Markdown the section',
    done: 'Section copied as Markdown',
  },
} as const;

/** `[title](url)` with the characters that would end the link text or URL escaped. */
export function markdownLink(title: string, url: string): string {
  const text = title.replace(/([\\[\]])/g, '\\$1');
  const target = url.replace(
    /[()\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${text}](${target})`;
}
