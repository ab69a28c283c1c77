// One simulated tablet's HTTP connection: keep-alive, and its own loopback source address
// (127.1.x.y), so per-IP rate limits see 200 tablets, not one very busy one.
import { Agent, request } from 'node:http';

export interface Answer {
  status: number;
  body: unknown;
  ms: number;
}

export interface TabletClient {
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer>;
  close(): void;
}

export function loopbackAddress(index: number): string {
  return `127.1.${Math.floor(index / 250)}.${(index % 250) + 1}`;
}

export function tabletClient(
  baseUrl: string,
  localAddress: string,
  timeoutMs: number,
): TabletClient {
  const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress });
  return {
    call(method, path, body, headers = {}) {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const started = performance.now();
      return new Promise<Answer>((resolve, reject) => {
        const req = request(
          new URL(path, baseUrl),
          {
            method,
            agent,
            timeout: timeoutMs,
            headers: payload
              ? {
                  'content-type': 'application/json',
                  'content-length': Buffer.byteLength(payload),
                  ...headers,
                }
              : headers,
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              let parsed: unknown = text;
              try {
                parsed = text ? JSON.parse(text) : null;
              } catch {
                // Not JSON: kept as text for the error report.
              }
              resolve({
                status: res.statusCode ?? 0,
                body: parsed,
                ms: performance.now() - started,
              });
            });
            res.on('error', reject);
          },
        );
        req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}
