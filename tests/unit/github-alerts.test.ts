import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { alertTypes } from '../../src/markdown/rehype-github-alerts';
import { importText, renderSecurityMd } from '../helpers/import';
import { renderMdx } from '../helpers/render';

/** What a reader gets from a rendered quote: the alert's type and title, or none, and the text after it. */
async function alertOf(markdown: string) {
  const $ = load(await renderMdx(markdown));
  const alert = $('div.markdown-alert');
  if (alert.length === 0) return { alert: null, text: $.root().text().replace(/\s+/g, ' ').trim() };
  const title = alert.children('p.markdown-alert-title').first();
  return {
    alert: alert.attr('class'),
    title: title.text(),
    icon: title.children('svg').attr('aria-hidden'),
    text: title
      .nextAll()
      .map((_, block) => $(block).text())
      .get()
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

const note = (type: string, title: string, text: string) => ({
  alert: `markdown-alert markdown-alert-${type}`,
  title,
  icon: 'true',
  text,
});

describe('GitHub alerts render as GitHub renders them', () => {
  it.each<[string, string, object]>([
    ['a note', '> [!NOTE]\n> Email us.', note('note', 'Note', 'Email us.')],
    ['a tip', '> [!TIP]\n> Encrypt it.', note('tip', 'Tip', 'Encrypt it.')],
    ['important', '> [!IMPORTANT]\n> No issues.', note('important', 'Important', 'No issues.')],
    ['a warning', '> [!WARNING]\n> Old releases.', note('warning', 'Warning', 'Old releases.')],
    ['a caution', '> [!CAUTION]\n> Keys leak.', note('caution', 'Caution', 'Keys leak.')],
    ['in lower case', '> [!note]\n> Email us.', note('note', 'Note', 'Email us.')],
    [
      'with formatting and paragraphs',
      '> [!NOTE]\n> **Do** it.\n>\n> Then wait.',
      note('note', 'Note', 'Do it. Then wait.'),
    ],
    ['with the marker alone in its paragraph', '> [!TIP]\n>\n> Later.', note('tip', 'Tip', 'Later.')],
    ['after a hard break', '> [!WARNING]  \n> Kept.', note('warning', 'Warning', 'Kept.')],
    ['not with text after the marker', '> [!NOTE] Email us.', { alert: null, text: '[!NOTE] Email us.' }],
    ['not when empty', '> [!NOTE]', { alert: null, text: '[!NOTE]' }],
    ['not of an unknown type', '> [!DANGER]\n> x', { alert: null, text: '[!DANGER] x' }],
    ['not after other blocks', '> - a\n>\n> [!NOTE]\n> b', { alert: null, text: 'a [!NOTE] b' }],
    ['not inside a list', '- > [!NOTE]\n  > b', { alert: null, text: '[!NOTE] b' }],
    ['not when the marker is code', '> `[!NOTE]`\n> b', { alert: null, text: '[!NOTE] b' }],
  ])('%s', async (_, markdown, expected) => {
    expect(await alertOf(markdown)).toEqual(expected);
  });

  it('with no inline style or script, which the site’s CSP would block', async () => {
    const html = await renderMdx(alertTypes.map((type) => `> [!${type}]\n> Text.`).join('\n\n'));
    expect(load(html)('div.markdown-alert')).toHaveLength(alertTypes.length);
    expect(html).not.toMatch(/\sstyle=|<script|\son\w+=/i);
  });
});

describe('alerts stay alerts through import → content → SECURITY.md → import', () => {
  const source = [
    '# Security Policy',
    '',
    '## Reporting',
    '',
    '> [!IMPORTANT]',
    '> Do not open a public issue.',
    '',
    'Email us.',
    '',
    '> [!TIP]  ',
    '> Encrypt your report.',
    '',
  ].join('\n');
  const imported = importText(source);
  const section = [...imported.files].find(([path]) => path.startsWith('policy/'))!;

  it('the .mdx keeps the markers unescaped, and the site renders them as alerts', async () => {
    expect(section[1]).toContain('> [!IMPORTANT]\n> Do not open a public issue.');
    expect(section[1]).toContain('> [!TIP]\n> Encrypt your report.');
    expect(section[1]).not.toContain('\\[!');
    const body = section[1].replace(/^---\n[\s\S]*?\n---\n/, '');
    const $ = load(await renderMdx(body));
    expect(
      $('div.markdown-alert')
        .map((_, e) => $(e).attr('class'))
        .get(),
    ).toEqual(['markdown-alert markdown-alert-important', 'markdown-alert markdown-alert-tip']);
  });

  it('SECURITY.md written from the content writes them as GitHub reads them, and imports back unchanged', () => {
    const rendered = renderSecurityMd(imported.files, imported.title);
    expect(rendered).toContain('> [!IMPORTANT]\n> Do not open a public issue.');
    expect(rendered).toContain('> [!TIP]\n> Encrypt your report.');
    expect(rendered).not.toContain('\\[!');
    const again = importText(rendered, imported.files);
    expect(again.files.get(section[0])).toBe(section[1]);
  });
});
