// `npm run bench:compare`: builds the Keras policy and the second policy
// (tests/fixtures/second-policy, as `npm test` builds it) in this tree and in a baseline commit
// (bench/baseline.ts: where this branch left `main`, or BASELINE_REF), and compares every file the two builds wrote
// byte for byte: the HTML, SECURITY.md, the Markdown twins, anchors.json, the Pagefind index and
// the rest. Prints what differs; exits 1 when anything does. For changes that must not change
// what the site publishes.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { baselineTree } from './baseline.ts';
import { buildLogged, publishEpochNow, root, scratch } from './harness.ts';

const sites: { name: string; env: Record<string, string> }[] = [
  { name: 'Keras policy', env: {} },
  { name: 'second policy', env: { SITE_BASE: '/', CONTENT_DIR: 'tests/fixtures/second-policy/content' } },
];

function filesOf(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== '.baseline-commit')
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path), readFileSync(path)];
      }),
  );
}

const kind = (file: string) =>
  file.startsWith('pagefind/')
    ? 'Pagefind index'
    : file === 'SECURITY.md'
      ? 'SECURITY.md'
      : file === 'anchors.json'
        ? 'anchors.json'
        : file.endsWith('.html')
          ? 'HTML'
          : file.endsWith('.md')
            ? 'Markdown twins'
            : 'other files';

const baseline = baselineTree();
let differences = 0;
for (const [n, site] of sites.entries()) {
  const env = { ...site.env, SOURCE_DATE_EPOCH: publishEpochNow };
  const before = join(scratch, `compare-${n}-baseline`);
  const after = join(scratch, `compare-${n}-this`);
  // The baseline's build is kept, marked with its commit, for the next comparison.
  const marker = join(before, '.baseline-commit');
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== baseline.commit) {
    buildLogged(before, env, baseline.dir);
    writeFileSync(marker, baseline.commit);
  }
  buildLogged(after, env, root);
  const a = filesOf(before);
  const b = filesOf(after);
  const counts = new Map<string, { same: number; differ: string[] }>();
  for (const file of new Set([...a.keys(), ...b.keys()])) {
    const entry = counts.get(kind(file)) ?? { same: 0, differ: [] };
    const x = a.get(file);
    const y = b.get(file);
    if (x && y && x.equals(y)) entry.same++;
    else entry.differ.push(`${file}${!x ? ' (only in this tree)' : !y ? ' (only in the baseline)' : ''}`);
    counts.set(kind(file), entry);
  }
  console.log(`${site.name}: this tree against ${baseline.commit.slice(0, 7)}`);
  for (const [what, { same, differ }] of [...counts].sort()) {
    console.log(`  ${what.padEnd(15)} ${same} identical, ${differ.length} differ`);
    for (const file of differ.slice(0, 10)) console.log(`    ${file}`);
    differences += differ.length;
  }
}
console.log(differences === 0 ? 'Byte-identical.' : `${differences} files differ.`);
process.exitCode = differences === 0 ? 0 : 1;
