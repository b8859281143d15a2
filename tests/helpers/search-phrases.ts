// Queries made from the built index, so the search tests follow the content: every phrase that
// stands in one subsection only, and queries that mix the policy's words with noise.
import {
  decodeTermWords,
  glossaryWordsMetaKey,
  spansOf,
  termWordsMetaKey,
  type PageText,
} from '../../src/lib/search/page-text.ts';
import { isStopWord, normalizeWord } from '../../src/lib/search/words.ts';
import { random } from './random.ts';

/** A page as the search tests read it from Pagefind (see tests/e2e/helpers/search.ts). */
export interface IndexedText {
  url: string;
  title: string;
  content: string;
  meta: Record<string, string>;
  anchors: { id: string; title: string; location: number }[];
}

const asPageText = (page: IndexedText): PageText => ({
  id: page.url,
  url: page.url,
  title: page.title,
  words: page.content.split(/\s+/),
  anchors: page.anchors,
  termWords: decodeTermWords(page.meta[termWordsMetaKey]),
  glossaryWords: decodeTermWords(page.meta[glossaryWordsMetaKey]),
});

/**
 * Every 2- and 3-word phrase of the policy's own text (not its search terms nor the glossary's) that stands
 * in exactly one subsection, or in a section's text before its first subsection, with where
 * search must land for it: the page's site path, and `#id` for a subsection. Phrases made only
 * of stop words are left out: they say nothing about where to look.
 */
export function uniquePhrases(pages: readonly IndexedText[]): { phrase: string; landing: string }[] {
  const places = new Map<string, Set<string>>();
  for (const page of pages.map(asPageText)) {
    for (const span of spansOf(page)) {
      const words = page.words.slice(span.start, span.textEnd).map(normalizeWord);
      for (const length of [2, 3]) {
        for (let at = 0; at + length <= words.length; at++) {
          const phrase = words.slice(at, at + length);
          if (phrase.some((word) => !word) || phrase.every(isStopWord)) continue;
          const key = phrase.join(' ');
          if (!places.has(key)) places.set(key, new Set());
          places.get(key)!.add(`${page.url}${span.id ? `#${span.id}` : ''}`);
        }
      }
    }
  }
  return [...places]
    .filter(([, where]) => where.size === 1)
    .map(([phrase, where]) => ({ phrase, landing: [...where][0]! }));
}

/** English words no security policy of this kind is likely to hold, checked against the vocabulary. */
const foreignWords = [
  'banana',
  'volcano',
  'giraffe',
  'trombone',
  'lasagna',
  'snorkel',
  'tulip',
  'accordion',
  'meadow',
  'pancake',
  'quartz',
  'walrus',
  'xylophone',
  'yodel',
  'zucchini',
  'harpsichord',
  'igloo',
  'jellyfish',
  'kumquat',
  'lighthouse',
];

/**
 * `count` queries that each hold at least one word of the policy (from its vocabulary), mixed
 * with stop words and words the policy lacks, in random order: what people type.
 */
export function mixedQueries(vocabulary: readonly string[], stopWords: readonly string[], count: number) {
  const next = random(9116);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const lacking = foreignWords.filter((word) => !vocabulary.includes(word));
  return Array.from({ length: count }, () => {
    const words = [
      ...Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(vocabulary)),
      ...Array.from({ length: Math.floor(next() * 4) }, () => pick(stopWords)),
      ...Array.from({ length: Math.floor(next() * 3) }, () => pick(lacking)),
    ];
    return words.sort(() => next() - 0.5).join(' ');
  });
}
