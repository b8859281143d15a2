/**
 * Each content-error fixture and the lines its report must contain (file:line: message start).
 * Shared by the unit test of the check and the build test that runs Astro on each fixture.
 */
export const contentErrorCases: { fixture: string; expected: string[] }[] = [
  { fixture: 'missing-field', expected: ['policy/alpha.mdx:1: description is required'] },
  {
    fixture: 'mistyped-field',
    expected: [
      'policy/alpha.mdx:2: unknown frontmatter field "titel": did you mean "title"?',
      'policy/alpha.mdx:1: title is required',
    ],
  },
  {
    fixture: 'wrong-type',
    expected: ['policy/alpha.mdx:4: order must be a number (no quotes), e.g. order: 3'],
  },
  { fixture: 'duplicate-order', expected: ['policy/beta.mdx:4: order 1 is also used by policy/alpha.mdx:4'] },
  {
    fixture: 'skipped-heading',
    expected: [
      'policy/alpha.mdx:13: heading "Too deep a step" skips a level (#### after ##): write "### Too deep a step"',
    ],
  },
  { fixture: 'title-in-body', expected: ['policy/alpha.mdx:7: "# Alpha again" is a page title'] },
  {
    fixture: 'broken-page-link',
    expected: ['policy/alpha.mdx:7: link to "/gamma/": there is no page /gamma/'],
  },
  {
    fixture: 'broken-anchor',
    expected: [
      'policy/beta.mdx:7: link to "/alpha/#summary": /alpha/ has no heading with id "summary"; its ids are #alpha, #details',
    ],
  },
  {
    fixture: 'relative-link',
    expected: ['policy/beta.mdx:7: relative link "alpha.mdx": write links into the site from its root'],
  },
  {
    fixture: 'unknown-component',
    expected: [
      'policy/alpha.mdx:9: unknown component <ReportChannels>: the components sections can use are <ReportingChannels />',
    ],
  },
  {
    fixture: 'duplicate-id',
    expected: [
      // A repeated heading is `details-1`, as on GitHub; a title keeps the id of its own text.
      'policy/beta.mdx:2: title "Details" has the id "details", already taken by heading "Details" (policy/alpha.mdx:9): rename one',
    ],
  },
  { fixture: 'split-part', expected: ['policy/gamma.mdx:5: part "Using it" is split by other sections'] },
  {
    fixture: 'unknown-search-heading',
    expected: [
      'policy/alpha.mdx:5: searchTerms names "summary", which is not a heading of this section: use one of alpha, details',
    ],
  },
  {
    fixture: 'script-in-content',
    expected: [
      'policy/alpha.mdx:7: the link "javascript:alert(1)" runs script: link to a page (https://…) instead',
      'policy/alpha.mdx:9: a <script> element: the policy text runs no scripts; remove it',
      'policy/alpha.mdx:11: the event handler onClick= on <a> runs script: remove it',
      'policy/alpha.mdx:13: href="JavaScript:alert(2)" on <a> runs script: use an https:// address',
    ],
  },
  {
    fixture: 'code-in-content',
    expected: [
      'policy/alpha.mdx:7: an import or export line runs code when the site builds',
      'policy/alpha.mdx:9: {name} is read as code: to show the braces write \\{name\\}',
      'policy/alpha.mdx:9: {1+1} is read as code',
      'policy/alpha.mdx:13: <iframe> is not allowed in the policy text',
      'policy/alpha.mdx:15: <style> is not allowed in the policy text',
      'policy/alpha.mdx:15: {`p { color: red }`} is read as code',
      'policy/alpha.mdx:17: <form> is not allowed in the policy text',
      'policy/alpha.mdx:17: <input> is not allowed in the policy text',
      'policy/alpha.mdx:19: href={…} on <a> is code: write the value in quotes',
    ],
  },
  {
    fixture: 'unlinkable-names',
    expected: [
      'policy/My Section.mdx:1: the file name "My Section.mdx" is the page\'s address, so it must be lower case, with - between words: rename it my-section.mdx',
      'policy/UpperCase.mdx:1: the file name "UpperCase.mdx" is the page\'s address, so it must be lower case, with - between words: rename it uppercase.mdx',
      'policy/emoji.mdx:2: title "🚀🔒" has no letter or digit to make the page\'s heading id from',
      'policy/emoji.mdx:9: heading "🛡️" has no letter or digit to make its id from, so it cannot be linked',
    ],
  },
  {
    fixture: 'invalid-yaml',
    expected: [
      'policy/alpha.mdx:4: frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
  },
  {
    fixture: 'no-frontmatter',
    expected: ['policy/alpha.mdx:1: no frontmatter', 'policy/alpha.mdx:1: "# Alpha" is a page title'],
  },
];
