// Sends messages in two steps so none is lost or sent for a write that rolled back: `record`
// inside the write's transaction puts it in the log, `dispatch` after the commit hands it to the
// carrier, if one is configured. The HTTP answer never waits for SMTP. A message recorded with
// a delay (the simulation's messageDelayMs) is handed over only once due, on the backend's
// timers; the log remembers it until then, so a restart sends it (`resume`).
import type { BackendTimers } from '../backend-timers.js';
import type { MessageLog } from './message-log.js';
import type { LoggedMessage, OutgoingMessage } from './outgoing-message.js';
import type { EmailTransport, SmsGateway } from './transports.js';

export interface Mailer {
  record(message: OutgoingMessage): LoggedMessage;
  dispatch(message: LoggedMessage): void;
  /** Re-arms the delayed messages a previous run left waiting. */
  resume(): void;
  /** Disarms the delayed messages' timers (QA reset: their rows are gone). */
  cancelDelayed(): void;
  /** Waits for every dispatch under way, then closes the carriers. Delayed messages stay in
   * the log for the next start. */
  close(): Promise<void>;
}

export interface Carriers {
  email?: EmailTransport | null;
  sms?: SmsGateway | null;
}

export interface MailerClock {
  now: () => Date;
  timers: BackendTimers;
  /** Read at each record: how long after the write the message goes out. */
  delayMs: () => number;
}

export function createMailer(log: MessageLog, carriers: Carriers, clock: MailerClock): Mailer {
  const inFlight = new Set<Promise<void>>();
  const armed = new Map<string, unknown>();
  // What `record` logged as pending; weak, so a write that rolled back leaves nothing behind.
  const recordedLate = new WeakSet<LoggedMessage>();

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

  function handOver(message: LoggedMessage) {
    const delivery = deliver(message).finally(() => inFlight.delete(delivery));
    inFlight.add(delivery);
  }

  /** A delayed message once due: handed over unless it already was, or is gone (QA reset). */
  function dueNow(message: LoggedMessage) {
    // A timer has no caller to tell: a database closed under it drops the delivery, which the
    // next start picks up (the row is still pending).
    try {
      if (log.takeForDispatch(message.id)) handOver(message);
    } catch {
      // see above
    }
  }

  function arm(message: LoggedMessage) {
    const wait = Date.parse(message.sentAt) - clock.now().getTime();
    if (wait <= 0) return dueNow(message);
    const handle = clock.timers.setTimeout(() => {
      armed.delete(message.id);
      dueNow(message);
    }, wait);
    armed.set(message.id, handle);
  }

  function dispatch(message: LoggedMessage) {
    // Recorded with no delay: never pending in the log, out at once.
    if (recordedLate.has(message)) arm(message);
    else handOver(message);
  }

  function cancelDelayed() {
    for (const handle of armed.values()) clock.timers.clearTimeout(handle);
    armed.clear();
  }

  return {
    record(message) {
      const delayMs = clock.delayMs();
      const logged = log.append(message, delayMs);
      if (delayMs > 0) recordedLate.add(logged);
      return logged;
    },
    dispatch,
    resume() {
      for (const message of log.pendingDispatch()) arm(message);
    },
    cancelDelayed,
    async close() {
      cancelDelayed();
      await Promise.all(inFlight);
      carriers.email?.close();
      carriers.sms?.close();
    },
  };
}
