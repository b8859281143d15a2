// A generated policy of many sections, to measure how the build scales: deterministic text
// (~600 words and 4–6 headings a section) in a scratch content folder the build reads through
// CONTENT_DIR.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random } from '../tests/helpers/random.ts';

// Security vocabulary among the short words that make up most English text, so a section has
// the bytes of real prose: ~600 words is ~3.7 KB.
const words = (
  'the a of to and in is it that for on be as with by or not can are this from an at your any if ' +
  'model input data tenant sandbox network isolation weights graph layer access policy report patch ' +
  'hash process memory device traffic service limit audit use run code user file keep safe each'
).split(' ');

function sentence(next: () => number, length: number): string {
  const picked = Array.from({ length }, () => words[Math.floor(next() * words.length)]!);
  return `${picked.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

/** Writes `count` sections, in parts of 20, into `dir/policy/`; returns `dir`. */
export function writeCorpus(dir: string, count = 1000): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'policy'), { recursive: true });
  const next = random(42);
  for (let n = 1; n <= count; n++) {
    const headings = 4 + (n % 3);
    const body: string[] = [];
    // 60 sentences of 10 words (600 words) shared out among the headings, in paragraphs of at
    // most four sentences.
    for (let h = 1; h <= headings; h++) {
      body.push(`## Topic ${n}.${h} ${words[(n + h) % words.length]}`, '');
      let sentences = Math.floor((60 * h) / headings) - Math.floor((60 * (h - 1)) / headings);
      while (sentences > 0) {
        const count = Math.min(4, sentences);
        body.push(Array.from({ length: count }, () => sentence(next, 10)).join(' '), '');
        sentences -= count;
      }
    }
    writeFileSync(
      join(dir, 'policy', `section-${String(n).padStart(4, '0')}.mdx`),
      [
        '---',
        `title: Section ${n}`,
        `description: Generated section ${n} of ${count}, for the build benchmark.`,
        `order: ${n}`,
        `part: Part ${Math.ceil(n / 20)}`,
        '---',
        '',
        ...body,
      ].join('\n'),
    );
  }
  return dir;
}
