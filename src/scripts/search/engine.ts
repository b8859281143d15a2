// Search on Pagefind's JS API: Pagefind finds the pages that hold each word the reader typed;
// src/lib/search ranks them, down to the subsection, and makes up for words the policy lacks.
import {
  decodeTermWords,
  glossaryWordsMetaKey,
  termWordsMetaKey,
  type PageText,
} from '../../lib/search/page-text';
import { candidatePages, rank, type PageHits, type Ranking, type WordHits } from '../../lib/search/rank';
import { mayAskTopic } from '../../lib/search/topic-cues';
import { isAt, leadingWithReporting, reportingFile } from '../../lib/search/reporting';
import type { Correction } from '../../lib/search/stand-ins';
import { prefetchedPages } from '../../lib/search/warm-up';
import { parseWordWeights, wordWeightsFile } from '../../lib/search/word-weight';
import { parseQuery, type ParsedQuery, type QueryWord } from '../../lib/search/words';
import { bundleOf } from './bundle';
import type { EngineParts } from './missing-words';
import { unpackPagefindNatively } from './native-gunzip';

/** The parts of Pagefind's JS API used here. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  /** `null` lists every page. */
  search(term: string | null): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindResult {
  id: string;
  /** Pagefind's score of the page for the word. */
  score: number;
  /** The locations of the matched word in the page's text. */
  words: number[];
  data(): Promise<PagefindData>;
}

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { element: string; id: string; text: string; location: number }[];
}

export interface SearchOutcome {
  query: ParsedQuery;
  ranking: Ranking;
  /** Typed words the policy lacks, and the policy's word searched instead. */
  corrected: Correction[];
  /** When no typed word is in the policy: the policy's words closest to them. */
  suggestions: string[];
  /**
   * Security jargon typed (as typed) that the policy never speaks of, nor of anything the
   * glossary gives for it: the ranking is then where the policy says how to report a vulnerability.
   */
  uncovered: string[];
}

/** Pages whose text is fetched to rank a query: the best guesses from the hits alone. */
const pagesToRank = 10;

export interface SearchEngine {
  search(query: string): Promise<SearchOutcome>;
}

/**
 * Loads Pagefind's engine for the site at `base` and starts fetching its index, so that the
 * first search finds it ready. Pagefind runs in the page rather than in its worker: searches
 * here take a millisecond or two, and the worker would be 11 KiB more to fetch. (Pagefind 1.6
 * reads `noWorker` when it starts, then hands its options on to the engine in the page, which
 * warns "Unknown Pagefind option noWorker": the warning is harmless.) With `entryTag`
 * (the warm-up's), Pagefind asks for the entry file the warm-up already asked for.
 */
