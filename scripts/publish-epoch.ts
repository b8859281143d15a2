// Prints the SOURCE_DATE_EPOCH to publish the checked-out commit with (see publishEpoch): the
// Pages workflow builds with it, on every push and on the monthly rebuild.
// Usage: SOURCE_DATE_EPOCH="$(node scripts/publish-epoch.ts)" npm run build
import { execFileSync } from 'node:child_process';
import { publishEpoch } from '../src/lib/security-txt.ts';

const commit = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim());
console.log(publishEpoch(commit, new Date()));
