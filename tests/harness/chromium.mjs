// Finds a Chromium for the browser tests, and gets one where none is installed.
// Order: CHROMIUM_PATH; a system Chromium or Chrome; Playwright's own download. When there is none,
// `ensureChromium()` (the benchmarks) installs Debian's `chromium` package (as root with apt-get)
// or Playwright's download; the tests only find one (`requireChromium()`): `npm test` installs
// it before any test.
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { aptInstall, canAptInstall, executable } from './system-package.mjs';

const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The path of a usable Chromium, or undefined. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file`);
    return fromEnv;
  }
  const system = systemPaths.find(executable);
  if (system) return system;
  const bundled = chromium.executablePath();
  return executable(bundled) ? bundled : undefined;
}

export const chromiumHowTo =
  'No Chromium for the browser tests: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chrome or Chromium binary.';

/** Installs a Chromium: Debian's package as root with apt-get, else Playwright's download. */
export function installChromium() {
  if (canAptInstall()) return aptInstall('chromium');
  const download = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (download.status !== 0) console.error(`${download.stdout}${download.stderr}`);
  return download.status === 0;
}

/** A usable Chromium's path; throws with the line saying how to get one when there is none. */
export function requireChromium() {
  const found = findChromium();
  if (found) return found;
  throw new Error(chromiumHowTo);
}

/**
 * A usable Chromium's path, installing one first where it can (the benchmarks; `npm test`
 * installs before any test instead). Throws with one line when it cannot.
 */
export function ensureChromium(log = console.error) {
  const found = findChromium();
  if (found) return found;
  log('No Chromium found: installing one (Debian’s chromium as root, else Playwright’s download)…');
  installChromium();
  return requireChromium();
}

/** Flags for headless Chromium on a closed network: no sandbox for root, no background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
