import { describe, expect, it } from 'vitest';
import { tokenizeHtml } from '../../src/lib/import/html';

describe('HTML comments end where a browser ends them', () => {
  it.each([
    [
      '<!-- note --> shown',
      [
        { kind: 'comment', value: ' note ' },
        { kind: 'text', value: ' shown' },
      ],
    ],
    [
      '<!-- note --!> shown -->',
      [
        { kind: 'comment', value: ' note ' },
        { kind: 'text', value: ' shown -->' },
      ],
    ],
    [
      '<!--> shown -->',
      [
        { kind: 'comment', value: '' },
        { kind: 'text', value: ' shown -->' },
      ],
    ],
    [
      '<!---> shown -->',
      [
        { kind: 'comment', value: '' },
        { kind: 'text', value: ' shown -->' },
      ],
    ],
    ['<!-- unclosed', [{ kind: 'comment', value: ' unclosed' }]],
  ])('%j', (html, expected) => {
    expect(tokenizeHtml(html)).toEqual(expected);
  });
});
