import type { Link, Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** An xmpp: address's resource: `/` and letters, digits, `@` or `.`, not ending in `.`. */
const resource = /^\/[A-Za-z0-9@.]*[A-Za-z0-9@]/;

/**
 * GFM's extended autolinks also take `mailto:` and `xmpp:` before an e-mail address
 * (`mailto:foo@bar.baz`, `xmpp:foo@bar.baz/txt`): GitHub links the whole, protocol included. The
 * autolink-literal parser links only the address, as `mailto:`; this joins the protocol (and an
 * xmpp resource) to that link. Only links that are the address as written count, not `[…](…)`.
 */
export function remarkProtocolAutolinks() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const children = (node as Parent).children;
      for (let i = 1; i < children.length; i++) {
        const before = children[i - 1]!;
        const link = children[i]!;
        if (before.type !== 'text' || link.type !== 'link' || !isLiteralEmail(link)) continue;
        const protocol = /(?:^|[^A-Za-z0-9])(mailto|xmpp):$/.exec(before.value)?.[1];
        if (!protocol) continue;
        const address = (link.children[0] as Text).value;
        let label = `${protocol}:${address}`;
        const after = children[i + 1];
        const next = children[i + 2];
        if (
          protocol === 'xmpp' &&
          after?.type === 'text' &&
          /^\/[A-Za-z0-9.]*$/.test(after.value) &&
          next?.type === 'link' &&
          isLiteralEmail(next)
        ) {
          // `xmpp:foo@bar.baz/txt@bin.com`: the parser read the resource as a second address.
          label += after.value + (next.children[0] as Text).value;
          children.splice(i + 1, 2);
        } else if (protocol === 'xmpp' && after?.type === 'text') {
          const found = resource.exec(after.value)?.[0] ?? '';
          label += found;
          after.value = after.value.slice(found.length);
          if (after.value === '') children.splice(i + 1, 1);
        }
        before.value = before.value.slice(0, -`${protocol}:`.length);
        link.url = label;
        link.children = [{ type: 'text', value: label }];
        if (before.value === '') {
          children.splice(i - 1, 1);
          i--;
        }
      }
    });
  };
}

/** A link the autolink-literal parser made from a bare e-mail address: its text is the address, as written. */
function isLiteralEmail(link: Link): boolean {
  const [text] = link.children;
  if (link.children.length !== 1 || text?.type !== 'text') return false;
  // A written link (`[a@b.c](mailto:a@b.c)`) spans more of the source than its text; the
  // autolink parser leaves some of its links without a position.
  const { start, end } = link.position ?? {};
  const written =
    start?.offset !== undefined && end?.offset !== undefined ? end.offset - start.offset : text.value.length;
  return link.url === `mailto:${text.value}` && written === text.value.length;
}
