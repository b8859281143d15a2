// The programs the suite needs from the system, found or installed once by `npm test` before any
// timed test, with one line each; the tests then only find them (through the *_PATH variables
// this sets). Where one is missing and cannot be installed, the run stops saying what to install.
import { chromiumHowTo, findChromium, installChromium } from './chromium.mjs';
import { cmarkGfm } from './cmark-gfm.mjs';
import { nginxTool } from './nginx.mjs';
import { pdftotext } from './pdftotext.mjs';
import { aptInstall, canAptInstall } from './system-package.mjs';

const packages = [
  {
    what: 'Chromium',
    env: 'CHROMIUM_PATH',
    source: canAptInstall() ? 'Debian’s chromium' : 'Playwright’s download',
    find: findChromium,
    install: installChromium,
    howTo: chromiumHowTo,
  },
  ...[nginxTool, pdftotext, cmarkGfm].map((tool) => ({
    ...tool,
    source: `Debian’s ${tool.aptPackage}`,
    install: () => canAptInstall() && aptInstall(tool.aptPackage),
  })),
];

/**
 * Finds or installs each program; prints one line for each. Returns the environment that
 * names them for the tests, or the lines saying what to install.
 * @returns {{ env: Record<string, string>; missing: string[] }}
 */
export function systemPackages(write = (text) => process.stdout.write(text)) {
  const env = {};
  const missing = [];
  for (const tool of packages) {
    write(`${tool.what}: `);
    let path;
    try {
      path = tool.find();
    } catch (error) {
      // CHROMIUM_PATH naming something that does not run: say so, install nothing.
      write(`${error.message}\n`);
      missing.push(error.message);
      continue;
    }
    if (path) {
      write(`${path}\n`);
    } else {
      const started = performance.now();
      write(`not found, installing ${tool.source}… `);
      tool.install();
      path = tool.find();
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      write(path ? `installed in ${seconds} s: ${path}\n` : `not installed.\n`);
      if (!path) missing.push(tool.howTo);
    }
    if (path) env[tool.env] = path;
  }
  return { env, missing };
}
