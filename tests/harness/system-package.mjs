// What the test tools share to find a program on this machine, and to install Debian's package
// for it when there is none. `npm test` installs what is missing once, before any test
// (tests/harness/system-packages.mjs); the tests themselves only find.
import { spawnSync } from 'node:child_process';
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

let updated = false;

/**
 * Installs a Debian package quietly (apt-get's output is shown only when it fails); returns
 * whether apt-get succeeded. The package lists are updated once per process. policy-rc.d
 * answers 101 while it runs, so a package with a service (nginx) does not start a server on a
 * public port.
 */
export function aptInstall(name) {
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  const apt = (args) =>
    spawnSync('apt-get', args, {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  try {
    if (!updated) {
      const update = apt(['update', '-qq']);
      if (update.status !== 0) console.error(`${update.stdout}${update.stderr}`);
      updated = true;
    }
    const install = apt(['install', '-y', '-qq', name]);
    if (install.status !== 0) console.error(`${install.stdout}${install.stderr}`);
    return install.status === 0;
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
}

/**
 * A program the tests need from the system: found through `env` (a path), else the first of
 * `paths` that runs; `howTo` is the line that says how to get it, `aptPackage` Debian's package.
 * @param {{ env: string; paths: string[]; aptPackage: string; what: string; howTo: string }} tool
 */
export function systemTool({ env, paths, aptPackage, what, howTo }) {
  const find = () => {
    const fromEnv = process.env[env];
    if (fromEnv) return executable(fromEnv) ? fromEnv : undefined;
    return paths.find(executable);
  };
  /** The program's path; throws with the line saying how to get it when there is none. */
  const require = () => {
    const found = find();
    if (found) return found;
    throw new Error(`${howTo} or set ${env}.`);
  };
  return { what, env, aptPackage, howTo: `${howTo} or set ${env}.`, find, require };
}
