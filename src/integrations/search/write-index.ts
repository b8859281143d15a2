// Writes the search bundle: Pagefind's index of the pages, and the words it holds.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { AstroError } from 'astro/errors';
import { load } from 'cheerio';
import { createIndex } from 'pagefind';
import glossary from '../../data/security-glossary.json' with { type: 'json' };
import { excludedFromIndex } from '../../lib/search/excluded';
import { glossaryMatcher, glossaryTermsOf } from '../../lib/search/glossary';
import { clientGlossary, glossaryFile } from '../../lib/search/glossary-expand';
import { withSearchTerms } from '../../lib/search/terms-in-page';
import { withTitle } from '../../lib/search/title-in-page';
import { relationsOf } from '../../lib/search/relations';
import { vocabularyFile, vocabularyOf } from '../../lib/search/vocabulary';
import { warmUpFile, warmUpOf, type PagefindEntry } from '../../lib/search/warm-up';
import { wordWeightsFile, wordWeightsOf } from '../../lib/search/word-weight';
import type { IndexPage, TermsByPage } from './pages';
import { wordnetSenses } from './wordnet-table';

const unusedUi = ['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui'].flatMap((name) => [
  `${name}.js`,
  `${name}.css`,
]);

/** The text Pagefind indexes of a page: its body without what it leaves out, word by word. */
function indexedText(html: string): string {
  const $ = load(html);
  const body = $('[data-pagefind-body]');
  body.find(excludedFromIndex.join(', ')).remove();
  return body
    .find('*')
    .addBack()
    .contents()
    .filter((_, node) => node.type === 'text')
    .map((_, node) => $(node).text())
    .get()
    .join(' ');
}

/** Writes the list of files the first search needs, for the page to ask for at once. */
function writeWarmUp(outputPath: string) {
  const entryText = readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as PagefindEntry;
  const entryTag = createHash('sha256').update(entryText).digest('hex').slice(0, 12);
  const files = readdirSync(outputPath, { recursive: true, encoding: 'utf8' }).map((file) =>
    file.split(sep).join('/'),
  );
  writeFileSync(join(outputPath, warmUpFile), `${JSON.stringify(warmUpOf(entry, entryTag, files))}\n`);
}

/**
 * Indexes the pages, with their extra search terms and the glossary's, into `outputPath` (the
 * Pagefind bundle), and writes beside it the vocabulary that suggestions come from, the glossary,
 * the English word relations for words the policy lacks and the English weights of its words,
 * and the list of files the first search needs. `cacheDir` keeps WordNet's sense table between
 * builds. Fails loudly on any error.
 */
export async function writeIndex(
  pages: IndexPage[],
  terms: TermsByPage,
  outputPath: string,
  cacheDir: string,
) {
  const { index, errors } = await createIndex({ excludeSelectors: excludedFromIndex });
  if (!index) throw new AstroError(`Pagefind could not start: ${errors.join('; ')}`);
  const texts: string[] = [];
  const matcher = glossaryMatcher(glossary.entries);
  for (const page of pages) {
    const own = terms.get(page.url) ?? new Map<string, string[]>();
    const content = withSearchTerms(withTitle(page.html), own, glossaryTermsOf(page.html, own, matcher));
    texts.push(indexedText(content));
    const added = await index.addHTMLFile({ url: page.url, content });
    if (added.errors.length > 0)
      throw new AstroError(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0)
    throw new AstroError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  // The site searches with its own dialog on Pagefind's JS API (src/scripts/search/): Pagefind's
  // own UIs would be 300 KB of files nobody loads.
  for (const file of unusedUi) rmSync(join(outputPath, file), { force: true });
  const vocabulary = vocabularyOf(texts);
  writeFileSync(join(outputPath, vocabularyFile), `${vocabulary.join('\n')}\n`);
  const english = wordnetSenses(cacheDir);
  writeFileSync(join(outputPath, wordWeightsFile), wordWeightsOf(vocabulary, english.counts));
  for (const [file, relations] of relationsOf(vocabulary, english)) {
    mkdirSync(dirname(join(outputPath, file)), { recursive: true });
    writeFileSync(join(outputPath, file), JSON.stringify(relations));
  }
  writeFileSync(join(outputPath, glossaryFile), JSON.stringify(clientGlossary(glossary.entries)));
  writeWarmUp(outputPath);
  return pages.length;
}
