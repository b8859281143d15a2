import { project } from '../config';
import { atomFeed, type AtomFeedInput } from './atom';
import { buildTime } from './security-txt';

/**
 * An Atom feed of this project's (advisories, policy changes) as a response: the maintainers
 * as author, the licence as rights, and updated when its newest entry was, or at the build
 * when it has none.
 */
export function projectFeed(input: Omit<AtomFeedInput, 'updated' | 'author' | 'rights'>): Response {
  const newest = Math.max(...input.entries.map((entry) => entry.updated.getTime()));
  const body = atomFeed({
    ...input,
    updated: input.entries.length > 0 ? new Date(newest) : buildTime(process.env),
    author: `${project.name} maintainers`,
    rights: project.license.name,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
