// Puts the IDnow simulator on the backend: its smartphone page and API, the reviews a previous
// run left waiting, and no review firing once the backend closes.
import type { FastifyInstance } from 'fastify';
import type { IdentResult } from '../../contract/csm/idnow.js';
import type { BackendContext } from '../backend-context.js';
import type { BackendTimers } from '../backend-timers.js';
import { registerCompanionRoutes } from './companion-routes.js';
import { identAccountsOf } from './ident-accounts-of.js';
import { createIdnowSimulator, type IdnowSimulator } from './idnow-simulator.js';
import { DEFAULT_MAX_PHOTO_BYTES } from './photo-check.js';

/** Long enough for a trainer to show IDENT_REVIEW on the tablet, short enough not to bore. */
export const DEFAULT_IDENT_REVIEW_DELAY_MS = 5000;

export interface IdnowSettings {
  identReviewDelayMs?: number;
  identOutcome?: IdentResult;
  timers: BackendTimers;
}

export function installIdnowSimulator(
  app: FastifyInstance,
  context: BackendContext,
  settings: IdnowSettings,
): IdnowSimulator {
  const reviewDelayMs = settings.identReviewDelayMs ?? DEFAULT_IDENT_REVIEW_DELAY_MS;
  if (!Number.isInteger(reviewDelayMs) || reviewDelayMs < 0) {
    throw new Error(
      `identReviewDelayMs doit être un entier positif ou nul (reçu ${reviewDelayMs}).`,
    );
  }
  const simulator = createIdnowSimulator(
    {
      db: context.db,
      accounts: identAccountsOf(context),
      now: context.now,
      timers: settings.timers,
    },
    {
      reviewDelayMs,
      outcome: settings.identOutcome ?? 'SUCCESS',
      maxPhotoBytes: DEFAULT_MAX_PHOTO_BYTES,
    },
  );
  registerCompanionRoutes(app, simulator, DEFAULT_MAX_PHOTO_BYTES);
  // Before the database closes: a review must not fire into a closed backend.
  app.addHook('preClose', async () => simulator.cancelAll());
  simulator.resume();
  return simulator;
}
