// What the router and the HTTP parser refuse (unknown route, bad URL, parameter too long, bad
// JSON, body too large, headers too large, not HTTP at all) answers the contract's error shape
// with a fixed message: never Fastify's own shape, never the URL, a header or the body sent.
import { connect } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { errorResponse } from '../../../src/contract/csm/errors.js';
import { startBackend, type RunningBackend } from '../../../src/backend/server.js';
import { useBackends } from './support/backend-harness.js';

const { backend, tempDir } = useBackends();
const running: RunningBackend[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.close();
});

/** Something a caller sent that an answer must never carry back. */
const MARK = 'zq<script>echo';

async function onLoopback(): Promise<RunningBackend> {
  const server = await startBackend({ dataDir: tempDir(), passwordCost: 'test' });
  running.push(server);
  return server;
}

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes as they are through a real socket on loopback; reads until the server closes. */
function raw(port: number, request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer within 5 s')));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error) => (chunks.length ? finish() : reject(error)));
    socket.on('close', finish);
    socket.write(request);
    let done = false;
    function finish() {
      if (done) return;
      done = true;
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => {
          const at = line.indexOf(':');
          return [line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()];
        }),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    }
  });
}

function expectTyped(body: string, code: string) {
  expect(body).not.toContain(MARK);
  expect(body).not.toMatch(/zq|statusCode|FST_/);
  const parsed = z.strictObject(errorResponse.shape).parse(JSON.parse(body));
  expect(parsed.error.code).toBe(code);
  return parsed.error;
}

describe('router and parser errors in the contract shape, echoing nothing', () => {
  it('answers an unknown route 404 NOT_FOUND without its path', async () => {
    const { app } = await backend();
    const response = await app.inject(`/v1/${encodeURIComponent(MARK)}`);
    expect(response.statusCode).toBe(404);
    expectTyped(response.body, 'NOT_FOUND');
  });

  it('answers a URL that cannot be decoded 400 INVALID_INPUT without the URL', async () => {
    const { app } = await backend();
    const response = await app.inject({
      method: 'POST',
      url: `/v1/accounts/%zz${encodeURIComponent(MARK)}/mobile`,
      headers: { 'idempotency-key': randomUUID() },
      payload: {},
    });
    expect(response.statusCode).toBe(400);
    expectTyped(response.body, 'INVALID_INPUT');
  });

  it('answers a path parameter too long 414 INVALID_INPUT without the URL', async () => {
    const { app } = await backend();
    const response = await app.inject({
      method: 'POST',
      url: `/v1/accounts/${encodeURIComponent(MARK)}${'a'.repeat(300)}/mobile`,
      headers: { 'idempotency-key': randomUUID() },
      payload: {},
    });
    expect(response.statusCode).toBe(414);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expectTyped(response.body, 'INVALID_INPUT');
  });

  it('answers a body that is not JSON 400 INVALID_INPUT without the body', async () => {
    const { app } = await backend();
    const response = await app.inject({
      method: 'POST',
      url: '/v1/accounts',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      payload: `{"email": "${MARK}`,
    });
    expect(response.statusCode).toBe(400);
    expectTyped(response.body, 'INVALID_INPUT');
  });

  it('answers a body too large in the contract shape without reading it back', async () => {
    const { app } = await backend();
    const response = await app.inject({
      method: 'POST',
      url: '/v1/accounts',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      payload: JSON.stringify({ email: MARK.repeat(2000) }),
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expectTyped(response.body, 'INVALID_INPUT');
  });

  it('answers a too long parameter through a real socket 414, without the URL', async () => {
    const server = await onLoopback();
    const answer = await raw(
      server.port,
      `POST /v1/accounts/${encodeURIComponent(MARK)}${'a'.repeat(500)}/mobile HTTP/1.1\r\n` +
        'Host: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
    );
    expect(answer.status).toBe(414);
    expectTyped(answer.body, 'INVALID_INPUT');
  });

  it('answers headers too large through a real socket 431, without the header', async () => {
    const server = await onLoopback();
    const answer = await raw(
      server.port,
      'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
        `X-Big: ${MARK}${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(431);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expectTyped(answer.body, 'INVALID_INPUT');
  });

  it('answers a URL longer than the headers allow through a real socket, without the URL', async () => {
    const server = await onLoopback();
    const answer = await raw(
      server.port,
      `GET /v1/${MARK}${'a'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
    );
    expect([414, 431]).toContain(answer.status);
    expectTyped(answer.body, 'INVALID_INPUT');
  });

  it('answers bytes that are not HTTP 400 in the contract shape', async () => {
    const server = await onLoopback();
    const answer = await raw(server.port, `${MARK} NOT-HTTP\r\n\r\n`);
    expect(answer.status).toBe(400);
    expectTyped(answer.body, 'INVALID_INPUT');
  });
});
