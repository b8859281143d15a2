import type { ContentIssue } from './issue';
import type { CheckedSection } from './section';

export function checkOrderAndParts(ordered: readonly CheckedSection[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byOrder = new Map<number, CheckedSection>();
  for (const section of ordered) {
    const other = byOrder.get(section.data.order);
    if (other) {
      issues.push({
        file: section.file,
        line: section.line('order'),
        message: `order ${section.data.order} is also used by ${other.file}:${other.line('order')}: give each section its own order`,
      });
    } else byOrder.set(section.data.order, section);
  }
  const closedParts = new Set<string>();
  let current: string | undefined;
  for (const section of ordered) {
    const part = section.data.part;
    if (part !== current && current !== undefined) closedParts.add(current);
    if (part !== undefined && part !== current && closedParts.has(part)) {
      issues.push({
        file: section.file,
        line: section.line('part'),
        message: `part "${part}" is split by other sections: give the sections under one part consecutive orders`,
      });
    }
    current = part;
  }
  return issues;
}
