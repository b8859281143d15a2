// `npm run bench:corpus`: the 1,000-section build (`npm run bench`'s corpus, bench/corpus.ts) of
// this tree and of a baseline commit (bench/baseline.ts: where this branch left `main`, or BASELINE_REF), side by side
// in one run, builds taking turns so that both see the same load on the machine. Prints each
// build's time, the medians and the change.
import { join } from 'node:path';
import { baselineTree } from './baseline.ts';
import { writeCorpus } from './corpus.ts';
import { buildLogged, median, publishEpochNow, root, scratch } from './harness.ts';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const baseline = baselineTree();
// AFTER_REF measures a commit instead of the working tree, which can then change meanwhile.
const afterTree = process.env.AFTER_REF ? baselineTree(process.env.AFTER_REF, 'after') : undefined;
const trees = [
  { name: `baseline ${baseline.commit.slice(0, 7)}`, dir: baseline.dir, ms: [] as number[] },
  {
    name: afterTree ? `after ${afterTree.commit.slice(0, 7)}` : 'this tree',
    dir: afterTree?.dir ?? root,
    ms: [] as number[],
  },
];
for (let run = 1; run <= runs; run++) {
  for (const tree of trees) {
    // A fresh corpus each time (the build records its lock in it), the same for every build.
    const corpusDir = writeCorpus(join(scratch, `corpus-${trees.indexOf(tree)}`), 1000);
    const { ms } = buildLogged(
      join(scratch, `corpus-site-${trees.indexOf(tree)}`),
      {
        CONTENT_DIR: corpusDir,
        UPDATE_ANCHORS_LOCK: '1',
        SOURCE_DATE_EPOCH: publishEpochNow,
      },
      tree.dir,
    );
    tree.ms.push(ms);
    console.log(`run ${run}  ${tree.name.padEnd(18)} ${(ms / 1000).toFixed(1)} s`);
  }
}
const [before, after] = trees.map((tree) => median(tree.ms)) as [number, number];
console.log(`
1,000-section build, median of ${runs}:
  ${trees[0]!.name.padEnd(18)} ${(before / 1000).toFixed(1)} s
  ${trees[1]!.name.padEnd(18)} ${(after / 1000).toFixed(1)} s
  ${((1 - after / before) * 100).toFixed(1)} % faster`);
