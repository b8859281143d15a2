import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { stopOnUserError } from '../../src/integrations/stop-on-user-error';
import { userError } from '../../src/schemas/user-error';

/** Runs a config:setup hook that throws `thrown` (or returns), through the wrapper. */
async function run(thrown: unknown) {
  const logged: string[] = [];
  const exits: number[] = [];
  const integration: AstroIntegration = {
    name: 'probe',
    hooks: {
      'astro:config:setup': () => {
        if (thrown !== undefined) throw thrown;
      },
    },
  };
  const wrapped = stopOnUserError(integration, (code) => {
    exits.push(code);
    return undefined as never;
  });
  const hook = wrapped.hooks['astro:config:setup'] as unknown as (p: object) => Promise<unknown>;
  const logger = { error: (message: string) => logged.push(message) };
  let rethrown: unknown;
  await hook({ logger }).catch((error: unknown) => (rethrown = error));
  return { logged, exits, rethrown };
}

describe('stopOnUserError', () => {
  it.each([
    {
      case: 'a user error with a hint: printed with it, exit 1',
      thrown: userError('src/config.ts: project.name is empty', 'Write the name.'),
      logged: ['src/config.ts: project.name is empty\n  Hint: Write the name.'],
      exits: [1],
    },
    {
      case: 'a user error without a hint: the message alone, exit 1',
      thrown: userError('content/policy/a.mdx:3: no title'),
      logged: ['content/policy/a.mdx:3: no title'],
      exits: [1],
    },
    { case: 'no error: nothing printed, no exit', thrown: undefined, logged: [], exits: [] },
  ])('$case', async ({ thrown, logged, exits }) => {
    const result = await run(thrown);
    expect(result.logged).toEqual(logged);
    expect(result.exits).toEqual(exits);
    expect(result.rethrown).toBeUndefined();
  });

  it('any other error is thrown as it is, for Astro to show as a bug', async () => {
    const bug = new TypeError('x is undefined');
    const result = await run(bug);
    expect(result.rethrown).toBe(bug);
    expect(result.logged).toEqual([]);
    expect(result.exits).toEqual([]);
  });
});
