import { joinBase } from './paths';

/** A site path ("/data-privacy/") as a URL under this build's base path. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
