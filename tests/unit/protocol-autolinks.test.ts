import { describe, expect, it } from 'vitest';
import { renderMdx } from '../helpers/render';

// GFM spec examples 633–635 (extended autolinks) and what must stay as it is.
describe('mailto: and xmpp: autolinks link the whole, as GitHub does', () => {
  it.each([
    ['mailto:', 'mailto:foo@bar.baz', '<p><a href="mailto:foo@bar.baz">mailto:foo@bar.baz</a></p>'],
    [
      'mailto: before a full stop',
      'mailto:a.b-c_d@a.b.',
      '<p><a href="mailto:a.b-c_d@a.b">mailto:a.b-c_d@a.b</a>.</p>',
    ],
    [
      'mailto: in a sentence',
      'Write to mailto:x@y.z today',
      '<p>Write to <a href="mailto:x@y.z">mailto:x@y.z</a> today</p>',
    ],
    ['not an address GFM refuses', 'mailto:a.b-c_d@a.b-', '<p>mailto:a.b-c_d@a.b-</p>'],
    [
      'xmpp: with a resource',
      'xmpp:foo@bar.baz/txt',
      '<p><a href="xmpp:foo@bar.baz/txt">xmpp:foo@bar.baz/txt</a></p>',
    ],
    [
      'xmpp: with @ in the resource',
      'xmpp:foo@bar.baz/txt@bin',
      '<p><a href="xmpp:foo@bar.baz/txt@bin">xmpp:foo@bar.baz/txt@bin</a></p>',
    ],
    [
      'xmpp: with an address as the resource',
      'xmpp:foo@bar.baz/txt@bin.com',
      '<p><a href="xmpp:foo@bar.baz/txt@bin.com">xmpp:foo@bar.baz/txt@bin.com</a></p>',
    ],
    [
      'xmpp: one resource only',
      'xmpp:foo@bar.baz/txt/bin',
      '<p><a href="xmpp:foo@bar.baz/txt">xmpp:foo@bar.baz/txt</a>/bin</p>',
    ],
    ['a bare address, unchanged', 'foo@bar.baz', '<p><a href="mailto:foo@bar.baz">foo@bar.baz</a></p>'],
    [
      'a written link, unchanged',
      'mailto:[a@b.c](mailto:a@b.c)',
      '<p>mailto:<a href="mailto:a@b.c">a@b.c</a></p>',
    ],
  ])('%s', async (_, mdx, html) => {
    expect(await renderMdx(mdx)).toBe(html);
  });
});
