import { anyPolicyTests } from './suites/any-policy';

// The browser tests for any policy, on tests/fixtures/second-policy (built into dist-second by
// `npm test`): a policy with tables, a PGP key, deep headings and a section in German.
anyPolicyTests('dist-second');