export async function loadEngine(base: string, entryTag: Promise<string | undefined>): Promise<SearchEngine> {
  const bundle = bundleOf(base);
  unpackPagefindNatively(bundle);
  const [pagefind, tag] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
    entryTag,
  ]);
  await pagefind.options({ baseUrl: base, noWorker: true, ...(tag && { metaCacheTag: tag }) });
  await pagefind.init();
  const pageTexts = new Map<string, Promise<PageText>>();
  const pageText = (result: PagefindResult) => {
    let text = pageTexts.get(result.id);
    if (!text) {
      text = result.data().then((data) => ({
        id: result.id,
        url: data.url,
        title: data.meta.title ?? data.url,
        words: data.content.split(/\s+/),
        anchors: data.anchors
          .filter((anchor) => /^h[1-6]$/i.test(anchor.element))
          .map(({ id, text: title, location }) => ({ id, title, location })),
        termWords: decodeTermWords(data.meta[termWordsMetaKey]),
        glossaryWords: decodeTermWords(data.meta[glossaryWordsMetaKey]),
      }));
      pageTexts.set(result.id, text);
    }
    return text;
  };

  // Every page, once the index has loaded (a policy this size has one index chunk): how many
  // there are, for the rarity of words, and for a policy of a few pages their text, fetched now
  // so that the first results wait for nothing.
  const everyPage = pagefind
    .preload('a')
    .then(() => pagefind.search(null))
    .then((all) => all?.results ?? []);
  const totalPages = everyPage.then(
    (all) => all.length,
    () => 1,
  );
  void everyPage.then(
    (all) => all.length <= prefetchedPages && all.forEach((result) => void pageText(result).catch(() => {})),
    () => {},
  );

  const wordHits = new Map<string, Promise<{ pages: Map<string, PageHits>; results: PagefindResult[] }>>();
  const searchWord = (word: string) => {
    let found = wordHits.get(word);
    if (!found) {
      found = pagefind.search(word).then((answer) => {
        const results = answer?.results ?? [];
        return {
          results,
          pages: new Map(results.map((r) => [r.id, { score: r.score, locations: r.words }])),
        };
      });
      wordHits.set(word, found);
    }
    return found;
  };

  // The bundle's own files beside the index, each fetched once however often it is asked for;
  // what the build did not write (or a failed fetch) reads as `fallback`, so search still works.
  const fetched = new Map<string, Promise<unknown>>();
  const bundleFile = <T>(file: string, read: (response: Response) => Promise<T>, fallback: T) => {
    let data = fetched.get(file) as Promise<T> | undefined;
    if (!data) {
      data = fetch(`${bundle}${file}`)
        .then((response) => (response.ok ? read(response) : fallback))
        .catch(() => fallback);
      fetched.set(file, data);
    }
    return data;
  };
  const asText = (response: Response) => response.text();
  // Asked for now, with the index: every ranking weighs the words by it.
  const englishWeight = bundleFile(wordWeightsFile, asText, '').then(parseWordWeights);

  // Every page, when the policy's pages are few enough to have been fetched with the index: on
  // a longer policy the reporting section has "report" in its title, so its ranking has it.
  const fewPages = async () => {
    const all = await everyPage.catch(() => []);
    return all.length > prefetchedPages ? [] : Promise.all(all.map(pageText));
  };

  // The site's base path ("/keras/"): the reporting section's path is a site path under it.
  const basePath = new URL(base, globalThis.location.href).pathname;
  // The ranking led by the section that says how to report a vulnerability (src/lib/search/reporting.ts).
  const reportingFirst = async (ranking: Ranking) => {
    const path = (await bundleFile(reportingFile, asText, '')).trim();
    const ranks = ranking.pages.some((page) => isAt(page.page, path, basePath));
    const page = ranks ? undefined : (await fewPages()).find((candidate) => isAt(candidate, path, basePath));
    return leadingWithReporting(ranking, path, page, basePath);
  };

  async function rankQuery(query: ParsedQuery): Promise<Ranking> {
    const found = await Promise.all(query.words.map(({ word }) => searchWord(word)));
    const hits: WordHits[] = query.words.map((word: QueryWord, i) => ({ word, pages: found[i]!.pages }));
    const total = await totalPages;
    const resultsById = new Map(found.flatMap(({ results }) => results.map((r) => [r.id, r])));
    const pages = await Promise.all(
      candidatePages(hits, total, pagesToRank).map((id) => pageText(resultsById.get(id)!)),
    );
    return rank(query, hits, pages, total, await englishWeight);
  }

  // What the script for missing words (./missing-words.ts) needs of the engine.
  const parts: EngineParts = { rankQuery, bundleFile, reportingFirst };

  return {
    async search(text) {
      const query = parseQuery(text);
      const ranking = await rankQuery(query);
      const asFound: SearchOutcome = { query, ranking, corrected: [], suggestions: [], uncovered: [] };
      // Words the policy lacks: what makes up for them is fetched only now (and, should it fail
      // to load, the words the policy has are shown as found).
      const missingWords =
        ranking.missing.length > 0 && (await import('./missing-words').catch(() => undefined));
      const outcome = missingWords ? await missingWords.searchMissing(parts, text, query, ranking) : asFound;
      if (outcome.uncovered.length > 0 || !mayAskTopic(outcome.query)) return outcome;
      // "How do I report a vulnerability?", "which versions get fixes?", however put (and read,
      // "reprot" as "report"): the section that answers, wherever else the same words stand.
      // The topics' script failing to load leaves the ranking as the words made it.
      const topics = await import('../../lib/search/topics').catch(() => undefined);
      const topic = topics?.askedTopic(outcome.query, outcome.ranking.missing, await englishWeight);
      if (!topics || !topic) return outcome;
      const led = topic.heading
        ? topics.leadingWithTopic(outcome.ranking, topic.heading, await fewPages())
        : await reportingFirst(outcome.ranking);
      return { ...outcome, ranking: led };
    },
  };
}
