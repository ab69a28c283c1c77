// The sync bench's core split, on this machine's real scheduler: the bench keeps core 0, the
// backend it starts gets the rest, and undo gives the bench every core back. Without taskset or
// a second core nothing is pinned and the bench says the cores are shared.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const probe = join(import.meta.dirname, 'fixtures/core-split-probe.ts');

async function runProbe() {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', probe], {
    cwd: root,
    timeout: 30_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
    split: boolean;
    describe: string;
    self?: string;
    child?: string;
    afterUndo?: string;
  };
}

/** taskset's list ("0,1", "1-3") as the cores it names. */
const coresOf = (list = '') =>
  list.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-').map(Number);
    return Array.from({ length: (to ?? 0) - (from ?? 0) + 1 }, (_, i) => (from ?? 0) + i);
  });
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('splitCores', () => {
  it('pins the bench to core 0 and the backend to the others, and undo frees the bench', async () => {
    const cores = availableParallelism();
    const result = await runProbe();
    if (cores >= 2 && existsSync('/usr/bin/taskset')) {
      expect(result.split).toBe(true);
      expect(coresOf(result.self)).toEqual([0]);
      expect(coresOf(result.child)).toEqual(range(1, cores - 1));
      expect(coresOf(result.afterUndo)).toEqual(range(0, cores - 1));
      expect(result.describe).toMatch(/backend on core/);
    } else {
      expect(result.split).toBe(false);
      expect(result.describe).toMatch(/share/);
    }
  }, 40_000);
});
