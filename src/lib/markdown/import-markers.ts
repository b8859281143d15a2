// The lines SECURITY.md carries for the import (src/lib/import/) to recognise when the file comes
// back: what it leaves out, and where the configured channels stand for <ReportingChannels />.

/** How the note that SECURITY.md is generated starts: the import leaves it out. */
export const generatedNotePrefix = '<!-- Generated from';

/** How the line linking the site starts: the import leaves it out. */
export const siteNotePrefix = 'Also on the web, searchable and with a link for every heading:';

/**
 * The configured channels are written between these, so importing SECURITY.md again gives back
 * `<ReportingChannels />` rather than a copy of today's channels.
 */
export const channelsStart = '<!-- ReportingChannels: the channels of src/config.ts -->';
export const channelsEnd = '<!-- /ReportingChannels -->';
