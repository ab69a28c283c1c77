// Serves the IDnow simulator's smartphone page under /idnow/ and the small API it calls. The
// page runs under a CSP that starts from default-src 'none'; photos arrive as raw image bodies.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { IDNOW_COMPANION_PATH } from '../../contract/csm/idnow.js';
import type { Result } from '../result.js';
import { appError, sendError } from '../http/error-replies.js';
import { companionMessagesFr } from './companion-messages-fr.js';
import { companionHtml } from './companion-page/page-html.js';
import { companionScript } from './companion-page/page-script.js';
import { demoPicturesScript } from './companion-page/demo-pictures-script.js';
import { companionStyle } from './companion-page/page-style.js';
import { CAPTURE_SLOTS, type CaptureSlot } from './idnow-sessions-repo.js';
import type { IdnowSimulator } from './idnow-simulator.js';

export interface CompanionPageOptions {
  /** Trainers' demo mode: each photo step offers a generated picture. */
  demo?: boolean | undefined;
  /** Who may frame the page (CSP frame-ancestors). Default: nobody, or loopback pages in demo
   * mode (the emulation shows the phone as an in-page frame). */
  companionFrameAncestors?: string[] | undefined;
}

const DEMO_FRAME_ANCESTORS = ['http://127.0.0.1:*', 'http://localhost:*'];

function frameAncestorsOf(options: CompanionPageOptions): string {
  const sources = options.companionFrameAncestors ?? (options.demo ? DEMO_FRAME_ANCESTORS : []);
  // A source is one token of the header: a space, a comma or a semicolon would add directives.
  const bad = sources.find((source) => source === '' || /[\s,;]/.test(source));
  if (bad !== undefined) throw new Error(`companionFrameAncestors : source invalide « ${bad} ».`);
  return sources.length > 0 ? sources.join(' ') : "'none'";
}

function cspOf(options: CompanionPageOptions): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    // Previews of the photos just taken are blob: URLs of the page's own files.
    "img-src 'self' blob:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestorsOf(options)}`,
  ].join('; ');
}

// The Ident-ID sits in the page's address: no Referer may carry it elsewhere.
function pageHeadersOf(options: CompanionPageOptions) {
  return {
    'content-security-policy': cspOf(options),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cache-control': 'no-store',
  };
}

/** Writes must carry it: a cross-site page could only add it after a CORS preflight. */
const COMPANION_HEADER = 'x-requested-with';

type IdentParams = { identId: string };

function answer<T>(reply: FastifyReply, result: Result<T>) {
  if (!result.ok) return sendError(reply, result.error);
  return reply.header('cache-control', 'no-store').send(result.value);
}

function fromCompanion(request: FastifyRequest, reply: FastifyReply): boolean {
  if (request.headers[COMPANION_HEADER] === 'idnow-companion') return true;
  sendError(reply, appError('FORBIDDEN', 'Demande refusée : elle ne vient pas de la page IDnow.'));
  return false;
}

export function registerCompanionRoutes(
  app: FastifyInstance,
  simulator: IdnowSimulator,
  maxPhotoBytes: number,
  options: CompanionPageOptions = {},
): void {
  const base = IDNOW_COMPANION_PATH; // '/idnow/'
  const pageHeaders = pageHeadersOf(options);
  const html = companionHtml(maxPhotoBytes, options.demo === true);
  // Without demo, the drawing code is not even served.
  const script = options.demo ? companionScript + demoPicturesScript : companionScript;
  const api = `${base}api/idents/:identId`;

  app.get(base.slice(0, -1), (request, reply) => {
    const query = request.url.slice(base.length - 1);
    return reply.redirect(`${base}${query}`, 308);
  });
  app.get(base, (_request, reply) =>
    reply.headers(pageHeaders).type('text/html; charset=utf-8').send(html),
  );
  app.get(`${base}companion.js`, (_request, reply) =>
    reply.headers(pageHeaders).type('text/javascript; charset=utf-8').send(script),
  );
  app.get(`${base}companion.css`, (_request, reply) =>
    reply.headers(pageHeaders).type('text/css; charset=utf-8').send(companionStyle),
  );

  app.get<{ Params: IdentParams }>(api, (request, reply) =>
    answer(reply, simulator.check(request.params.identId)),
  );
  app.post<{ Params: IdentParams }>(`${api}/terms`, (request, reply) => {
    if (!fromCompanion(request, reply)) return reply;
    return answer(reply, simulator.acceptTerms(request.params.identId));
  });
  app.post<{ Params: IdentParams }>(`${api}/refuse`, (request, reply) => {
    if (!fromCompanion(request, reply)) return reply;
    return answer(reply, simulator.refuse(request.params.identId));
  });
  app.post<{ Params: IdentParams }>(`${api}/submit`, (request, reply) => {
    if (!fromCompanion(request, reply)) return reply;
    return answer(reply, simulator.submit(request.params.identId));
  });

  // Photos are the only large bodies the backend takes: their parser and limit stay in here.
  void app.register(async (photos) => {
    photos.addContentTypeParser(
      /^(image\/[\w.+-]+|application\/octet-stream)$/,
      { parseAs: 'buffer', bodyLimit: maxPhotoBytes },
      (_request, body, done) => done(null, body),
    );
    photos.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
      const maxMb = Math.floor(maxPhotoBytes / (1024 * 1024));
      if (error.statusCode === 413) {
        return sendError(reply, appError('INVALID_INPUT', companionMessagesFr.tooLarge(maxMb)));
      }
      if (error.statusCode === 415) {
        return sendError(reply, appError('INVALID_INPUT', companionMessagesFr.notImage));
      }
      const status = error.statusCode ?? 500;
      return sendError(reply, appError(status < 500 ? 'INVALID_INPUT' : 'INTERNAL'));
    });
    photos.put<{ Params: IdentParams & { slot: string }; Body: unknown }>(
      `${api}/photos/:slot`,
      (request, reply) => {
        if (!fromCompanion(request, reply)) return reply;
        const slot = request.params.slot as CaptureSlot;
        if (!CAPTURE_SLOTS.includes(slot)) return sendError(reply, appError('NOT_FOUND'));
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        return answer(reply, simulator.storePhoto(request.params.identId, slot, body));
      },
    );
  });
}
