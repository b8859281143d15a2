import { describe, expect, it } from 'vitest';
import { project } from '../../src/config';
import { configCheck } from '../../src/integrations/config-check';
import { projectConfigProblems } from '../../src/lib/config-check';

type Settings = Record<string, unknown>;
const with_ = (change: (settings: Settings) => void): Settings => {
  const settings = structuredClone(project) as unknown as Settings;
  change(settings);
  return settings;
};
const channels = (settings: Settings) => settings.reportingChannels as Settings[];

describe('projectConfigProblems: src/config.ts checked once, each problem naming its key', () => {
  it('finds none in the project’s own settings', () => {
    expect(projectConfigProblems(project)).toEqual([]);
  });

  it.each<[string, (settings: Settings) => void, string]>([
    [
      'no reporting channel',
      (s) => (s.reportingChannels = []),
      'src/config.ts: project.reportingChannels is empty: list at least one private channel',
    ],
    [
      'a 10,000-character project name',
      (s) => (s.name = 'K'.repeat(10_000)),
      'src/config.ts: project.name is 10000 characters long: keep it to 80 or fewer',
    ],
    [
      'an empty project name',
      (s) => (s.name = '  '),
      "src/config.ts: project.name is empty: write it, e.g. 'Keras'",
    ],
    [
      'a long channel label',
      (s) => (channels(s)[0]!.label = 'x'.repeat(81)),
      'src/config.ts: project.reportingChannels[0].label is 81 characters long',
    ],
    [
      'a channel without an address',
      (s) => delete channels(s)[0]!.url,
      'src/config.ts: project.reportingChannels[0].url must be an address',
    ],
    [
      'an http channel',
      (s) => (channels(s)[0]!.url = 'http://example.org/report'),
      'src/config.ts: project.reportingChannels[0].url must be an https:, mailto: or tel: address',
    ],
    [
      'a repository that is no https address',
      (s) => ((s.repository as Settings).url = 'github.com/o/r'),
      "src/config.ts: project.repository.url must be an https:// address, e.g. 'https://github.com/keras-team/keras', not 'github.com/o/r'",
    ],
    [
      'a long license name',
      (s) => ((s.license as Settings).name = 'L'.repeat(200)),
      'src/config.ts: project.license.name is 200 characters long',
    ],
    [
      'security.txt valid for a year or more',
      (s) => ((s.securityTxt as Settings).expiresAfterDays = 400),
      'src/config.ts: project.securityTxt.expiresAfterDays must be 1 to 364',
    ],
    [
      'GitHub’s report form on a GitLab repository',
      (s) => ((s.repository as Settings).url = 'https://gitlab.com/o/r'),
      "src/config.ts: project.reportingChannels[0].url is GitHub's private vulnerability reporting form, which GitLab has not: use https://gitlab.com/o/r/-/issues/new?issue[confidential]=true",
    ],
  ])('%s', (_, change, message) => {
    const problems = projectConfigProblems(with_(change));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('stops the build at config setup with one message, not a stack from a page', () => {
    const setup = configCheck(with_((s) => (s.reportingChannels = [])));
    const run = () => (setup.hooks['astro:config:setup'] as () => void)();
    expect(run).toThrow(
      /The settings in src\/config.ts have 1 problem:\n {2}src\/config.ts: project.reportingChannels is empty/,
    );
  });
});
