import type { AstroIntegration } from 'astro';
import { project } from '../config';
import { projectConfigProblems } from '../lib/config-check';
import { userError } from '../schemas/user-error';

/**
 * Checks the settings of `src/config.ts` once, before anything is built or served: a mistake
 * there is named by its key, rather than surfacing as a stack trace from the page that uses it.
 */
export function configCheck(settings: unknown = project): AstroIntegration {
  return {
    name: 'project-config-check',
    hooks: {
      'astro:config:setup': () => {
        const problems = projectConfigProblems(settings);
        if (problems.length > 0)
          throw userError(
            `The settings in src/config.ts have ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
            'Fix the settings named above in src/config.ts; each message says what to write.',
          );
      },
    },
  };
}
