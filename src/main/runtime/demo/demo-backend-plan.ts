// What the trainer's choices mean for the demo's reference backend: the pace and scenario as its
// simulation, "CSM hors ligne" as its fault rules. Pure, so the mapping is read and tested here.
import { faultRule, type FaultRule, type QaSimulation } from '../../../contract/csm/qa-api.js';
import type { DemoState } from '../../../contract/kiosk/demo.js';

/** Instantané: at once. Réaliste: mails a few seconds later, the IDnow review 30 s. */
const PACE_TIMINGS = {
  instant: { messageDelayMs: 0, identReviewDelayMs: 0 },
  realistic: { messageDelayMs: 4_000, identReviewDelayMs: 30_000 },
} as const satisfies Record<DemoState['pace'], Omit<QaSimulation, 'identOutcome'>>;

export function simulationFor(choice: Pick<DemoState, 'pace' | 'scenario'>): QaSimulation {
  return {
    ...PACE_TIMINGS[choice.pace],
    identOutcome: choice.scenario === 'identRefused' ? 'FRAUD_SUSPICION_CONFIRMED' : 'SUCCESS',
  };
}

/** Every CSM request lost before it is handled, the health probe too: the tablet is offline.
 * The backend's '*' leaves /health out, so the probe's route is named beside it. */
const CSM_UNREACHABLE: FaultRule[] = ['*', 'health'].map((route) =>
  faultRule.parse({ route, dropRate: 1, phase: 'before' }),
);

export const faultRulesFor = (csmOffline: boolean): FaultRule[] =>
  csmOffline ? CSM_UNREACHABLE : [];
