import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { qaMessagesResponse } from '../../../src/contract/csm/qa-api.js';
import { register, useBackends } from './support/backend-harness.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { waitingClock } from './support/waiting-clock.js';

const { backend, tempDir } = useBackends();
let sink: SmtpSink | null = null;
afterEach(async () => {
  await sink?.close();
  sink = null;
});

const START = '2030-01-02T03:04:05.000Z';
const at = (ms: number) => new Date(Date.parse(START) + ms).toISOString();

function pendingOf(dataDir: string): number[] {
  const db = new Database(join(dataDir, 'backend.sqlite'), { readonly: true });
  try {
    const rows = db.prepare('SELECT dispatch_pending FROM messages ORDER BY seq').all();
    return rows.map((row) => (row as { dispatch_pending: number }).dispatch_pending);
  } finally {
    db.close();
  }
}

/** A backend on `dataDir` whose clock starts `elapsedMs` after START, mailing to the sink. */
async function startedAt(dataDir: string, elapsedMs: number, smtpPort: number) {
  const clock = waitingClock(at(elapsedMs));
  const { app } = await backend({
    dataDir,
    qa: true,
    timers: clock,
    now: clock.now,
    smtp: { host: '127.0.0.1', port: smtpPort },
  });
  const messages = async () =>
    qaMessagesResponse.parse((await app.inject('/qa/messages')).json()).messages;
  return { app, clock, messages };
}

describe('delayed mail delivery', () => {
  it('hands a delayed mail to SMTP only once due, and the log remembers it until then', async () => {
    sink = await startSmtpSink();
    const dataDir = tempDir();
    const { app, clock } = await startedAt(dataDir, 0, sink.port);
    await app.inject({ method: 'PUT', url: '/qa/simulation', payload: { messageDelayMs: 4000 } });
    await register(app);
    clock.advance(3999);
    expect(pendingOf(dataDir)).toEqual([1]);
    clock.advance(1);
    expect(pendingOf(dataDir)).toEqual([0]);
    // close() waits for the delivery under way: the mail is out once it returns.
    await app.close();
    expect(sink.mails).toHaveLength(1);
    expect(sink.mails[0]?.to).toEqual(['jean.dupont@garage.fr']);
  });

  it('sends a mail still due after a restart during the delay, when due', async () => {
    sink = await startSmtpSink();
    const dataDir = tempDir();
    const first = await startedAt(dataDir, 0, sink.port);
    await first.app.inject({
      method: 'PUT',
      url: '/qa/simulation',
      payload: { messageDelayMs: 4000 },
    });
    await register(first.app);
    first.clock.advance(3000);
    await first.app.close();
    expect(sink.mails).toEqual([]);

    const second = await startedAt(dataDir, 3000, sink.port);
    expect(await second.messages()).toEqual([]);
    second.clock.advance(999);
    expect(await second.messages()).toEqual([]);
    second.clock.advance(1);
    expect(await second.messages()).toMatchObject([{ sentAt: at(4000) }]);
    await second.app.close();
    expect(sink.mails).toHaveLength(1);
  });

  it('sends at start a mail that fell due while the backend was down', async () => {
    sink = await startSmtpSink();
    const dataDir = tempDir();
    const first = await startedAt(dataDir, 0, sink.port);
    await first.app.inject({
      method: 'PUT',
      url: '/qa/simulation',
      payload: { messageDelayMs: 4000 },
    });
    await register(first.app);
    await first.app.close();

    const second = await startedAt(dataDir, 60_000, sink.port);
    expect(await second.messages()).toHaveLength(1);
    expect(pendingOf(dataDir)).toEqual([0]);
    await second.app.close();
    expect(sink.mails).toHaveLength(1);
  });

  it('never sends a delayed mail of data a QA reset emptied', async () => {
    sink = await startSmtpSink();
    const { app, clock, messages } = await startedAt(tempDir(), 0, sink.port);
    await app.inject({ method: 'PUT', url: '/qa/simulation', payload: { messageDelayMs: 4000 } });
    await register(app);
    await app.inject({ method: 'POST', url: '/qa/reset' });
    expect(clock.pending()).toBe(0);
    clock.advance(4000);
    expect(await messages()).toEqual([]);
    await app.close();
    expect(sink.mails).toEqual([]);
  });
});
