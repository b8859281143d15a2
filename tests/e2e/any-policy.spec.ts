import { anyPolicyTests } from './suites/any-policy';

// What holds for any policy, on the site as configured (the Keras policy). The same tests run on
// a second, very different policy in second-policy.spec.ts.
anyPolicyTests(process.env.DIST_DIR ?? 'dist');
