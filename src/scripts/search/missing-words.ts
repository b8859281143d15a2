// What search does when the policy lacks some of the words typed, loaded only then (it is not
// among what opening search and a query of the policy's own words fetch): jargon read as the plain
// words the glossary gives for it, an English word as the policy's words of the same meaning,
// typos as the policy's words, a version number as the versions the policy lists, an e-mail
// address as whom to write to; jargon the policy never speaks of, as how to report such a flaw.
import { typedAddresses } from '../../lib/search/email-addresses';
import {
  glossaryFile,
  jargonTyped,
  reportingQuery,
  type ClientGlossary,
} from '../../lib/search/glossary-expand';
import type { Ranking } from '../../lib/search/rank';
import { relatedWords, relationsFileOf, type RelationFile } from '../../lib/search/relations';
import { replacementsFor, withStandIns } from '../../lib/search/stand-ins';
import { closestWords } from '../../lib/search/suggest';
import { typedVersions, versionsFile } from '../../lib/search/versions';
import { vocabularyFile } from '../../lib/search/vocabulary';
import { parseQuery, type ParsedQuery } from '../../lib/search/words';
import type { SearchOutcome } from './engine';

/** What of the engine this needs: ranking a query, the bundle's files, and the reporting section first. */
export interface EngineParts {
  rankQuery(query: ParsedQuery): Promise<Ranking>;
  /** A file beside the index, as `read` reads it, `fallback` where the build wrote none. */
  bundleFile<T>(file: string, read: (response: Response) => Promise<T>, fallback: T): Promise<T>;
  /** The ranking led by the section that says how to report a vulnerability. */
  reportingFirst(ranking: Ranking): Promise<Ranking>;
}

/** The outcome of a query whose first ranking (`ranking`) found some of its words nowhere. */
export async function searchMissing(
  engine: EngineParts,
  text: string,
  query: ParsedQuery,
  ranking: Ranking,
): Promise<SearchOutcome> {
  const asText = (response: Response) => response.text();
  const asJson = (response: Response) => response.json();
  const lines = (file: string) =>
    engine.bundleFile(file, asText, '').then((body) => body.split('\n').filter(Boolean));
  const typed = typedVersions(text);
  const [words, terms, related, listed] = await Promise.all([
    lines(vocabularyFile),
    engine.bundleFile<ClientGlossary>(glossaryFile, asJson, []),
    Promise.all(
      ranking.missing.map((word) =>
        engine
          .bundleFile<RelationFile>(relationsFileOf(word), asJson, {})
          .then((file) => relatedWords(word, file)),
      ),
    ),
    ranking.missing.some((word) => typed.has(word)) ? lines(versionsFile) : [],
  ]);
  const suggestions =
    ranking.pages.length > 0
      ? []
      : [...new Set(ranking.missing.flatMap((word) => closestWords(word, words).map((c) => c.word)))];
  // The jargon's own words first; where they find nothing, those of what it is a kind of.
  let outcome: SearchOutcome = { query, ranking, corrected: [], suggestions, uncovered: [] };
  for (const broader of [false, true]) {
    const { replacements, corrected } = replacementsFor(
      query,
      ranking.missing,
      terms,
      related,
      words,
      broader,
      {
        versions: typed,
        listedVersions: listed,
        addresses: typedAddresses(text),
      },
    );
    if (corrected.length === 0 || (broader && corrected.every((c, i) => c.to === outcome.corrected[i]?.to)))
      break;
    const fixed = withStandIns(query, replacements);
    outcome = { query: fixed, ranking: await engine.rankQuery(fixed), corrected, suggestions, uncovered: [] };
    if (outcome.ranking.pages.length > 0) break;
  }
  if (outcome.ranking.pages.length > 0) return outcome;
  // Jargon the policy never speaks of: not "nothing matches", but how to report such a flaw.
  const uncovered = jargonTyped(query.tokens, ranking.missing, terms);
  if (uncovered.length === 0) return outcome;
  const reporting = parseQuery(reportingQuery);
  const found = await engine.reportingFirst(await engine.rankQuery(reporting));
  return found.pages.length > 0
    ? { query: reporting, ranking: found, corrected: [], suggestions: [], uncovered }
    : outcome;
}
