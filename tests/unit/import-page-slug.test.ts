import { describe, expect, it } from 'vitest';
import { pageSlug } from '../../src/lib/import/existing';

describe('pageSlug: a section’s page address from its heading id', () => {
  it.each([
    { id: 'data-privacy', taken: [], slug: 'data-privacy' },
    { id: 'the-safe_mode-flag', taken: [], slug: 'the-safe-mode-flag' },
    { id: '__init__-files', taken: [], slug: 'init-files' },
    { id: '-reporting--a-bug-', taken: [], slug: 'reporting-a-bug' },
    { id: 'changes', taken: [], slug: 'changes-section' },
    { id: 'notes', taken: ['notes'], slug: 'notes-2' },
    { id: 'notes', taken: ['notes', 'notes-2'], slug: 'notes-3' },
    { id: '', taken: [], slug: 'section' },
    { id: '___', taken: [], slug: 'section' },
  ])('$id → $slug', ({ id, taken, slug }) => {
    expect(pageSlug(id, new Set(taken))).toBe(slug);
  });
});
