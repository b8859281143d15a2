import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import H5 from './H5.astro';
import H6 from './H6.astro';

const byLevel = [H2, H3, H4, H5, H6];

/**
 * MDX components for a section body's `##`–`####` headings, moved `shift` levels down: 0 on a
 * section page (under its h1), more on the one-page policy, where the section sits deeper.
 */
export function headingComponents(shift: 0 | 1 | 2) {
  return { h2: byLevel[shift]!, h3: byLevel[shift + 1]!, h4: byLevel[shift + 2]! };
}
