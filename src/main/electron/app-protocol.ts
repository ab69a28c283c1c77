// Serves the Vite build (dist/renderer) under app://kiosk/ instead of file://, so the page has a
// real origin for its CSP and the IPC sender check, and cannot read a file outside that folder.
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import type { InlineHashes } from '../../contract/kiosk/inline-hashes.js';
import type { KioskSettings } from '../../contract/kiosk/settings.js';
import { readInlineHashes } from '../runtime/inline-hashes-file.js';
import { pageFileFor, pageWithLanguage } from '../runtime/page-language.js';
import { APP_HOST, APP_SCHEME } from './app-origin.js';
import { securityHeaders } from './security.js';

/**
 * `standard` gives the scheme an origin and relative URLs, `secure` a secure context,
 * `codeCache` V8's cache for the bundles. Deliberately not `bypassCSP`.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Maps a request URL to a file under `root`, or null when the URL is for another host or would
 * leave `root`. Decoding comes before the check, so `..%2f` cannot slip past it.
 */
export function resolveAppFile(root: string, url: string): string | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (pathname.includes('\0')) return null;
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';
  const base = resolve(root);
  const file = join(base, pathname);
  return file.startsWith(base + sep) ? file : null;
}

function respond(
  status: number,
  body: Uint8Array<ArrayBuffer> | string | null,
  type?: string,
  inline?: InlineHashes,
): Response {
  const headers: Record<string, string> = { ...securityHeaders(inline) };
  if (type) headers['Content-Type'] = type;
  return new Response(body, { status, headers });
}

export interface AppProtocolOptions {
  /** The tablet's stored language, read when the kiosk's page is asked for; null if unknown. */
  language?: () => KioskSettings['language'] | null;
}

/** The kiosk's page in `language`, its first frame prerendered in it and the language written
 * in, so it shows at once (app.css hides a first frame whose language no host vouched for);
 * French when the build has no page for it. */
async function kioskPage(
  root: string,
  language: KioskSettings['language'] | null,
): Promise<Buffer> {
  const page = (file: string) => readFile(join(resolve(root), file), 'utf8');
  const html = await page(pageFileFor(language)).catch(() => page('index.html'));
  return Buffer.from(pageWithLanguage(html, language));
}

/** The handler for `protocol.handle(APP_SCHEME, ...)`; `root` is the dist/renderer folder. */
export function createAppProtocolHandler(
  root: string,
  { language }: AppProtocolOptions = {},
): (request: Request) => Promise<Response> {
  const kioskEntry = join(resolve(root), 'index.html');
  // Read at the first request, once: the build does not change while the app runs.
  let inline: Promise<InlineHashes> | null = null;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, null);
    }
    const file = resolveAppFile(root, request.url);
    if (!file) return respond(403, 'Forbidden', contentTypes['.txt']);
    let bytes: Buffer;
    try {
      bytes =
        file === kioskEntry && language ? await kioskPage(root, language()) : await readFile(file);
    } catch {
      return respond(404, 'Not found', contentTypes['.txt']);
    }
    let hashes: InlineHashes;
    try {
      hashes = await (inline ??= readInlineHashes(root));
    } catch {
      // Not the build's hashes: no page is served under a CSP guessed around them.
      return respond(500, 'Internal error', contentTypes['.txt']);
    }
    const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return respond(200, request.method === 'HEAD' ? null : new Uint8Array(bytes), type, hashes);
  };
}
