import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { isUserError } from '../schemas/user-error';

/** What a hook is called with: the integration's logger among the rest. */
type HookParams = { logger: AstroIntegrationLogger };

/**
 * The integration with each hook ending the command on a user's mistake (`userError`): the message
 * and its hint printed as the integration's own error, then exit code 1. A thrown error would end
 * it too, but Astro prints "An unhandled error occurred while running the hook" above any error a
 * hook throws, which reads as a bug of the site rather than a line to fix. Other errors are thrown
 * as they are. Applied in astro.config.mjs only: tests call the hooks themselves and catch.
 */
export function stopOnUserError(
  integration: AstroIntegration,
  exit: (code: number) => never = process.exit,
): AstroIntegration {
  const hooks = Object.fromEntries(
    Object.entries(integration.hooks).map(([name, hook]) => [
      name,
      async (params: HookParams) => {
        try {
          return await (hook as (params: HookParams) => unknown)(params);
        } catch (error) {
          if (!isUserError(error)) throw error;
          params.logger.error(error.hint ? `${error.message}\n  Hint: ${error.hint}` : error.message);
          return exit(1);
        }
      },
    ]),
  );
  return { ...integration, hooks };
}
