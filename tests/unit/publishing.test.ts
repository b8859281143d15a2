import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { project } from '../../src/config';

// The Pages workflow keeps the published site true without anyone committing.
const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8'));
const steps: { name?: string; run?: string }[] = workflow.jobs.build.steps;

describe('the Pages workflow', () => {
  it('publishes from the branch "Edit this page" links to', () => {
    expect(workflow.on.push.branches).toEqual([project.source.branch]);
  });

  it('rebuilds every month, so security.txt never expires on the live site', () => {
    expect(workflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ 1 \* \*$/) }]);
    // The deploy job runs for every event but pull requests: the scheduled build is published.
    expect(workflow.jobs.deploy.if).toBe("github.event_name != 'pull_request'");
  });

  it('dates the build this month, and refuses to publish a security.txt that expires within 30 days', () => {
    const build = steps.findIndex((step) => step.run?.includes('npm run build'));
    expect(steps[build]!.run).toContain('SOURCE_DATE_EPOCH="$(node scripts/publish-epoch.ts)"');
    const check = steps.findIndex((step) => step.run === 'npm run check:security-txt');
    expect(check).toBeGreaterThan(build);
    const upload = steps.findIndex((step) =>
      String((step as { uses?: string }).uses).includes('upload-pages'),
    );
    expect(upload).toBeGreaterThan(check);
  });
});
