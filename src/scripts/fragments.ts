// Links keep landing: a fragment matches case-insensitively (SECURITY.md itself links to
// #using-Keras-securely), former ids lead to the renamed heading, the overview forwards every
// SECURITY.md id to its section, and a moved page forwards to its new address with the fragment.
import { pageIds } from '../lib/constants';
import { fragmentId, siteTarget } from '../lib/fragment';

// Like the map below, read from <head> alone, and only ever an address on this site.
const moved = siteTarget(
  document.head.querySelector<HTMLMetaElement>('meta[name="moved-to"]')?.content,
  location.href,
);

function land() {
  if (moved && 'url' in moved) {
    location.replace(moved.url.replace(/#.*$/, '') + location.hash);
    return;
  }
  const wanted = fragmentId(location.hash);
  if (!wanted || document.getElementById(wanted)) return;
  const lower = wanted.toLowerCase();
  const sameId = [...document.querySelectorAll('[id]')].find(
    (element) => element.id.toLowerCase() === lower,
  )?.id;
  const map = readMap();
  // Only the map's own entries: `#constructor` or `#__proto__` name no heading.
  const target = siteTarget(
    sameId ? `#${sameId}` : Object.hasOwn(map, lower) ? map[lower] : undefined,
    location.href,
  );
  if (!target) return;
  if ('fragment' in target) {
    history.replaceState(null, '', target.fragment);
    document.getElementById(target.fragment.slice(1))?.scrollIntoView();
  } else location.replace(target.url);
}

/** The page's fragment map, read from <head> alone: the policy's text, in <body>, cannot supply one. */
function readMap(): Record<string, unknown> {
  const script = document.head.querySelector(`script#${pageIds.fragmentMap}[type="application/json"]`);
  try {
    const map: unknown = JSON.parse(script?.textContent || '{}');
    return map && typeof map === 'object' ? (map as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

land();
addEventListener('hashchange', land);
