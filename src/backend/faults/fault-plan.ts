// The fault rules QA has set and the draw, per request, of what goes wrong with it. Pure: the
// Fastify hooks that carry a decision out are in fault-hooks.ts.
import { csmRoutes, type CsmRouteName } from '../../contract/csm/routes.js';
import type { FaultRule } from '../../contract/csm/qa-api.js';
import { fail, ok, type Result } from '../result.js';
import { seededRandom, type Random } from './seeded-random.js';

export type FaultAction = 'pass' | 'error' | 'timeout' | 'drop';

export interface FaultDecision {
  latencyMs: number;
  action: FaultAction;
  /** before: the request is lost unhandled; after: it is handled, then its answer is lost. */
  phase: 'before' | 'after';
  holdMs: number;
}

export interface FaultPlan {
  /** Replaces every rule; a seed makes the draws that follow repeatable. */
  replace(rules: FaultRule[], seed?: number): void;
  rules(): FaultRule[];
  clear(): void;
  /** null when no rule applies to this route. */
  decide(route: CsmRouteName): FaultDecision | null;
}

const routeNames = Object.keys(csmRoutes) as CsmRouteName[];

/** What the schema cannot say alone: known route names, and rates that fit in one draw. */
export function checkFaultRules(rules: FaultRule[]): Result<FaultRule[]> {
  for (const rule of rules) {
    if (rule.route !== '*' && !routeNames.includes(rule.route as CsmRouteName)) {
      return fail(
        'INVALID_INPUT',
        `Route inconnue : « ${rule.route} ». Routes possibles : * ou ${routeNames.join(', ')}.`,
        { route: 'invalid' },
      );
    }
    if (rule.errorRate + rule.timeoutRate + rule.dropRate > 1) {
      return fail(
        'INVALID_INPUT',
        `Règle « ${rule.route} » : errorRate + timeoutRate + dropRate ne peut pas dépasser 1.`,
        { rules: 'invalid' },
      );
    }
  }
  return ok(rules);
}

/** A rule naming the route wins over '*'; '*' never covers /health, which must be named. */
function ruleFor(rules: FaultRule[], route: CsmRouteName): FaultRule | undefined {
  return (
    rules.find((rule) => rule.route === route) ??
    (route === 'health' ? undefined : rules.find((rule) => rule.route === '*'))
  );
}

export function createFaultPlan(defaultRandom: Random = Math.random): FaultPlan {
  let current: FaultRule[] = [];
  let random = defaultRandom;
  return {
    replace(rules, seed) {
      current = rules.map((rule) => ({ ...rule }));
      random = seed === undefined ? defaultRandom : seededRandom(seed);
    },
    rules: () => current.map((rule) => ({ ...rule })),
    clear() {
      current = [];
      random = defaultRandom;
    },
    decide(route) {
      const rule = ruleFor(current, route);
      if (!rule) return null;
      // Two draws per request whatever the outcome, so a seed replays the same sequence.
      const draw = random();
      const phaseDraw = random();
      let action: FaultAction = 'pass';
      if (draw < rule.errorRate) action = 'error';
      else if (draw < rule.errorRate + rule.timeoutRate) action = 'timeout';
      else if (draw < rule.errorRate + rule.timeoutRate + rule.dropRate) action = 'drop';
      const phase = rule.phase === 'random' ? (phaseDraw < 0.5 ? 'before' : 'after') : rule.phase;
      return { latencyMs: rule.latencyMs, action, phase, holdMs: rule.holdMs };
    },
  };
}
