// The questions every security policy answers under a heading that names them ("Supported
// Versions", "Receiving Security Updates", "Bug Bounty") land there, wherever else their words stand.
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/lib/search/rank';
import { mayAskTopic } from '../../src/lib/search/topic-cues';
import { askedTopic, leadingWithTopic } from '../../src/lib/search/topics';
import { parseQuery } from '../../src/lib/search/words';
import { hitsFor, pageOf } from '../helpers/search-pages';

// The project's name weighs as filler (src/lib/search/word-weight.ts), as do the commonest words.
const weight = (word: string) => (['keras', 'get', 'gets', 'new', 'will'].includes(word) ? 0.2 : 1);
const topicOf = (text: string, missing: string[] = []) => askedTopic(parseQuery(text), missing, weight)?.name;

describe('mayAskTopic', () => {
  // Only a query with a cue fetches the topics' script: the dialog's own stays small.
  it.each([
    ['which releases get fixes', true],
    ['is 2.x patched', true],
    ['how do I report a vulnerability', true],
    ['suggest changes to this policy', true],
    ['rate limits', false],
    ['how do I check a model file I downloaded', false],
    // Cues as written: another form asks something else.
    ['sending it over', false],
  ])('%j: %j', (text, expected) => {
    expect(mayAskTopic(parseQuery(text))).toBe(expected);
  });
});

describe('askedTopic', () => {
  it.each([
    ['how do I report a vulnerability', 'reporting'],
    ['report a security issue', 'reporting'],
    ['where do I send a security bug', 'reporting'],
    ['who do I contact about a security problem', 'reporting'],
    ['How do I report a bug in Keras?', 'reporting'],
    ['which releases get security fixes?', 'versions'],
    ['is 2.x still supported', 'versions'],
    ['LTS', 'versions'],
    ['EOL keras versions', 'versions'],
    ['subscribe to security announcements', 'announcements'],
    ['how do I get notified of new releases', 'announcements'],
    ['CVE notification feed', 'announcements'],
    ['how can I get alerted about security releases', 'announcements'],
    ['does the old major version get security patches', 'versions'],
    ['is there a bug bounty', 'bounty'],
    ['hackerone', 'bounty'],
    ['safe harbor', 'safe harbor'],
    ['will you take legal action against researchers', 'safe harbor'],
    ['suggest changes to this policy', 'comments'],
    ['propose changes to these rules', 'comments'],
    // A word of one part of the question only: no question yet.
    ['releases', undefined],
    ['security fixes', undefined],
    ['feedback', undefined],
    // Reporting words without the reporting: a question about the vulnerabilities themselves.
    ['security vulnerability', undefined],
    ['keras', undefined],
    // Another word says what the question is about: the ranking answers it.
    ['report a vulnerability in an npm module', undefined],
    ['what to include when I report a bug', undefined],
    ['which releases of the tokenizer get security fixes', undefined],
    ['subscribe to the model registry', undefined],
    ['bounty for sandbox escapes', undefined],
  ])('%j: %j', (text, expected) => {
    expect(topicOf(text)).toBe(expected);
  });

  it('a word the policy lacks, with nothing found in its place, is filler', () => {
    expect(topicOf('tell me whether 2.x still gets patches')).toBeUndefined();
    expect(topicOf('tell me whether 2.x still gets patches', ['tell', 'whether'])).toBe('versions');
  });

  it('reads the words searched, not the stand-ins for them', () => {
    const query = parseQuery('report flaw');
    const read = { ...query, words: [...query.words, { word: 'sandbox', position: 1, standIn: true }] };
    expect(askedTopic(read, [], weight)?.name).toBe('reporting');
  });

  it('a cue typed outweighs one only read in its place', () => {
    // "reward" the policy never speaks of, read as reporting a vulnerability.
    const read = { ...parseQuery('report a vulnerability'), tokens: ['reward', 'a', 'vulnerability'] };
    read.words = [{ word: 'report', position: 0 }, read.words[1]!];
    expect(askedTopic(read, [], weight)?.name).toBe('bounty');
  });

  it('reads the word typed where stand-ins were searched in its place', () => {
    const query = parseQuery('EOL releases');
    const read = {
      ...query,
      words: [{ word: 'unsupported', position: 0, standIn: true }, ...query.words.slice(1)],
    };
    expect(askedTopic(read, [], weight)?.name).toBe('versions');
  });
});

describe('leadingWithTopic', () => {
  const pages = [
    pageOf('reporting', 'Report security issues by e-mail: we publish the fix in a new release.'),
    pageOf('versions', 'Only the latest minor release is supported. | ## Minimum Rust Version: 1.70.'),
    pageOf('announcements', 'Join the announce list to hear of advisories.'),
  ];
  const landing = (ranking: ReturnType<typeof rank>) => {
    const [first] = ranking.pages;
    return first && `${first.page.url}#${first.spans[0]!.span.id}`;
  };
  const ranked = (text: string) => {
    const query = parseQuery(text);
    return rank(query, hitsFor(query, pages), pages, pages.length);
  };
  const versions = askedTopic(parseQuery('which releases get fixes'), [], weight)!.heading!;
  const announcements = askedTopic(parseQuery('subscribe to releases'), [], weight)!.heading!;

  it('the words alone would land elsewhere', () => {
    expect(landing(ranked('release fix'))).toBe('/reporting/#');
  });

  it.each([
    ['the section whose heading names the topic', 'release fix', '/versions/#'],
    ['…as the page title names it, not by a subsection that does not', 'release version', '/versions/#'],
  ])('%s', (_, text, expected) => {
    expect(landing(leadingWithTopic(ranked(text), versions))).toBe(expected);
  });

  it('brings in the section the ranking lacks, from the pages fetched', () => {
    const ranking = ranked('publish');
    expect(landing(leadingWithTopic(ranking, announcements))).toBe('/reporting/#');
    const led = leadingWithTopic(ranking, announcements, pages);
    expect(landing(led)).toBe('/announcements/#');
    expect(led.pages[0]!.spans[0]!.excerpt.map((part) => part.text).join('')).toContain('announce list');
    expect(led.pages.map((page) => page.page.id)).toEqual(['announcements', 'reporting']);
  });

  it('as it was when no section names the topic', () => {
    const bounty = askedTopic(parseQuery('bug bounty'), [], weight)!.heading!;
    const ranking = ranked('release fix');
    expect(leadingWithTopic(ranking, bounty, pages)).toBe(ranking);
  });
});
