// Closing the server must not wait on connections that carry no request. Node's close (and
// Fastify's, which also closes idle keep-alive connections) still waits for a connection that
// was opened and has not yet sent a request, until its headers timeout (60 s): browsers open
// such connections ahead of need. So the server's connections are followed here, each with the
// requests it has in flight; once closing starts, every connection without one is ended, and
// any other as soon as its last answer has gone. Requests in flight are answered first.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface QuietConnections {
  /** Ends every connection with nothing in flight, now and as the others fall quiet. */
  closeQuiet(): void;
}

export function followConnections(server: Server): QuietConnections {
  const inFlight = new Map<Socket, number>();
  let closing = false;

  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.once('close', () => inFlight.delete(socket));
  });
  server.on('request', (request, response) => {
    const socket = request.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    response.once('close', () => {
      const count = inFlight.get(socket);
      if (count === undefined) return; // the connection is gone already
      const left = count - 1;
      inFlight.set(socket, left);
      if (closing && left === 0) socket.end();
    });
  });

  return {
    closeQuiet() {
      closing = true;
      for (const [socket, count] of inFlight) if (count === 0) socket.destroy();
    },
  };
}
