// The Content-Security-Policy: read from each built page's <meta>, trimmed to the page's own
// inline code, and joined into the one header every host sends.
import { headerOnlyDirectives } from './headers';

type Directives = Map<string, string[]>;

const cspMetaPattern = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The policy a built page's CSP `<meta>` sets, or undefined when it has none. */
export function pageCsp(html: string): string | undefined {
  return cspMetaPattern.exec(html)?.[2]?.replaceAll('&#39;', "'");
}

/** A page's inline code: the contents of its `<script>` (those that run) and `<style>` elements. */
function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attributes = '']) =>
        !/\ssrc=/i.test(attributes) && !/type="application\/(ld\+)?json"/i.test(attributes),
    )
    .map((match) => match[2]!);
  const styles = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((match) => match[1]!);
  return { scripts, styles };
}

/**
 * The page with its CSP `<meta>` allowing only the inline code it has. Astro lists the hashes of
 * its own island scripts and styles on every page, used or not; a page that has none of them
 * needs none of those hashes, and every byte of a hash is incompressible.
 */
export function pruneCspHashes(html: string, sha256: (text: string) => string): string {
  const csp = pageCsp(html);
  if (csp === undefined) return html;
  const { scripts, styles } = inlineCode(html);
  const allowed = {
    'script-src': new Set(scripts.map((code) => `'sha256-${sha256(code)}'`)),
    'style-src': new Set(styles.map((code) => `'sha256-${sha256(code)}'`)),
  };
  const policy = parseCsp(csp);
  for (const [name, keep] of Object.entries(allowed)) {
    const sources = policy.get(name);
    if (sources)
      policy.set(
        name,
        sources.filter((source) => !source.startsWith("'sha") || keep.has(source)),
      );
  }
  // The attribute is in double quotes, so the policy's single quotes stay as they are.
  const content = `${[...policy].map(([name, sources]) => [name, ...sources].join(' ')).join(';')};`;
  return html.replace(
    cspMetaPattern,
    (_, start: string, __: string, end: string) => `${start}${content}${end}`,
  );
}

/** A policy's directives in order, each with its sources, duplicates removed. */
export function parseCsp(policy: string): Directives {
  const directives: Directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const known = directives.get(name.toLowerCase()) ?? [];
    directives.set(name.toLowerCase(), [...new Set([...known, ...sources])]);
  }
  return directives;
}

export function serializeCsp(directives: Directives): string {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy for every page: each directive with every source any page's policy gives it, and
 * the header-only directives. Pages must agree on which directives they have, or a page whose
 * policy lacked one would be looser in the union than alone.
 */
export function unionCsp(policies: readonly string[]): string {
  if (policies.length === 0) throw new Error('no page has a Content-Security-Policy to send');
  const parsed = policies.map(parseCsp);
  const names = [...parsed[0]!.keys()];
  const union: Directives = new Map(names.map((name) => [name, []]));
  parsed.forEach((directives, index) => {
    const theirs = [...directives.keys()].sort().join(' ');
    if (theirs !== [...names].sort().join(' ')) {
      throw new Error(
        `page ${index + 1}'s Content-Security-Policy has directives ${theirs}, the first page's ${names.join(' ')}: every page must use the same directives`,
      );
    }
    for (const [name, sources] of directives) {
      union.set(name, [...new Set([...union.get(name)!, ...sources])]);
    }
  });
  for (const [name, sources] of headerOnlyDirectives) union.set(name, [sources]);
  return serializeCsp(union);
}
