// Writes the search bundle: Pagefind's index of the pages, and the words it holds.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { AstroError } from 'astro/errors';
import { createIndex } from 'pagefind';
import { project } from '../../config';
import glossary from '../../data/security-glossary.json' with { type: 'json' };
import { excludedFromIndex } from '../../lib/search/excluded';
import { glossaryMatcher } from '../../lib/search/glossary';
import { clientGlossary, glossaryFile } from '../../lib/search/glossary-expand';
import { indexedPage } from '../../lib/search/indexed-page';
import { relationsOf } from '../../lib/search/relations';
import { reportingFile } from '../../lib/search/reporting';
import { versionsFile, versionsIn } from '../../lib/search/versions';
import { vocabularyFile, vocabularyOf } from '../../lib/search/vocabulary';
import { warmUpFile, warmUpOf, type PagefindEntry } from '../../lib/search/warm-up';
import { projectWordsOf, wordWeightsFile, wordWeightsOf } from '../../lib/search/word-weight';
import { englishFrequency } from './english-frequency';
import type { IndexPage, TermsByPage } from './pages';
import { wordnetSenses } from './wordnet-table';

const unusedUi = ['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui'].flatMap((name) => [
  `${name}.js`,
  `${name}.css`,
]);

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
 * the site path of the section that says how to report a vulnerability (`reporting`), and the
 * list of files the first search needs. `cacheDir` keeps WordNet's sense table between builds.
 * Fails loudly on any error.
 */
export async function writeIndex(
  pages: IndexPage[],
  terms: TermsByPage,
  outputPath: string,
  cacheDir: string,
  reporting?: string,
) {
  const { index, errors } = await createIndex({ excludeSelectors: excludedFromIndex });
  if (!index) throw new AstroError(`Pagefind could not start: ${errors.join('; ')}`);
  const texts: string[] = [];
  const matcher = glossaryMatcher(glossary.entries);
  // Pagefind's service, a process of its own, takes the pages in the order sent, one at a time:
  // sent without waiting for each answer, it indexes one page while the next is made ready (the
  // pause after each lets the pipe to it take what was sent).
  const indexed: ReturnType<typeof index.addHTMLFile>[] = [];
  for (const page of pages) {
    const { content, text } = indexedPage(page.html, terms.get(page.url) ?? new Map(), matcher);
    texts.push(text);
    const added = index.addHTMLFile({ url: page.url, content });
    // Handled where all are awaited, below; not an unhandled rejection meanwhile.
    added.catch(() => {});
    indexed.push(added);
    await setImmediate();
  }
  // Worked out while Pagefind finishes the last pages; written after its bundle.
  const vocabulary = vocabularyOf(texts);
  const english = wordnetSenses(cacheDir);
  const relations = relationsOf(vocabulary, english);
  for (const [i, added] of (await Promise.all(indexed)).entries())
    if (added.errors.length > 0)
      throw new AstroError(`Pagefind could not index ${pages[i]!.url}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0)
    throw new AstroError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  // The site searches with its own dialog on Pagefind's JS API (src/scripts/search/): Pagefind's
  // own UIs would be 300 KB of files nobody loads.
  for (const file of unusedUi) rmSync(join(outputPath, file), { force: true });
  writeFileSync(join(outputPath, vocabularyFile), `${vocabulary.join('\n')}\n`);
  writeFileSync(
    join(outputPath, versionsFile),
    versionsIn(texts)
      .map((version) => `${version}\n`)
      .join(''),
  );
  const projectWords = projectWordsOf([project.name, project.repository.name, project.package.name]);
  writeFileSync(
    join(outputPath, wordWeightsFile),
    wordWeightsOf(vocabulary, englishFrequency(), projectWords),
  );
  for (const [file, related] of relations) {
    mkdirSync(dirname(join(outputPath, file)), { recursive: true });
    writeFileSync(join(outputPath, file), JSON.stringify(related));
  }
  writeFileSync(join(outputPath, reportingFile), reporting ? `${reporting}\n` : '');
  writeFileSync(join(outputPath, glossaryFile), JSON.stringify(clientGlossary(glossary.entries)));
  writeWarmUp(outputPath);
  return pages.length;
}
