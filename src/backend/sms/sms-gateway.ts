// The SMS carrier seam. A real gateway (an operator's HTTP API) implements `SmsGateway`; the
// default delivers nothing further: the message log, where QA and trainers read it, is the
// delivery, and it counts as delivered so the log shows no failure.
import type { SmsGateway } from '../mail/transports.js';

export type { SmsGateway };

export function logOnlySmsGateway(): SmsGateway {
  return { send: async () => undefined, close: () => undefined };
}
