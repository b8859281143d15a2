import { describe, expect, it } from 'vitest';
import { htmlFiles, page } from '../helpers/dist';

// Derived from the build: true of any policy, and checked wherever its text has footnotes or
// alerts (the second policy, tests/fixtures/second-policy, has both; Keras's has neither).
const pages = htmlFiles();

describe('GitHub’s markup in the built pages', () => {
  it('the footnotes label stays visually hidden, with no anchor link', () => {
    for (const file of pages) {
      const $ = page(file);
      $('section.footnotes').each((_, section) => {
        const label = $(section).children().first();
        expect(label.attr('id'), file).toBe('footnote-label');
        expect(label.prop('tagName'), file).toMatch(/^H[2-6]$/);
        expect(label.hasClass('sr-only'), file).toBe(true);
        expect(label.text().trim(), file).toBe('Footnotes');
      });
      expect($('a.anchor[href="#footnote-label"]'), file).toHaveLength(0);
    }
  });

  it('alerts are GitHub’s: a div, a title of text with an aria-hidden icon, no inline style', () => {
    for (const file of pages) {
      const $ = page(file);
      $('.markdown-alert').each((_, element) => {
        const alert = $(element);
        expect(alert.prop('tagName'), file).toBe('DIV');
        expect(alert.attr('class'), file).toMatch(
          /^markdown-alert markdown-alert-(note|tip|important|warning|caution)$/,
        );
        const title = alert.children().first();
        expect(title.hasClass('markdown-alert-title'), file).toBe(true);
        expect(title.text().trim(), file).toMatch(/^(Note|Tip|Important|Warning|Caution)$/);
        expect(title.children('svg').attr('aria-hidden'), file).toBe('true');
        expect(alert.find('[style]'), file).toHaveLength(0);
      });
    }
  });
});
