// Links keep landing: a fragment matches case-insensitively (SECURITY.md itself links to
// #using-Keras-securely), former ids lead to the renamed heading, the overview forwards every
// SECURITY.md id to its section, and a moved page forwards to its new address with the fragment.
import { fragmentId } from '../lib/fragment';

const moved = document.querySelector<HTMLMetaElement>('meta[name="moved-to"]')?.content;

function land() {
  if (moved) {
    location.replace(moved + location.hash);
    return;
  }
  const wanted = fragmentId(location.hash);
  if (!wanted || document.getElementById(wanted)) return;
  const lower = wanted.toLowerCase();
  const sameId = [...document.querySelectorAll('[id]')].find(
    (element) => element.id.toLowerCase() === lower,
  )?.id;
  const map = JSON.parse(document.getElementById('fragment-map')?.textContent || '{}') as Record<
    string,
    string
  >;
  // Only the map's own entries: `#constructor` or `#__proto__` name no heading.
  const target = sameId ? `#${sameId}` : Object.hasOwn(map, lower) ? map[lower] : undefined;
  if (typeof target !== 'string' || !target) return;
  if (target.startsWith('#')) {
    history.replaceState(null, '', target);
    document.getElementById(target.slice(1))?.scrollIntoView();
  } else location.replace(target);
}

land();
addEventListener('hashchange', land);
