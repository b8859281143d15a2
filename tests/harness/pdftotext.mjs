// Finds poppler's `pdftotext` for the print test, which reads the text of the printed PDF
// (Chromium stores text as glyph ids, so the PDF's bytes never show it). `npm test` installs
// Debian's poppler-utils first where it is missing (tests/harness/system-packages.mjs).
import { systemTool } from './system-package.mjs';

export const pdftotext = systemTool({
  env: 'PDFTOTEXT_PATH',
  paths: ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext', '/opt/homebrew/bin/pdftotext'],
  aptPackage: 'poppler-utils',
  what: 'pdftotext',
  howTo: 'No pdftotext for the print test: install poppler (Debian: apt-get install poppler-utils)',
});
export const { find: findPdftotext, require: requirePdftotext } = pdftotext;
