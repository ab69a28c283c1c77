// What the status bar's sync line shows: reachability, waiting actions, the last error.
import { z } from 'zod';
import { appError } from './errors.js';

export const syncStatus = z.object({
  online: z.boolean(),
  /** Outbox rows not yet delivered. */
  waiting: z.number().int().nonnegative(),
  lastError: appError.nullable(),
});
export type SyncStatus = z.infer<typeof syncStatus>;
