import { spawnSync } from 'node:child_process';
import { delimiter } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/astro-build';

describe('npm install', () => {
  it('on the system’s Node (20 here) prints no warnings, only the line on the Node the scripts use', () => {
    // As a new user runs it: the system's npm and Node, not the project's own Node 24.
    const path = (process.env.PATH ?? '')
      .split(delimiter)
      .filter((dir) => !dir.includes('node_modules'))
      .join(delimiter);
    const result = spawnSync('npm', ['install', '--dry-run', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: root,
      env: { ...process.env, PATH: path },
      encoding: 'utf8',
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(output).not.toMatch(/npm warn/i);
    expect(output).toContain('npm scripts here run on the project’s own Node v24');
  });
});
