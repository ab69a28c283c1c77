// HTTP to the emulation as any caller may send it: a browser, or an attacker's page after DNS
// rebinding, with the Host and Origin it likes. fetch cannot set Host, hence node:http.
import { request, type IncomingHttpHeaders } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  /** JSON-encoded; sets content-type. */
  json?: unknown;
  /** Sent as is (a malformed body). */
  raw?: string;
}

/** Where the server listens, whatever Host the request claims. */
export interface Target {
  port: number;
}

export const targetOf = (url: string): Target => ({ port: Number(new URL(url).port) });

/** The Host a page served by the emulation sends. */
export const ownHost = (target: Target) => `127.0.0.1:${target.port}`;

export function send(target: Target, req: RawRequest): Promise<RawAnswer> {
  const body = req.raw ?? (req.json === undefined ? undefined : JSON.stringify(req.json));
  return new Promise((resolve, reject) => {
    const r = request(
      {
        host: '127.0.0.1',
        port: target.port,
        method: req.method ?? 'GET',
        path: req.path,
        setHost: false,
        agent: false,
        headers: {
          host: ownHost(target),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...req.headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        const done = () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text });
          res.destroy();
        };
        res.on('data', (chunk: string) => {
          text += chunk;
          // An event stream never ends: its first bytes are enough to know it was granted.
          if (res.headers['content-type'] === 'text/event-stream') done();
        });
        res.on('end', done);
      },
    );
    r.on('error', reject);
    r.end(body);
  });
}

/** An event stream kept open: read what comes, then close it. */
export function openStream(
  target: Target,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; received(): string; close(): void }> {
  return new Promise((resolve, reject) => {
    let text = '';
    const r = request(
      {
        host: '127.0.0.1',
        port: target.port,
        path,
        setHost: false,
        agent: false,
        headers: { host: ownHost(target), ...headers },
      },
      (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('error', () => {});
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          received: () => text,
          close: () => r.destroy(),
        });
      },
    );
    r.on('error', reject);
    r.end();
  });
}

const META = /<meta name="csm-bridge" content="([^"]*)"/;

/** The secret the served page holds, as the web bridge reads it; '' when there is none. */
export async function pageSecret(target: Target): Promise<string> {
  const page = await send(target, { path: '/' });
  return META.exec(page.body)?.[1] ?? '';
}
