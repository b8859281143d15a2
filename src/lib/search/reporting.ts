// Where search lands a reader who asks how to report a vulnerability, or whose jargon the policy
// never speaks of: the section that says how to report one, the one the site's "Report a
// vulnerability" page names (`reportingSection`, src/lib/sections.ts), rather than wherever the
// words "report a vulnerability" rank first ("Pre-release Versions" on Express's policy,
// "Supported Versions" on Quarkus's, where a sentence holds both).
import { excerptOf } from './excerpt';
import { spansOf, type PageText } from './page-text';
import type { Ranking } from './rank';
import { projectNameWeight } from './word-weight';
import type { ParsedQuery } from './words';

/**
 * Words of the question "how do I report a vulnerability?", however it is put: what is reported,
 * how it is sent, and to whom. A query of these words alone (and filler) asks for the reporting
 * section, whatever else in the policy holds the same words.
 */
const reportingWords: ReadonlySet<string> = new Set(
  (
    'report reports reporting reported vulnerability vulnerabilities security bug bugs issue issues ' +
    'flaw flaws problem problems submit send contact email mail privately private responsibly found ' +
    'find discovered'
  ).split(' '),
);

/** The words that make a query that question: reporting itself, in one of its forms. */
const reportVerbs: ReadonlySet<string> = new Set(
  'report reports reporting reported submit send contact email'.split(' '),
);

/**
 * Whether the query asks how to report a vulnerability and nothing more: its words are all
 * `reportingWords` or filler (`weight` at most that of the project's name: "in SwiftNIO"), and
 * one of them is reporting itself ("report a security issue", "how do I report a bug in Keras?").
 */
export function asksHowToReport(query: ParsedQuery, weight: (word: string) => number): boolean {
  const words = query.words.filter((word) => !word.standIn).map((word) => word.word);
  return (
    words.some((word) => reportVerbs.has(word)) &&
    words.every((word) => reportingWords.has(word) || weight(word) <= projectNameWeight)
  );
}

/** Name of the file, in the Pagefind bundle folder, holding the reporting section's site path. */
export const reportingFile = 'reporting.txt';

/** Whether the page is served at the site path `path` ("/reporting-a-bug/"), whatever its base. */
export const isAt = (page: PageText, path: string) =>
  path !== '' && new URL(page.url, 'https://site.invalid/').pathname.endsWith(path);

/**
 * The ranking with the reporting section's page first (`path`: its site path), led by its own
 * top. `page` is that page, for when the ranking lacks it (its text has neither "report" nor
 * "vulnerability": "By e-mail" under a part called "Reporting"). As it was when there is none.
 */
export function leadingWithReporting(ranking: Ranking, path: string, page?: PageText): Ranking {
  const index = ranking.pages.findIndex((ranked) => isAt(ranked.page, path));
  if (index >= 0) {
    const found = ranking.pages[index]!;
    const spans = [...found.spans].sort((a, b) => Number(b.span.id === '') - Number(a.span.id === ''));
    return { ...ranking, pages: [{ ...found, spans }, ...ranking.pages.filter((_, i) => i !== index)] };
  }
  if (!page || !isAt(page, path)) return ranking;
  const [top] = spansOf(page);
  if (!top) return ranking;
  const lead = { span: top, score: 0, excerpt: excerptOf(page, top, new Set()), viaTerms: [] };
  return {
    ...ranking,
    pages: [{ page, spans: [lead], score: 0, hasAllWords: false, marks: [] }, ...ranking.pages],
  };
}
