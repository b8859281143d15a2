// Finds poppler's `pdftotext` for the print test, which reads the text of the printed PDF
// (Chromium stores text as glyph ids, so the PDF's bytes never show it). `ensurePdftotext()`
// installs Debian's poppler-utils where it can (root with apt-get), and otherwise stops with one
// line saying how to get it.
import { aptInstall, canAptInstall, executable } from './system-package.mjs';

const candidates = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext', '/opt/homebrew/bin/pdftotext'];

export function findPdftotext() {
  if (process.env.PDFTOTEXT_PATH)
    return executable(process.env.PDFTOTEXT_PATH) ? process.env.PDFTOTEXT_PATH : undefined;
  return candidates.find(executable);
}

/** pdftotext's path, installing Debian's package first where it can. Throws with one line when it cannot. */
export function ensurePdftotext(log = console.error) {
  const found = findPdftotext();
  if (found) return found;
  if (canAptInstall()) {
    log('No pdftotext found.');
    aptInstall('poppler-utils', log);
  }
  const installed = findPdftotext();
  if (installed) return installed;
  throw new Error(
    'No pdftotext for the print test: install poppler (Debian: apt-get install poppler-utils) or set PDFTOTEXT_PATH.',
  );
}
