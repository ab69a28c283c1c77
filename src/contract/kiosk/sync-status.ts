// What the status bar's sync line shows: reachability, waiting actions, the last error.
import { z } from 'zod/mini';
import { appError } from './errors.js';

export const syncStatus = z.object({
  online: z.boolean(),
  /** Outbox rows not yet delivered. */
  waiting: z.number().check(z.int(), z.nonnegative()),
  lastError: z.nullable(appError),
});
export type SyncStatus = z.infer<typeof syncStatus>;
