// What a host sees of the core: one dispatch for the command table, one event feed.
import type { EventEnvelope } from '../../contract/kiosk/events.js';
import type { Result } from '../../contract/kiosk/errors.js';

export interface Core {
  /** Parses `rawInput` with the command's contract schema; never throws. */
  dispatch(command: string, rawInput: unknown): Promise<Result<unknown>>;
  /** Returns the function that unsubscribes. */
  onEvent(listener: (event: EventEnvelope) => void): () => void;
  close(): Promise<void>;
}
