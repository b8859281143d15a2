import { describe, expect, it } from 'vitest';
import { headingText, readsAs, sectionHeadingHtml } from '../../src/lib/markdown/heading-markdown';
import { checkContent } from '../../src/lib/content-check';
import { mdxComponentNames } from '../../src/lib/constants';

describe('a section heading with formatting, as the page shows it', () => {
  it.each([
    ['emphasis', 'Loading *untrusted* models', 'Loading <em>untrusted</em> models'],
    ['code', 'The `safe_mode` flag', 'The <code>safe_mode</code> flag'],
    ['strong and struck text', '**New** ~~old~~', '<strong>New</strong> <del>old</del>'],
    ['a site link, under the base', '[Scope](/scope/#scope)', '<a href="/keras/scope/#scope">Scope</a>'],
    [
      'a link elsewhere, with a title',
      '[x](https://a.example "t")',
      '<a href="https://a.example" title="t">x</a>',
    ],
    ['escaped stars, as text', 'foo \\*bar\\*', 'foo *bar*'],
    [
      'raw HTML, as its text only',
      'a <b onclick="x()">b</b> & c',
      'a &lt;b onclick=&quot;x()&quot;&gt;b&lt;/b&gt; &amp; c',
    ],
    ['a number that is no list', '1. Scope', '1. Scope'],
    [
      'an <img> of the repository (a logo), shown as GitHub shows it',
      '<img src="https://raw.githubusercontent.com/o/r/HEAD/logo.png" alt="Logo" /> Reporting',
      '<img src="https://raw.githubusercontent.com/o/r/HEAD/logo.png" alt="Logo"> Reporting',
    ],
    [
      'a Markdown image of the site, under the base',
      '![Logo](/logo.svg) Reporting',
      '<img src="/keras/logo.svg" alt="Logo"> Reporting',
    ],
    [
      'an <img> without alt: decorative',
      "<img src='https://a.example/x.png'> Scope",
      '<img src="https://a.example/x.png" alt=""> Scope',
    ],
    [
      'an <img> keeps its src and alt only, entities read as a browser reads them',
      '<img src="https://a.example/x.png?a=1&amp;b=2" onerror="alert(1)" alt="&quot;Q&quot;"> R',
      '<img src="https://a.example/x.png?a=1&amp;b=2" alt="&quot;Q&quot;"> R',
    ],
    ['an image of no https address: its alt text', '<img src="javascript:alert(1)" alt="L"> R', 'L R'],
  ])('%s', (_, heading, html) => {
    expect(sectionHeadingHtml({ title: headingText(heading), heading }, '/keras/')).toBe(html);
  });

  it('a title alone is its text, escaped', () => {
    expect(sectionHeadingHtml({ title: 'A <b> & c' }, '/')).toBe('A &lt;b&gt; &amp; c');
  });

  it.each([
    ['Loading *untrusted* models', 'Loading untrusted models', true],
    ['Foo *bar\nbaz*', 'Foo bar\nbaz', true],
    ['Loading *untrusted* models', 'Loading models', false],
    ['<img src="https://a.example/l.png" alt="Logo" /> Reporting', 'Reporting', true],
  ])('%j reads as %j: %s', (heading, title, same) => {
    expect(readsAs(heading, title)).toBe(same);
  });

  it('the content check says when heading and title do not read the same, at the heading', () => {
    const source =
      '---\ntitle: Loading models\nheading: Loading *untrusted* models\ndescription: D.\norder: 1\n---\n\nText.\n';
    const { issues } = checkContent([{ file: 'content/policy/loading-models.mdx', source }], {
      components: mdxComponentNames,
    });
    expect(issues).toEqual([
      expect.objectContaining({
        line: 3,
        message: expect.stringMatching(/reads "Loading untrusted models", and title "Loading models"/),
      }),
    ]);
  });
});
