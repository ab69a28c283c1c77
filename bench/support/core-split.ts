// Gives the reference backend a CPU core of its own, as CSM has a machine of its own: on a
// 2-core box a backend that shares the cores with the client it measures is slowed by that
// client's own work, so a client that does more per request (the sync engine writes each
// delivery down) reads slower for the server's sake, not its own. With Linux's `taskset` and
// two cores or more, this process (all of its threads) keeps core 0 and the backend child gets
// the others; without it, everything shares and `describe()` says so.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const TASKSET = '/usr/bin/taskset';

export interface CoreSplit {
  /** Whether the backend runs on cores the client does not use. */
  readonly split: boolean;
  /** The command that starts the backend child (`taskset -c <cores> node …` when split). */
  command(execPath: string, args: string[]): { file: string; args: string[] };
  /** Back to every core for this process. */
  undo(): void;
  describe(): string;
}

/** The command for a child pinned to `cores` (a taskset list such as "1" or "1-3"). */
export function pinnedCommand(cores: string, execPath: string, args: string[]) {
  return { file: TASKSET, args: ['-c', cores, execPath, ...args] };
}

function setAffinity(cores: string): boolean {
  // -a: every thread of the process (libuv's pool, V8's GC helpers), not only the main one.
  return spawnSync(TASKSET, ['-a', '-p', '-c', cores, String(process.pid)]).status === 0;
}

export function splitCores(): CoreSplit {
  const cores = availableParallelism();
  const all = `0-${cores - 1}`;
  const backendCores = cores > 2 ? `1-${cores - 1}` : '1';
  const split = cores >= 2 && existsSync(TASKSET) && setAffinity('0');
  return {
    split,
    command: (execPath, args) =>
      split ? pinnedCommand(backendCores, execPath, args) : { file: execPath, args },
    undo() {
      if (split) setAffinity(all);
    },
    describe: () =>
      split
        ? `client on core 0, backend on core ${backendCores} (taskset)`
        : `client and backend share ${cores} core(s)`,
  };
}

/** No split: the backend is started as it is everywhere else. */
export const sharedCores = (): CoreSplit => ({
  split: false,
  command: (execPath, args) => ({ file: execPath, args }),
  undo() {},
  describe: () => `client and backend share ${availableParallelism()} core(s)`,
});
