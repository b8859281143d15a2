// One `npm test` at a time in one checkout: two would build into the same dist*/ folders and
// the same copy of the content for the dev server, each testing the other's half-written files.
// Runs in different clones share nothing (ports come from the system, temporary files are per
// run, nginx workers are told apart by their parent), so they run side by side.
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, another user's.
    return error.code === 'EPERM';
  }
};

/**
 * Takes the checkout's lock (`file`) for this process and run `runId`. Returns undefined when
 * taken, or the run that holds it: `{ pid, runId }`. A lock whose process is gone (a run killed
 * with SIGKILL) is taken over.
 */
export function takeCheckoutLock(file, runId) {
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    // Written whole beside it, then linked into place (which fails if the lock exists): a lock
    // file is never seen half-written.
    const own = `${file}.${process.pid}`;
    writeFileSync(own, JSON.stringify({ pid: process.pid, runId }));
    try {
      linkSync(own, file);
      return undefined;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    } finally {
      rmSync(own, { force: true });
    }
    let holder;
    try {
      holder = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // Broken (not written by this module): held by no one.
    }
    if (holder && alive(holder.pid)) return holder;
    rmSync(file, { force: true });
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Gives the lock back, if this run holds it. */
export function releaseCheckoutLock(file, runId) {
  try {
    if (JSON.parse(readFileSync(file, 'utf8')).runId === runId) rmSync(file, { force: true });
  } catch {
    // not there, or not ours
  }
}
