// Finds poppler's `pdftotext` for the print test, which reads the text of the printed PDF
// (Chromium stores text as glyph ids, so the PDF's bytes never show it), installing Debian's
// poppler-utils where it can.
import { systemTool } from './system-package.mjs';

export const { find: findPdftotext, ensure: ensurePdftotext } = systemTool({
  env: 'PDFTOTEXT_PATH',
  paths: ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext', '/opt/homebrew/bin/pdftotext'],
  aptPackage: 'poppler-utils',
  what: 'pdftotext',
  howTo: 'No pdftotext for the print test: install poppler (Debian: apt-get install poppler-utils)',
});
