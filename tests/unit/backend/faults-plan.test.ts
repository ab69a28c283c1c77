import { describe, expect, it } from 'vitest';
import { faultRule } from '../../../src/contract/csm/qa-api.js';
import { checkFaultRules, createFaultPlan } from '../../../src/backend/faults/fault-plan.js';

const rule = (fields: object) => faultRule.parse(fields);

describe('fault plan', () => {
  it('leaves every route alone until QA sets a rule', () => {
    expect(createFaultPlan().decide('register')).toBeNull();
  });

  it('applies * to every CSM route but /health, which must be named', () => {
    const plan = createFaultPlan();
    plan.replace([rule({ route: '*', latencyMs: 200 })]);
    expect(plan.decide('register')?.latencyMs).toBe(200);
    expect(plan.decide('status')?.latencyMs).toBe(200);
    expect(plan.decide('health')).toBeNull();
    plan.replace([rule({ route: 'health', errorRate: 1 })]);
    expect(plan.decide('health')?.action).toBe('error');
  });

  it('prefers the rule naming the route over *', () => {
    const plan = createFaultPlan();
    plan.replace([rule({ route: '*', dropRate: 1 }), rule({ route: 'status', latencyMs: 5 })]);
    expect(plan.decide('status')).toMatchObject({ action: 'pass', latencyMs: 5 });
    expect(plan.decide('register')?.action).toBe('drop');
  });

  it('draws error, timeout and drop in proportion to their rates', () => {
    const plan = createFaultPlan();
    plan.replace([rule({ errorRate: 0.2, timeoutRate: 0.3, dropRate: 0.1, phase: 'before' })], 7);
    const counts = { pass: 0, error: 0, timeout: 0, drop: 0 };
    for (let i = 0; i < 10_000; i++) counts[plan.decide('register')?.action ?? 'pass'] += 1;
    expect(counts.error / 10_000).toBeCloseTo(0.2, 1);
    expect(counts.timeout / 10_000).toBeCloseTo(0.3, 1);
    expect(counts.drop / 10_000).toBeCloseTo(0.1, 1);
    expect(counts.pass / 10_000).toBeCloseTo(0.4, 1);
  });

  it('replays the same faults draw for draw with the same seed', () => {
    const plan = createFaultPlan();
    const run = (seed: number) => {
      plan.replace([rule({ errorRate: 0.3, dropRate: 0.3 })], seed);
      return Array.from({ length: 50 }, () => plan.decide('verifyToken'));
    };
    const first = run(42);
    expect(run(42)).toEqual(first);
    expect(run(43)).not.toEqual(first);
    expect(new Set(first.map((d) => d?.phase))).toEqual(new Set(['before', 'after']));
  });

  it('keeps the phase QA asked for', () => {
    const plan = createFaultPlan();
    plan.replace([rule({ errorRate: 1, phase: 'after' })], 1);
    for (let i = 0; i < 20; i++) expect(plan.decide('register')?.phase).toBe('after');
  });

  it('forgets every rule when cleared', () => {
    const plan = createFaultPlan();
    plan.replace([rule({ errorRate: 1 })]);
    plan.clear();
    expect(plan.rules()).toEqual([]);
    expect(plan.decide('register')).toBeNull();
  });

  it('refuses an unknown route and rates adding up to more than 1, in French', () => {
    const unknown = checkFaultRules([rule({ route: 'registre' })]);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.message).toMatch(/^Route inconnue : « registre »/);
    const tooMuch = checkFaultRules([rule({ errorRate: 0.6, dropRate: 0.6 })]);
    expect(tooMuch.ok).toBe(false);
    if (!tooMuch.ok) expect(tooMuch.error.message).toMatch(/ne peut pas dépasser 1/);
  });
});
