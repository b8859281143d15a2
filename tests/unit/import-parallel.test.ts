import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSecurityMd } from '../../src/lib/import';
import { importSecurityMdInParallel } from '../../src/lib/import/parallel';
import { largePolicy } from '../../bench/import-inputs';
import {
  fixtureNames,
  hostileNames,
  importInputOf,
  kerasContent,
  readContent,
  securityMdFixtures,
  upstreamKeras,
} from '../helpers/import';

const fixture = (name: string) => readFileSync(join(securityMdFixtures, name), 'utf8');

// The import with its written files parsed on other threads gives what the one-thread import gives.
const cases: [string, string, ReturnType<typeof readContent> | undefined][] = [
  ...fixtureNames.map((name): [string, string, undefined] => [name, fixture(name), undefined]),
  ...hostileNames.map((name): [string, string, undefined] => [
    `hostile/${name}`,
    fixture(`hostile/${name}`),
    undefined,
  ]),
  ['upstream Keras over its content', readFileSync(upstreamKeras, 'utf8'), readContent(kerasContent)],
  ['a generated 200 KB file', largePolicy(200 * 1024), undefined],
];

// Two threads (files handed out in turn, answers arriving out of turn) for every case; one for the largest.
describe.each([
  ...cases.map(([name, source, existing]) => [name, source, existing, 2] as const),
  [...cases.at(-1)!, 1] as const,
])('import of %s', (_, source, existing, threads) => {
  it(`on ${threads} parsing thread(s): the same result as on this one`, async () => {
    const input = importInputOf(source, existing);
    const parallel = await importSecurityMdInParallel(input, threads);
    expect(parallel).toEqual(importSecurityMd(input));
  });
});
