// Generated SECURITY.md files for timing the import at sizes no real policy reaches: a long
// file of components (every Markdown feature the fixtures use, text unique per section) and a
// file of many short sections. Deterministic, so timings compare across runs.

const names = ['parser', 'scheduler', 'storage engine', 'gateway', 'web console', 'replicator', 'CLI'];

function component(n: number): string {
  const name = `${names[n % names.length]} ${n}`;
  return `### The ${name}

The ${name} reads files from paths users supply, so a bug in it can expose data that other tenants own. We treat memory corruption and path traversal in the ${name} as vulnerabilities of severity high (case ${n}).

Reports about the ${name} should name the release, the [configuration](./docs/config-${n}.md) and the smallest input that shows the problem; see [reporting](#reporting) and <kbd>Ctrl</kbd> + <kbd>${n}</kbd>.

#### In scope

- Crashes of the ${name} caused by input from an unauthenticated client
- Disclosure of another tenant's data through the ${name} ([details][ref-${n}])

#### Out of scope

- Findings of automated scanners against the ${name} without a proof of concept

| Release line | Fixes until |
| --- | --- |
| ${n}.x | 2027-01-01 |

\`\`\`sh
keras-check --component ${n}
\`\`\`

[ref-${n}]: https://advisories.example.com/${n}
`;
}

/** A policy of about `bytes` bytes: a title, a reporting section, then components until it is that long. */
export function largePolicy(bytes: number): string {
  const parts = [
    '# Security Policy\n\nA generated policy.\n\n## Reporting\n\nMail security@example.org.\n\n## Components\n\n',
  ];
  let length = parts[0]!.length;
  for (let n = 1; length < bytes; n++) {
    const text = component(n);
    parts.push(text, '\n');
    length += text.length + 1;
  }
  return parts.join('');
}

/** A policy of `count` sections, each a heading and one sentence. */
export function manyHeadings(count: number): string {
  const sections = Array.from(
    { length: count },
    (_, i) => `## Topic ${i + 1}\n\nWhat we do about topic ${i + 1}, in one sentence.\n`,
  );
  return `# Security Policy\n\n${sections.join('\n')}`;
}
