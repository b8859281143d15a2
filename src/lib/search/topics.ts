// The questions readers put to any security policy: how to report a vulnerability, which
// versions get fixes, how to hear of new advisories, whether there is a bug bounty, whether a
// researcher is safe from legal action, how to suggest a change to the policy. Nearly every
// SECURITY.md answers them under a heading that names the topic ("Reporting a Vulnerability",
// "Supported Versions", "Receiving Security Updates", "Bug Bounty", "Safe Harbor", "Comments on
// this Policy"), while the question's words stand as often in other sections ("security fixes"
// in the reporting section, "releases" everywhere). A query made only of a topic's words (and
// filler) lands on the section whose heading names it. Fetched only for a query with one of the
// topics' cue words (src/lib/search/topic-cues.ts).
import { stemmer } from 'stemmer';
import { ledByRanked, ledByUnranked } from './lead';
import { spansOf, type PageText, type Span } from './page-text';
import type { Ranking } from './rank';
import { cuesOf, versionNumber, type TopicName } from './topic-cues';
import { projectNameWeight } from './word-weight';
import type { ParsedQuery } from './words';

/** One topic: the headings that name it, and the words a question about it is made of. */
export interface Topic {
  name: TopicName;
  /**
   * A heading of a section on the topic; none for reporting, whose section is the one the site's
   * reporting links name (src/lib/search/reporting.ts).
   */
  heading?: RegExp;
  /** The question has one of these words as written: the topic's cues (src/lib/search/topic-cues.ts). */
  cues: ReadonlySet<string>;
  /** …and a word of each of these (by stem) too: what else makes it this question. */
  needs: readonly ReadonlySet<string>[];
  /** Other words the question may have (by stem), besides filler and the project's name. */
  also: ReadonlySet<string>;
}

/** Words in one form each, as stems. */
const stems = (words: string) => new Set(words.split(' ').map((word) => stemmer(word)));

/** Words any of the questions may have: what they are about, and "does" (no stop word). */
const about = 'security vulnerability bug issue flaw problem does';

const topic = (name: TopicName, also: string, needs: string[] = [], heading?: RegExp): Topic => {
  const cues = cuesOf(name);
  // The cues' other forms, and the words of what it needs, may stand in the question too.
  return {
    name,
    heading,
    cues,
    needs: needs.map(stems),
    also: stems(`${about} ${also} ${[...cues, ...needs].join(' ')}`),
  };
};

/** In the order tried: a question made of two topics' words, with both cues typed, is the first's. */
export const topics: readonly Topic[] = [
  topic('reporting', 'mail privately private responsibly found find discovered'),
  topic(
    'versions',
    'which still get receive older old oldest latest newest current previous last only long term no ' +
      'longer more any covered',
    [
      'support supported unsupported maintain maintained maintenance fix patch update backport lts eol ' +
        'lifecycle end life dead deprecated',
    ],
    /\b(supported|unsupported|versions|version support|release (series|lines?|lifecycle|policy|cycle|schedule)|lifecycle|maintenance|end[- ]of[- ]life)\b/i,
  ),
  topic(
    'announcements',
    'list email mail advisory release update fix patch new get receive stay keep date cve about when published',
    [],
    /\b(announce\w*|notif\w*|subscri\w*|mailing lists?|receiving security|security (updates|advisories)|alerts?)\b/i,
  ),
  topic(
    'bounty',
    'program programme offer finding report get any there still',
    [],
    /\b(bount(y|ies)|rewards?|hackerone|bugcrowd)\b/i,
  ),
  topic(
    'safe harbor',
    'safe action researcher research testing good faith protection protected against take promise ' +
      'authorised authorized',
    [],
    /\b(safe harbou?r|legal|good faith|our commitment)\b/i,
  ),
  topic(
    'comments',
    'pull request code contribution contribute make submit send',
    ['suggest propose proposal comment feedback improve change edit amend'],
    /\b(comments?|feedback|suggestions?|changes to (this|the) (policy|document))\b/i,
  ),
];

