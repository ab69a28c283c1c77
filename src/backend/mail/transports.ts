// The seams between the mailer and the outside world. Each carrier takes a message that is
// already in the log; when none is configured the log alone is the delivery (QA, demo mode).
import type { LoggedMessage } from './outgoing-message.js';

export interface EmailTransport {
  send(message: LoggedMessage): Promise<void>;
  close(): void;
}

export interface SmsGateway {
  send(message: LoggedMessage): Promise<void>;
  close(): void;
}
