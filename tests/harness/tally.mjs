// What `npm test` counts: each suite's passed and failed, each stage's time, and the summary
// that ends every run, an interrupted one too, with one line: `N passed, N failed`.

/** A duration as the run prints it: `12.3 s`. */
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** The counts of one run, from `started` (a `performance.now()` time). */
export function createTally(started) {
  const totals = { passed: 0, failed: 0 };
  const lines = [];
  const times = [];
  return {
    totals,
    /** Adds a suite's counts, and its line in the summary. */
    count(suite, passed, failed) {
      totals.passed += passed;
      totals.failed += failed;
      lines.push(`${suite}: ${passed} passed, ${failed} failed`);
    },
    /** A line in the summary that counts nothing. */
    note(line) {
      lines.push(line);
    },
    /** A stage's time, for the table in the summary. */
    time(label, ms) {
      times.push(`${seconds(ms).padStart(8)}  ${label}`);
    },
    /** Prints each stage's time, each suite's counts, then the sum of them all. */
    print() {
      console.log(
        `\nTime per stage:\n${times.join('\n')}\n${seconds(performance.now() - started).padStart(8)}  in all`,
      );
      console.log(`\n${lines.join('\n')}`);
      console.log(`${totals.passed} passed, ${totals.failed} failed`);
    },
  };
}
