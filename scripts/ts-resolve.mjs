// Lets Node run the site's TypeScript modules as Vite does: `import … from './slug'` finds
// `./slug.ts` (or `./slug/index.ts`). Node strips the types itself; only resolution differs.
// Used by the npm scripts that reuse src/lib outside Astro (`npm run import`).
import { enableCompileCache, registerHooks } from 'node:module';

// Compiled code is kept between runs (in the system's temp folder): `npm run import` starts in
// half the time from the second run on.
enableCompileCache();

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      // A folder (`./content-check`) fails as a directory import, a file without `.ts` as not found.
      const unresolved = ['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT'].includes(error?.code);
      if (!relative || !unresolved) throw error;
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        try {
          return nextResolve(candidate, context);
        } catch {
          // try the next spelling
        }
      }
      throw error;
    }
  },
});
