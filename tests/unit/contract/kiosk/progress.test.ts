// The wizard progress contract: what a save may carry, measured in UTF-8 bytes as it travels.
import { describe, expect, it } from 'vitest';
import {
  WIZARD_SNAPSHOT_MAX_BYTES,
  wizardSaveInput,
} from '../../../../src/contract/kiosk/progress.js';

const save = (snapshot: unknown, machineId = 'app') =>
  wizardSaveInput.safeParse({ machineId, snapshot }).success;

describe('wizard progress', () => {
  it('measures a snapshot in UTF-8 bytes, accents and emoji included', () => {
    const room = WIZARD_SNAPSHOT_MAX_BYTES - JSON.stringify({ t: '' }).length;
    expect(save({ t: 'x'.repeat(room) })).toBe(true);
    expect(save({ t: 'x'.repeat(room + 1) })).toBe(false);
    expect(save({ t: 'é'.repeat(room / 2) })).toBe(true);
    expect(save({ t: 'é'.repeat(room / 2 + 1) })).toBe(false);
    expect(save({ t: '🚗'.repeat(room / 4) })).toBe(true);
    expect(save({ t: '🚗'.repeat(room / 4 + 1) })).toBe(false);
  });

  it('refuses what is not a JSON snapshot, and odd machine ids', () => {
    expect(save(undefined)).toBe(false);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(save(cyclic)).toBe(false);
    expect(save({}, 'app/../x')).toBe(false);
    expect(save({}, 'registration-form.v2')).toBe(true);
  });
});