/**
 * The topic the query asks about and nothing more: one of its words (or a correction) is a cue of
 * the topic's, as written (a version number is "version"), and it has a word of each other group
 * the topic needs; every other word is the topic's, filler (weighing at most the project's
 * name), or a word the policy lacks with nothing found in its place (`missing`: "tell me
 * whether…"). Undefined for any other query, which is ranked as any other.
 */
export function askedTopic(
  query: ParsedQuery,
  missing: readonly string[],
  weight: (word: string) => number,
): Topic | undefined {
  const positions = [...new Set(query.words.map((word) => word.position))];
  const typed = positions.map((position) => {
    const searched = query.words.filter((word) => word.position === position);
    const forms = [
      query.tokens[position]!,
      ...searched.filter((word) => !word.standIn).map((word) => word.word),
    ];
    // A version number is a version ("is 2.x still patched").
    const read = forms.map((word) => (versionNumber.test(word) ? 'version' : word));
    return {
      forms: read,
      stems: read.map((word) => stemmer(word)),
      filler:
        searched.every((word) => missing.includes(word.word)) ||
        weight(query.tokens[position]!) <= projectNameWeight,
    };
  });
  const has = (set: ReadonlySet<string>, word: (typeof typed)[number]) =>
    word.stems.some((stem) => set.has(stem));
  const asked = topics.filter(
    (topic) =>
      typed.some((word) => word.forms.some((form) => topic.cues.has(form))) &&
      topic.needs.every((group) => typed.some((word) => has(group, word))) &&
      typed.every((word) => word.filler || has(topic.also, word)),
  );
  // A cue typed outweighs one only read in its place ("reward", which the glossary reads as
  // reporting a vulnerability, asks about the bounty).
  return asked.find((topic) => typed.some((word) => topic.cues.has(word.forms[0]!))) ?? asked[0];
}

/** The subsection's heading (a page's introduction: the page's title). */
const headingOf = (page: PageText, span: Span) => (span.id ? span.title : page.title);

/**
 * How much of a heading names the topic, 0 when none of it does: all of "Supported Versions", a
 * quarter of "Minimum Supported Rust Version" below it, which is about one detail of the topic.
 */
export function naming(heading: RegExp, text: string): number {
  const matched = text.match(new RegExp(heading.source, 'gi')) ?? [];
  return matched.join('').length / Math.max(1, text.replace(/\s+/g, '').length);
}

/**
 * The ranking led by the subsection whose heading names the topic (`heading`) most, the best
 * ranked of those that name it as much, with that subsection first in its page; as it was when
 * one already leads. When the ranking has none (the question's words are all elsewhere, or
 * nowhere: "CVE notification feed"), that of `pages` (the policy's pages, when they are few
 * enough to have been fetched) leads.
 */
export function leadingWithTopic(
  ranking: Ranking,
  heading: RegExp,
  pages: readonly PageText[] = [],
): Ranking {
  let best: { page: number; span: number; named: number; score: number } | undefined;
  ranking.pages.forEach((page, p) =>
    page.spans.forEach((span, s) => {
      const named = naming(heading, headingOf(page.page, span.span));
      if (named > 0 && (!best || named > best.named || (named === best.named && span.score > best.score)))
        best = { page: p, span: s, named, score: span.score };
    }),
  );
  if (best) return ledByRanked(ranking, best.page, best.span);
  const named = pages.flatMap((page) =>
    spansOf(page).map((span) => ({ page, span, named: naming(heading, headingOf(page, span)) })),
  );
  const lead = named.reduce<(typeof named)[number] | undefined>(
    (most, next) => (next.named > (most?.named ?? 0) ? next : most),
    undefined,
  );
  return lead ? ledByUnranked(ranking, lead.page, lead.span) : ranking;
}
