import type { z } from 'astro/zod';
import { policySectionFields, policySectionSchema, type PolicySectionData } from '../../schemas/policy';
import type { ContentIssue } from './issue';
import type { ParsedFile } from './parse';

/** Levenshtein distance, small inputs only: enough to say "did you mean title?" for `titel`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

function unknownFieldMessage(key: string, fields: readonly string[]): string {
  const closest = fields
    .map((field) => ({ field, distance: editDistance(key.toLowerCase(), field) }))
    .sort((a, b) => a.distance - b.distance)[0];
  const hint = closest && closest.distance <= 2 ? `did you mean "${closest.field}"? ` : '';
  return `unknown frontmatter field "${key}": ${hint}the fields are ${fields.join(', ')}`;
}

/**
 * Validates frontmatter against a collection's one schema (a policy section's unless told),
 * reporting each problem at its field's line.
 */
export function checkFrontmatter<Data = PolicySectionData>(
  parsed: ParsedFile,
  schema: z.ZodType<Data> = policySectionSchema as unknown as z.ZodType<Data>,
  fields: readonly string[] = policySectionFields,
): { data?: Data; issues: ContentIssue[] } {
  if (parsed.data === undefined) return { issues: [] };
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data, issues: [] };

  const issues: ContentIssue[] = [];
  for (const problem of result.error.issues) {
    if (problem.code === 'unrecognized_keys') {
      for (const key of problem.keys) {
        issues.push({
          file: parsed.file,
          line: parsed.keyLines.get(key) ?? parsed.frontmatterLine,
          message: unknownFieldMessage(key, fields),
        });
      }
      continue;
    }
    const field = String(problem.path[0] ?? '');
    issues.push({
      file: parsed.file,
      line: parsed.keyLines.get(field) ?? parsed.frontmatterLine,
      message: problem.message,
    });
  }
  return { issues };
}
