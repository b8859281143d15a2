/** The file holding the policy's title and the text before its first section, in the content folder. */
export const introFileName = 'intro.mdx';

/** The policy's title when `intro.mdx` gives none, as most SECURITY.md files title themselves. */
export const defaultPolicyTitle = 'Security Policy';
