// Closing the backend with a connection open that never sent a request (browsers open them ahead
// of need): the close must not wait for Node's 60 s headers timeout, and a request in flight is
// still answered before its connection goes.
import { once } from 'node:events';
import { Agent, createServer, get, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src/backend/server.js';
import { followConnections } from '../../../src/node/http/quiet-connections.js';
import { useTempDirs } from './support/temp-dirs.js';

const tempDir = useTempDirs();

/** A socket to `port` that connects and sends nothing. */
async function silentSocket(port: number) {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  return socket;
}

/** Settles with `promise`, or says it was still waiting after `ms`. */
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise.then(() => 'done' as const),
    new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms)),
  ]);

describe('closing with quiet connections open', () => {
  it('the backend closes at once though a connection never sent a request', async () => {
    const backend = await startBackend({ dataDir: tempDir(), scryptCost: 10 });
    const socket = await silentSocket(backend.port);
    const closed = once(socket, 'close');
    // Without the follow-up, Fastify's close waits here for the headers timeout (60 s).
    expect(await within(backend.close(), 5_000)).toBe('done');
    await closed;
  });

  it('ends the quiet connections, and a busy one once its answer has gone', async () => {
    const waiting: ServerResponse[] = [];
    const server = createServer((_request, response) => void waiting.push(response));
    // Kept alive well past the test's bound: only the follow-up can end it sooner.
    server.keepAliveTimeout = 60_000;
    const connections = followConnections(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;

    const quiet = await silentSocket(port);
    const quietClosed = once(quiet, 'close');
    const agent = new Agent({ keepAlive: true });
    const answer = new Promise<string>((resolve, reject) => {
      get({ port, host: '127.0.0.1', path: '/', agent }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve(body));
      }).on('error', reject);
    });
    await once(server, 'request');

    const serverClosed = once(server, 'close');
    connections.closeQuiet();
    server.close();
    await quietClosed;
    // The request in flight is answered whole, then its connection ends and the server closes.
    waiting[0]?.end('réponse');
    expect(await answer).toBe('réponse');
    expect(await within(serverClosed, 5_000)).toBe('done');
    agent.destroy();
  });
});
