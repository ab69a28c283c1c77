// Puts the IDnow simulator on the backend: its smartphone page and API, the reviews a previous
// run left waiting, and no review firing once the backend closes.
import type { FastifyInstance } from 'fastify';
import type { BackendContext } from '../backend-context.js';
import type { BackendTimers } from '../backend-timers.js';
import { registerCompanionRoutes, type CompanionPageOptions } from './companion-routes.js';
import { identAccountsOf } from './ident-accounts-of.js';
import { createIdnowSimulator, type IdnowSimulator } from './idnow-simulator.js';
import { DEFAULT_MAX_PHOTO_BYTES } from './photo-check.js';

export interface IdnowSettings extends CompanionPageOptions {
  timers: BackendTimers;
}

export function installIdnowSimulator(
  app: FastifyInstance,
  context: BackendContext,
  settings: IdnowSettings,
): IdnowSimulator {
  const simulator = createIdnowSimulator(
    {
      db: context.db,
      accounts: identAccountsOf(context),
      now: context.now,
      timers: settings.timers,
    },
    {
      // Read at each submission: QA's PUT /qa/simulation applies to the next review.
      review: () => {
        const { identReviewDelayMs, identOutcome } = context.simulation.get();
        return { reviewDelayMs: identReviewDelayMs, outcome: identOutcome };
      },
      maxPhotoBytes: DEFAULT_MAX_PHOTO_BYTES,
    },
  );
  registerCompanionRoutes(app, simulator, DEFAULT_MAX_PHOTO_BYTES, settings);
  // Before the database closes: a review must not fire into a closed backend.
  app.addHook('preClose', async () => simulator.cancelAll());
  simulator.resume();
  return simulator;
}
