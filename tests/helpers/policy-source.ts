// Shared by the tests of reading the file to import (tests/unit/import-source*.test.ts).
import { readPolicySource, SourceError, type SourceOptions } from '../../src/lib/import/source';

/** A SECURITY.md as small as the import takes. */
export const smallPolicy = '# Security\n\n## Reporting\n\nMail us.\n';

/** What reading `from` refuses with, in words; or that it read it. */
export const refusal = (from: string, options?: SourceOptions) =>
  readPolicySource(from, options).then(
    () => 'read without complaint',
    (error: unknown) =>
      error instanceof SourceError ? error.message : `not a SourceError: ${String(error)}`,
  );
