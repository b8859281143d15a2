import { describe, expect, it } from 'vitest';
import { editUrl } from '../../src/lib/edit-url';
import { htmlToText } from '../../src/lib/html-text';
import { pageTitle } from '../../src/lib/page-title';
import { headingId } from '../../src/lib/slug';
import { tableOfContents } from '../../src/lib/toc';

describe('headingId follows GitHub (the ids SECURITY.md links use)', () => {
  it.each([
    ['Security Policy', 'security-policy'],
    ['Using Keras Securely', 'using-keras-securely'],
    ['Untrusted environments or networks', 'untrusted-environments-or-networks'],
    ['Multi-Tenant environments', 'multi-tenant-environments'],
    ['Tenant Isolation', 'tenant-isolation'],
    ['Reporting a Vulnerability', 'reporting-a-vulnerability'],
    ['What’s new? (2024)', 'whats-new-2024'],
    ['C++ & CUDA', 'c--cuda'],
  ])('%j → %j', (text, id) => {
    expect(headingId(text)).toBe(id);
  });
});

describe('tableOfContents', () => {
  it.each([
    { name: 'no headings', headings: [], expected: [] },
    {
      name: 'flat ## headings',
      headings: [
        { depth: 2, slug: 'a', text: 'A' },
        { depth: 2, slug: 'b', text: 'B' },
      ],
      expected: [
        { id: 'a', text: 'A', children: [] },
        { id: 'b', text: 'B', children: [] },
      ],
    },
    {
      name: '### nests under the ## before it; #### is left out',
      headings: [
        { depth: 2, slug: 'a', text: 'A' },
        { depth: 3, slug: 'a1', text: 'A1' },
        { depth: 4, slug: 'a1x', text: 'A1x' },
        { depth: 2, slug: 'b', text: 'B' },
      ],
      expected: [
        { id: 'a', text: 'A', children: [{ id: 'a1', text: 'A1', children: [] }] },
        { id: 'b', text: 'B', children: [] },
      ],
    },
    {
      name: 'a ### before any ## stays at the top',
      headings: [{ depth: 3, slug: 'x', text: 'X' }],
      expected: [{ id: 'x', text: 'X', children: [] }],
    },
  ])('$name', ({ headings, expected }) => {
    expect(tableOfContents(headings)).toEqual(expected);
  });
});

describe('htmlToText', () => {
  it.each([
    ['Model Sharing', 'Model Sharing'],
    ['<a href="/x/">Data privacy</a>', 'Data privacy'],
    ['Tom &amp; Jerry&#39;s &#x2014; <code>x</code>', "Tom & Jerry's — x"],
    ['  spaced\n  out ', 'spaced out'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('editUrl', () => {
  const source = { url: 'https://github.com/ElasticProvisioner/keras', branch: 'master', path: '' };
  it.each([
    [
      source,
      'content/policy/data-privacy.mdx',
      'https://github.com/ElasticProvisioner/keras/edit/master/content/policy/data-privacy.mdx',
    ],
    [
      { ...source, path: 'site/' },
      './content/policy/x.mdx',
      'https://github.com/ElasticProvisioner/keras/edit/master/site/content/policy/x.mdx',
    ],
    [
      { ...source, url: `${source.url}/` },
      'content/a.mdx',
      'https://github.com/ElasticProvisioner/keras/edit/master/content/a.mdx',
    ],
  ])('%o + %j', (location, file, expected) => {
    expect(editUrl(location, file)).toBe(expected);
  });
});

describe('pageTitle', () => {
  it.each([
    [undefined, 'Keras Security Policy'],
    ['Data privacy', 'Data privacy · Keras Security Policy'],
  ])('%j', (title, expected) => {
    expect(pageTitle(title, 'Keras Security Policy')).toBe(expected);
  });
});
