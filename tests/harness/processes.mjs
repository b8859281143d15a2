// What `npm test` uses to leave nothing running: every process it starts, and every process
// those start (servers, browsers, builds), carries POLICY_TEST_RUN=<id> in its environment, so
// the run finds them all at its end, on Linux through /proc, whoever their parent is now.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** The environment variable that marks a run's processes. */
export const runVariable = 'POLICY_TEST_RUN';

/** A process's parent pid and command line, or undefined once it is gone. */
function processInfo(pid) {
  try {
    // The command name in stat is in parentheses and may hold spaces: the fields follow the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z') return undefined;
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
    return { pid, ppid: Number(fields[1]), command };
  } catch {
    return undefined;
  }
}

/** Every live process on this machine, with its parent and command line (Linux). */
export function processes() {
  if (!existsSync('/proc/self/stat')) return [];
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => processInfo(Number(entry)))
    .filter((info) => info !== undefined);
}

function marked(pid, id) {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`${runVariable}=${id}`);
  } catch {
    return false;
  }
}

/**
 * The processes of run `id` still alive, this one left out: those with the mark, and their
 * descendants (nginx clears its workers' environment).
 */
export function runProcesses(id) {
  const all = processes().filter((p) => p.pid !== process.pid);
  const found = new Map(all.filter((p) => marked(p.pid, id)).map((p) => [p.pid, p]));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all)
      if (!found.has(p.pid) && found.has(p.ppid)) {
        found.set(p.pid, p);
        grew = true;
      }
  }
  return [...found.values()];
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return processInfo(pid) !== undefined;
  } catch {
    return false;
  }
};

/** Asks each process to stop (SIGTERM), then kills those still there after `graceMs`. */
export async function stopProcesses(list, graceMs = 3000) {
  for (const { pid } of list) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + graceMs;
  while (list.some(({ pid }) => alive(pid)) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  for (const { pid } of list) {
    try {
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
}

/**
 * Calls `stop` once the process that started this one is gone (killed, or ended without
 * stopping it): a server started for tests never outlives them.
 */
export function stopWithParent(stop) {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      stop();
    }
  }, 500);
  timer.unref();
}
