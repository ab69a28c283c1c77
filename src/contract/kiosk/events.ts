// Events the core pushes to the renderer: over Electron's webContents.send or the emulation's
// event stream. Same table for both.
import { z } from 'zod/mini';
import { syncStatus } from './sync-status.js';
import { csmUser } from './user.js';
import { demoEvents } from './demo.js';
import { qaEvents } from './qa-console.js';

export { syncStatus, type SyncStatus } from './sync-status.js';

export const events = {
  'sync.status': syncStatus,
  'users.changed': z.object({ users: z.array(csmUser) }),
  ...demoEvents,
  ...qaEvents,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.infer<Events[N]>;
export const eventNames = Object.keys(events) as EventName[];

export const eventEnvelope = z.object({
  name: z.enum(eventNames as [EventName, ...EventName[]]),
  payload: z.unknown(),
});
export type EventEnvelope = { [N in EventName]: { name: N; payload: EventPayload<N> } }[EventName];
