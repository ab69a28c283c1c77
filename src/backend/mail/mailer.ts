// Sends messages in two steps so none is lost or sent for a write that rolled back: `record`
// inside the write's transaction puts it in the log, `dispatch` after the commit hands it to the
// carrier, if one is configured. The HTTP answer never waits for SMTP.
import type { MessageLog } from './message-log.js';
import type { LoggedMessage, OutgoingMessage } from './outgoing-message.js';
import type { EmailTransport, SmsGateway } from './transports.js';

export interface Mailer {
  record(message: OutgoingMessage): LoggedMessage;
  dispatch(message: LoggedMessage): void;
  /** Waits for every dispatch under way, then closes the carriers. */
  close(): Promise<void>;
}

export interface Carriers {
  email?: EmailTransport | null;
  sms?: SmsGateway | null;
}

export function createMailer(log: MessageLog, carriers: Carriers = {}): Mailer {
  const inFlight = new Set<Promise<void>>();

  async function deliver(message: LoggedMessage): Promise<void> {
    const carrier = message.channel === 'email' ? carriers.email : carriers.sms;
    if (!carrier) return;
    try {
      await carrier.send(message);
      log.markDelivered(message.id);
    } catch (error) {
      // The message stays in the log with the reason; QA sees it, the request already succeeded.
      log.markFailed(message.id, error instanceof Error ? error.message : String(error));
    }
  }

  return {
    record: (message) => log.append(message),
    dispatch(message) {
      const delivery = deliver(message).finally(() => inFlight.delete(delivery));
      inFlight.add(delivery);
    },
    async close() {
      await Promise.all(inFlight);
      carriers.email?.close();
      carriers.sms?.close();
    },
  };
}
