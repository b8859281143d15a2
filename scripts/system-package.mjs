// What the test tools share to find a program on this machine, and to install Debian's package
// for it when there is none.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, rmSync, writeFileSync } from 'node:fs';

/** Whether `path` is a file this process may run. */
export function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether this machine can install Debian packages itself: root, with apt-get. */
export function canAptInstall() {
  return (
    process.getuid?.() === 0 &&
    spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  );
}

/**
 * Installs a Debian package; returns whether apt-get succeeded. policy-rc.d answers 101 while
 * it runs, so a package with a service (nginx) does not start a server on a public port.
 */
export function aptInstall(name, log = console.error) {
  log(`Installing Debian’s ${name} package (apt-get install ${name})…`);
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', name], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch {
    return false;
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
}

/**
 * A program the tests need from the system: found through `env` (a path), else the first of
 * `paths` that runs; `ensure()` installs Debian's `aptPackage` first where it can (root with
 * apt-get), and otherwise throws with one line saying how to get it.
 * @param {{ env: string; paths: string[]; aptPackage: string; what: string; howTo: string }} tool
 */
export function systemTool({ env, paths, aptPackage, what, howTo }) {
  const find = () => {
    const fromEnv = process.env[env];
    if (fromEnv) return executable(fromEnv) ? fromEnv : undefined;
    return paths.find(executable);
  };
  const ensure = (log = console.error) => {
    const found = find();
    if (found) return found;
    if (canAptInstall()) {
      log(`No ${what} found.`);
      aptInstall(aptPackage, log);
    }
    const installed = find();
    if (installed) return installed;
    throw new Error(`${howTo} or set ${env}.`);
  };
  return { find, ensure };
}
