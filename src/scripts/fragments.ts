// Links keep landing: a fragment matches case-insensitively (SECURITY.md itself links to
// #using-Keras-securely), former ids lead to the renamed heading, the overview forwards every
// SECURITY.md id to its section, and a moved page forwards to its new address with the fragment.
const moved = document.querySelector<HTMLMetaElement>('meta[name="moved-to"]')?.content;

function land() {
  if (moved) {
    location.replace(moved + location.hash);
    return;
  }
  const wanted = decodeURIComponent(location.hash.slice(1));
  if (!wanted || document.getElementById(wanted)) return;
  const lower = wanted.toLowerCase();
  const sameId = [...document.querySelectorAll('[id]')].find(
    (element) => element.id.toLowerCase() === lower,
  )?.id;
  const map = JSON.parse(document.getElementById('fragment-map')?.textContent || '{}') as Record<
    string,
    string
  >;
  const target = sameId ? `#${sameId}` : map[lower];
  if (!target) return;
  if (target.startsWith('#')) {
    history.replaceState(null, '', target);
    document.getElementById(target.slice(1))?.scrollIntoView();
  } else location.replace(target);
}

land();
addEventListener('hashchange', land);
