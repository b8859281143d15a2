// An import that would remove most sections is more likely the wrong file (another project's
// policy, a page of text) than a rewrite: it says so and waits for `--replace`.

const policyPrefix = 'policy/';
const isSection = (path: string) => path.startsWith(policyPrefix) && path.endsWith('.mdx');

/**
 * Why the import waits for `--replace`, or undefined: it would remove more than half of the
 * sections the content has (by path inside the content folder).
 */
export function massRemovalMessage(
  existing: readonly string[],
  removed: readonly string[],
  from: string,
  contentName: string,
): string | undefined {
  const sections = existing.filter(isSection);
  const gone = removed.filter(isSection);
  if (gone.length === 0 || gone.length * 2 <= sections.length) return undefined;
  const names = gone.map((path) => path.slice(policyPrefix.length));
  const listed = names.length > 8 ? [...names.slice(0, 8), `… ${names.length - 8} more`] : names;
  return [
    `The import would remove ${gone.length} of the ${sections.length} sections of ${contentName}/${policyPrefix} (${listed.join(', ')}): is ${from} the right file?`,
    `If it replaces the policy on purpose, run the import again with --replace; \`--check\` shows what would change.`,
  ].join('\n');
}
