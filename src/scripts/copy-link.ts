// A "copy link" and a "copy Markdown link" button beside every heading's anchor link, for
// pasting into READMEs and chats. Built here, so without JavaScript only the anchor link shows.
import { copyLabels, markdownLink } from '../lib/copy-link';

/**
 * Copies the text at `url`. The clipboard is given a promise of it at once, inside the click, as
 * browsers that allow writing only during a click (Safari) require.
 */
function copySection(url: string): Promise<void> {
  const text = fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return new Blob([await response.text()], { type: 'text/plain' });
  });
  return navigator.clipboard.write([new ClipboardItem({ 'text/plain': text })]);
}

const page = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href;
const anchors = document.querySelectorAll<HTMLAnchorElement>('.heading > a.anchor');

if (page && anchors.length > 0 && navigator.clipboard) {
  const status = document.createElement('p');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  document.body.append(status);

  for (const anchor of anchors) {
    const heading = anchor.previousElementSibling as HTMLElement;
    const title = heading.textContent?.trim() ?? '';
    // A page's title links to the page itself; every other heading to its fragment.
    const url = heading.tagName === 'H1' ? page : `${page}#${heading.id}`;
    // One box for both buttons, the size of the space src/styles/heading.css keeps for it, so
    // adding the buttons moves nothing on the page.
    const group = document.createElement('span');
    group.className = 'copy-group';
    // A section page's title also copies the whole section, from its Markdown twin, where the
    // browser can be handed text that is still on its way (ClipboardItem).
    const markdown = 'ClipboardItem' in window && anchor.parentElement!.dataset.markdown;
    for (const kind of markdown
      ? (['link', 'markdown', 'section'] as const)
      : (['link', 'markdown'] as const)) {
      const label = copyLabels[kind];
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `copy copy-${kind}`;
      button.textContent = label.text;
      button.setAttribute('aria-label', `${label.action} “${title}”`);
      button.addEventListener('click', async () => {
        if (kind === 'section' && markdown) await copySection(markdown);
        else await navigator.clipboard.writeText(kind === 'link' ? url : markdownLink(title, url));
        status.textContent = '';
        status.textContent = label.done;
        button.dataset.copied = '';
        setTimeout(() => delete button.dataset.copied, 1500);
      });
      group.append(button);
    }
    anchor.parentElement!.append(group);
    anchor.parentElement!.classList.add('has-copy');
  }
}
