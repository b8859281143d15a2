import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderMdx } from '../helpers/render';

const text = async (mdx: string) =>
  load(await renderMdx(mdx))
    .root()
    .text()
    .trim();

describe('emoji shortcodes show as GitHub shows them, from GitHub’s own list (gemoji)', () => {
  it.each([
    ['a supported release', '| 1.x | :white_check_mark: |\n| --- | --- |', '1.x✅'],
    ['an unsupported one', ':x: no fixes', '❌ no fixes'],
    ['+1', 'Thanks :+1:', 'Thanks 👍'],
    ['in emphasis and links', '_:warning: old_ [:lock: key](https://example.org/)', '⚠️ old 🔒 key'],
    ['several in a row', ':one::two:', '1️⃣2️⃣'],
    ['not a name on the list', ':not_an_emoji: and time 12:30:45', ':not_an_emoji: and time 12:30:45'],
    ['not in inline code', 'Run `:x:`', 'Run :x:'],
    ['not in a code block', '```\n:x:\n```', ':x:'],
  ])('%s', async (_, mdx, expected) => {
    expect((await text(mdx)).replace(/\s+/g, '')).toBe(expected.replace(/\s+/g, ''));
  });
});
