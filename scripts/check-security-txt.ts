// Refuses to publish a security.txt that is expired, expires within 30 days, or more than a year
// from now: the Pages workflow runs it on dist/ before deploying.
// Usage: node scripts/check-security-txt.ts [path, default dist/.well-known/security.txt]
import { readFileSync } from 'node:fs';
import { expiryProblem, statedExpiry } from '../src/lib/security-txt.ts';

/** Days a published security.txt must stay valid, so a failed monthly rebuild is noticed in time. */
const minDays = 30;
const path = process.argv[2] ?? 'dist/.well-known/security.txt';
let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch {
  console.error(`${path}: no security.txt to check (run npm run build first)`);
  process.exit(2);
}
const problem = expiryProblem(statedExpiry(text), new Date(), minDays);
if (problem) {
  console.error(`${path}: ${problem}. Rebuild with a recent SOURCE_DATE_EPOCH before publishing.`);
  process.exit(1);
}
console.log(`${path}: Expires ${statedExpiry(text).toISOString()}, valid for ${minDays} days and more`);
