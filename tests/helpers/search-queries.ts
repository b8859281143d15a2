/**
 * Queries a reader types, each with where the reader must land after ↓ and Enter: a page, and
 * the heading when the answer is a subsection. Shared by the browser tests and the benchmark.
 */
export const searchQueries: { query: string; page: string; heading?: string }[] = [
  // The twelve the search issue names.
  { query: 'prompt injection', page: '/untrusted-inputs/' },
  { query: 'report a vulnerability', page: '/reporting/' },
  { query: 'hash pre-trained weights', page: '/untrusted-environments/' },
  { query: 'denial of service', page: '/multi-tenant/', heading: 'resource-allocation' },
  { query: 'side channel GPU', page: '/multi-tenant/', heading: 'hardware-attacks' },
  { query: 'encrypt data network', page: '/untrusted-environments/' },
  { query: 'sensitive data leak training', page: '/data-privacy/' },
  { query: 'malicious checkpoints', page: '/multi-tenant/', heading: 'model-sharing' },
  { query: 'rate limits', page: '/multi-tenant/', heading: 'resource-allocation' },
  { query: '90 days', page: '/reporting/' },
  { query: 'input sanitation', page: '/untrusted-inputs/' },
  { query: 'tenant isolation network traffic', page: '/multi-tenant/', heading: 'tenant-isolation' },
  // Words the policy does not use, found through each section's search terms.
  { query: 'XSS', page: '/untrusted-inputs/' },
  { query: 'checksum', page: '/untrusted-environments/' },
  { query: 'DoS', page: '/multi-tenant/', heading: 'resource-allocation' },
  { query: 'pickle deserialization', page: '/multi-tenant/', heading: 'model-sharing' },
  { query: 'responsible disclosure', page: '/reporting/' },
  { query: 'PII', page: '/data-privacy/' },
  { query: 'man-in-the-middle', page: '/untrusted-environments/' },
  { query: 'Rowhammer', page: '/multi-tenant/', heading: 'hardware-attacks' },
  { query: 'CVE', page: '/reporting/' },
  { query: 'sandbox the model', page: '/data-privacy/' },
  // Questions in plain English.
  { query: 'who do I contact about a security bug', page: '/reporting/' },
  {
    query: 'is it safe to run models uploaded by other users',
    page: '/multi-tenant/',
    heading: 'model-sharing',
  },
  { query: 'how can I tell if my model leaks its training data', page: '/data-privacy/' },
  {
    query: 'what keeps one tenant from slowing down the others',
    page: '/multi-tenant/',
    heading: 'resource-allocation',
  },
  { query: 'how do I check a model file I downloaded', page: '/untrusted-environments/' },
  { query: 'what do I need to include when I report a bug', page: '/reporting/' },
  // A literal phrase of the policy.
  { query: 'detect malicious models', page: '/multi-tenant/', heading: 'model-sharing' },
];
