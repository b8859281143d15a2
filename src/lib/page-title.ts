/** The document title: "Page · Site", or the site name alone on the overview. */
export function pageTitle(title: string | undefined, siteName: string): string {
  return title ? `${title} · ${siteName}` : siteName;
}

/**
 * The site's name in the header, the tab title and link previews: the policy's title alone when it
 * already names the project ("Lumenfold Security Policy"), else with the project's name before it.
 */
export function siteNameOf(policyTitle: string, projectName: string): string {
  return policyTitle.toLowerCase().includes(projectName.toLowerCase())
    ? policyTitle
    : `${projectName} ${policyTitle}`;
}
