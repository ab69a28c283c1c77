// How the simulated world behaves, changeable while the backend runs (PUT /qa/simulation): how
// late mails and SMS go out and how the simulated IDnow review answers. The mailer and the
// simulator read it at each write, so a change applies to what is sent or submitted next.
import type { IdentResult } from '../contract/csm/idnow.js';
import type { QaSimulation, QaSimulationPatch } from '../contract/csm/qa-api.js';

/** Long enough for a trainer to show IDENT_REVIEW on the tablet, short enough not to bore. */
export const DEFAULT_IDENT_REVIEW_DELAY_MS = 5000;

/** Mails at once, IDnow's review in 5 s with SUCCESS: the reference backend as it always was. */
export const DEFAULT_SIMULATION: QaSimulation = {
  messageDelayMs: 0,
  identReviewDelayMs: DEFAULT_IDENT_REVIEW_DELAY_MS,
  identOutcome: 'SUCCESS',
};

/** The simulation a backend starts with, from its options (BackendOptions' fields). */
export function initialSimulation(options: {
  identReviewDelayMs?: number | undefined;
  identOutcome?: IdentResult | undefined;
}): QaSimulation {
  const identReviewDelayMs = options.identReviewDelayMs ?? DEFAULT_IDENT_REVIEW_DELAY_MS;
  if (!Number.isInteger(identReviewDelayMs) || identReviewDelayMs < 0) {
    throw new Error(
      `identReviewDelayMs doit être un entier positif ou nul (reçu ${identReviewDelayMs}).`,
    );
  }
  return {
    ...DEFAULT_SIMULATION,
    identReviewDelayMs,
    identOutcome: options.identOutcome ?? DEFAULT_SIMULATION.identOutcome,
  };
}

export interface Simulation {
  get(): QaSimulation;
  change(patch: QaSimulationPatch): QaSimulation;
}

export function createSimulation(initial: QaSimulation): Simulation {
  let current = { ...initial };
  return {
    get: () => ({ ...current }),
    change(patch) {
      // A patch from zod's partial() may carry explicit undefineds: they change nothing.
      const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      current = { ...current, ...given };
      return { ...current };
    },
  };
}
