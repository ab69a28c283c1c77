// Finds the last code sent to an address in the message log (see message-code.ts for how a code
// is read from a message).
import type { z } from 'zod/mini';
import type { QaMessage, qaLastCodeResponse } from '../../contract/csm/qa-api.js';
import { codeOf } from './message-code.js';

export type LastCode = z.infer<typeof qaLastCodeResponse>;

/** `messages` oldest first, as the log lists them. */
export function lastCodeIn(messages: readonly QaMessage[]): LastCode | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    const found = message && codeOf(message);
    if (message && found) return { ...found, channel: message.channel, sentAt: message.sentAt };
  }
  return null;
}
