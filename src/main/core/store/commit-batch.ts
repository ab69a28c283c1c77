// Group commit for the sync engine's bookkeeping: deliveries that complete in the same turn of
// the event loop are recorded in one relaxed transaction, so four requests in flight cost one
// commit, not four. Each caller's promise settles once its part is committed (or failed).
import { relaxedTransaction, type Db } from './open-store.js';

export interface CommitBatch {
  add(work: () => void): Promise<void>;
}

export function createCommitBatch(db: Db): CommitBatch {
  let queue: { work: () => void; done: (error?: unknown) => void }[] = [];

  function flush() {
    const items = queue;
    queue = [];
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

  return {
    add(work) {
      return new Promise((resolve, reject) => {
        if (queue.length === 0) setImmediate(flush);
        queue.push({ work, done: (error) => (error === undefined ? resolve() : reject(error)) });
      });
    },
  };
}
