import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { qaMessagesResponse } from '../../../src/contract/csm/qa-api.js';
import { register, useBackends } from './support/backend-harness.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';

const { backend } = useBackends();
let sink: SmtpSink | null = null;
afterEach(async () => {
  await sink?.close();
  sink = null;
});

function deliveryOf(dataDir: string) {
  const db = new Database(join(dataDir, 'backend.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT delivered_at, delivery_error FROM messages').get() as {
      delivered_at: string | null;
      delivery_error: string | null;
    };
  } finally {
    db.close();
  }
}

describe('mail delivery', () => {
  it('keeps the Token e-mail in the log only when no SMTP server is configured', async () => {
    const { app, dataDir } = await backend({ qa: true });
    await register(app);
    const { messages } = qaMessagesResponse.parse((await app.inject('/qa/messages')).json());
    expect(messages).toHaveLength(1);
    expect(deliveryOf(dataDir)).toEqual({ delivered_at: null, delivery_error: null });
  });

  it('also sends it through the SMTP server when one is configured', async () => {
    sink = await startSmtpSink();
    const { app, dataDir } = await backend({
      qa: true,
      smtp: { host: '127.0.0.1', port: sink.port },
    });
    await register(app);
    const { messages } = qaMessagesResponse.parse((await app.inject('/qa/messages')).json());
    const code = /: (\d{6})/.exec(messages[0]?.body ?? '')?.[1];
    // close() waits for the delivery under way: the mail is out once it returns.
    await app.close();

    expect(sink.mails).toHaveLength(1);
    expect(sink.mails[0]?.to).toEqual(['jean.dupont@garage.fr']);
    expect(sink.mails[0]?.data).toContain('Subject: Cyber Security Management : votre code Token');
    expect(sink.mails[0]?.data).toContain(code);
    expect(deliveryOf(dataDir).delivered_at).not.toBeNull();
  });

  it('still answers 202 and keeps the message, with the reason, when the SMTP server is down', async () => {
    sink = await startSmtpSink();
    const deadPort = sink.port;
    await sink.close();
    sink = null;
    const { app, dataDir } = await backend({ smtp: { host: '127.0.0.1', port: deadPort } });
    expect((await register(app)).statusCode).toBe(202);
    await app.close();
    const delivery = deliveryOf(dataDir);
    expect(delivery.delivered_at).toBeNull();
    expect(delivery.delivery_error).toMatch(/ECONNREFUSED/);
  });
});
