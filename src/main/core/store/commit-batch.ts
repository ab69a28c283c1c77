// Group commit for the sync engine's bookkeeping: deliveries that complete close together are
// recorded in one relaxed transaction. With four requests in flight the answers arrive one by
// one, a few milliseconds apart, so a batch waits for the others rather than committing each
// alone (a commit costs more than the rest of a delivery's bookkeeping). It is committed once
// it is full, once nothing more can join it (no other answer awaited), or `maxWaitMs` after its
// first part, whichever comes first. Waiting loses nothing: until its commit a delivery's row is
// still in the outbox, and if the tablet stops before then it is sent again under the same key
// and CSM replays its answer. Each caller's promise settles once its part is committed (or
// failed).
import type { Clock } from '../clock.js';
import { relaxedTransaction, type Db } from './open-store.js';

export interface CommitBatchOptions {
  clock: Clock;
  /** Whether more parts may join soon (answers still awaited). */
  moreComing: () => boolean;
  /** A batch this large is committed without waiting for more. */
  maxItems: number;
  /** How long a batch's first part may wait for others. */
  maxWaitMs: number;
}

export interface CommitBatch {
  add(work: () => void): Promise<void>;
  /** Something that might have joined the batch will not (a request failed, the engine is
   * stopping): commit it as soon as nothing else can join. */
  reconsider(): void;
}

export function createCommitBatch(db: Db, options: CommitBatchOptions): CommitBatch {
  const { clock } = options;
  let queue: { work: () => void; done: (error?: unknown) => void }[] = [];
  let checkDue = false;
  let timer: unknown = null;

  function flush() {
    clock.clearTimeout(timer);
    timer = null;
    const items = queue;
    queue = [];
    if (items.length === 0) return;
    try {
      relaxedTransaction(db, () => {
        for (const item of items) item.work();
      });
    } catch (error) {
      // All or nothing: every delivery of the batch stays in the outbox and is sent again
      // under its key, which CSM answers by replaying.
      for (const item of items) item.done(error);
      return;
    }
    for (const item of items) item.done();
  }

  /** Once every part of this turn is in (the callers resume in the same run of microtasks):
   * commit now, or wait for more. */
  function check() {
    checkDue = false;
    if (queue.length === 0) return;
    if (queue.length >= options.maxItems || !options.moreComing()) return flush();
    timer ??= clock.setTimeout(flush, options.maxWaitMs);
  }

  function checkSoon() {
    if (checkDue) return;
    checkDue = true;
    setImmediate(check);
  }

  return {
    add(work) {
      return new Promise((resolve, reject) => {
        queue.push({ work, done: (error) => (error === undefined ? resolve() : reject(error)) });
        checkSoon();
      });
    },
    reconsider() {
      if (queue.length > 0) checkSoon();
    },
  };
}
