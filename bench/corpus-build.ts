// `npm run bench:corpus`: the 1,000-section build (`npm run bench`'s corpus, bench/corpus.ts) of
// this tree and of a baseline commit (bench/baseline.ts: where this branch left `main`, or BASELINE_REF), side by side
// in one run, builds taking turns so that both see the same load on the machine. Prints each
// build's wall time and processor time (where GNU time can tell it: steadier than wall time
// when other work shares the machine), the medians and the change.
import { join } from 'node:path';
import { baselineTree } from './baseline.ts';
import { writeCorpus } from './corpus.ts';
import { buildLogged, median, publishEpochNow, root, scratch } from './harness.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const runs = Number(process.env.BENCH_RUNS ?? 3);
const baseline = baselineTree();
// AFTER_REF measures a commit instead of the working tree, which can then change meanwhile.
const afterTree = process.env.AFTER_REF ? baselineTree(process.env.AFTER_REF, 'after') : undefined;
const trees = [
  {
    name: `baseline ${baseline.commit.slice(0, 7)}`,
    dir: baseline.dir,
    ms: [] as number[],
    cpu: [] as number[],
  },
  {
    name: afterTree ? `after ${afterTree.commit.slice(0, 7)}` : 'this tree',
    dir: afterTree?.dir ?? root,
    ms: [] as number[],
    cpu: [] as number[],
  },
];
for (let run = 1; run <= runs; run++) {
  for (const tree of trees) {
    // A fresh corpus each time (the build records its lock in it), the same for every build.
    const corpusDir = writeCorpus(join(scratch, `corpus-${trees.indexOf(tree)}`), 1000);
    const { ms, cpuMs } = buildLogged(
      join(scratch, `corpus-site-${trees.indexOf(tree)}`),
      {
        CONTENT_DIR: corpusDir,
        UPDATE_ANCHORS_LOCK: '1',
        SOURCE_DATE_EPOCH: publishEpochNow,
      },
      tree.dir,
    );
    tree.ms.push(ms);
    if (cpuMs !== undefined) tree.cpu.push(cpuMs);
    const cpu = cpuMs === undefined ? '' : `, processor ${seconds(cpuMs)}`;
    console.log(`run ${run}  ${tree.name.padEnd(18)} ${seconds(ms)}${cpu}`);
  }
}
const change = (key: 'ms' | 'cpu', label: string) => {
  if (trees.some((tree) => tree[key].length === 0)) return '';
  const [before, after] = trees.map((tree) => median(tree[key])) as [number, number];
  return `
  ${label}
    ${trees[0]!.name.padEnd(18)} ${seconds(before)}
    ${trees[1]!.name.padEnd(18)} ${seconds(after)}
    ${((1 - after / before) * 100).toFixed(1)} % faster`;
};
console.log(`
1,000-section build, median of ${runs}:${change('ms', 'wall time')}${change('cpu', 'processor time')}`);
