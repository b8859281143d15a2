// Finds a Chromium for the browser tests, and gets one where none is installed.
// Order: CHROMIUM_PATH; a system Chromium or Chrome; Playwright's own download. When there is none,
// `ensureChromium()` installs Debian's `chromium` package (as root with apt-get) or Playwright's
// download, and otherwise stops with one line saying how to get one.
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

const howTo =
  'No Chromium for the browser tests: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chrome or Chromium binary.';

/** A usable Chromium's path, installing one first where it can. Throws with one line when it cannot. */
export function ensureChromium(log = console.error) {
  const found = findChromium();
  if (found) return found;
  if (canAptInstall()) {
    log('No Chromium found.');
    aptInstall('chromium', log);
  } else {
    log('No Chromium found: trying Playwright’s download (npx playwright install chromium)…');
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
  }
  const installed = findChromium();
  if (installed) return installed;
  throw new Error(howTo);
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
