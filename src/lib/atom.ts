import { Feed } from 'feed';
import { escapeHtml } from './html-text';

export interface AtomEntry {
  /** A URL that names the entry for good. */
  id: string;
  title: string;
  link: string;
  updated: Date;
  published?: Date;
  /** Short plain text. */
  summary: string;
  /** HTML, escaped by the feed. */
  content?: string;
}

export interface AtomFeedInput {
  title: string;
  subtitle: string;
  /** The page the feed follows. */
  link: string;
  /** The feed's own URL. */
  feedUrl: string;
  /** The latest entry's date; with no entries, the build time. */
  updated: Date;
  author: string;
  rights: string;
  entries: readonly AtomEntry[];
}

/** An Atom 1.0 feed (RFC 4287), newest entry first. No generator tag: builds stay byte-identical across versions. */
export function atomFeed(input: AtomFeedInput): string {
  const feed = new Feed({
    id: input.link,
    title: input.title,
    description: input.subtitle,
    link: input.link,
    updated: input.updated,
    generator: false,
    language: 'en',
    copyright: input.rights,
    feedLinks: { atom: input.feedUrl },
    author: { name: input.author },
  });
  for (const entry of [...input.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime())) {
    feed.addItem({
      id: entry.id,
      // The feed marks titles and summaries as HTML: text from content must not become markup.
      title: escapeHtml(entry.title),
      link: entry.link,
      date: entry.updated,
      ...(entry.published ? { published: entry.published } : {}),
      description: escapeHtml(entry.summary),
      ...(entry.content ? { content: entry.content } : {}),
    });
  }
  return feed.atom1();
}
