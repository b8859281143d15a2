import { describe, expect, it } from 'vitest';
import { policySectionSchema } from '../../src/schemas/policy';

const section = { title: 'Data privacy', description: 'How Keras handles data.', order: 1 };
const issues = (data: object) =>
  policySectionSchema.safeParse({ ...section, ...data }).error?.issues.map((issue) => issue.message) ?? [];

describe('a heading’s length (title, part)', () => {
  it.each(['title', 'part'])('%s: 120 characters pass', (field) => {
    expect(issues({ [field]: 'x'.repeat(120) })).toEqual([]);
  });

  it.each([
    ['title', 'title is 121 characters long: keep the heading to 120 or fewer (it names the page'],
    ['part', 'part is 121 characters long: keep the heading to 120 or fewer'],
  ])('%s: 121 characters are refused, saying how long it may be', (field, message) => {
    const found = issues({ [field]: 'x'.repeat(121) });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(message);
  });
});
