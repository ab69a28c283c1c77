// The progress is saved once the machine has stopped moving for a moment; once the page is about
// to be replaced (demo mode entered, left or reset), nothing more is saved: the save would land
// in the core that replaces this page's, and the new tablet would reopen at the old screen.
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { holdProgress, releaseProgress } from '../../../../src/renderer/hooks/progress-hold.js';
import { useProgressSaving } from '../../../../src/renderer/hooks/use-progress-saving.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';

const toggle = createMachine({
  id: 'toggle',
  initial: 'off',
  states: { off: { on: { FLIP: 'on' } }, on: { on: { FLIP: 'off' } } },
});

afterEach(() => {
  releaseProgress();
  vi.useRealTimers();
});

function saving() {
  vi.useFakeTimers();
  const fake = fakeKioskApi({ 'wizard.save': { savedAt: '2026-12-02T06:00:00.000Z' } });
  const actor = createActor(toggle).start();
  renderHook(() => useProgressSaving(actor), { wrapper: fake.Provider });
  const flip = () =>
    act(() => {
      actor.send({ type: 'FLIP' });
      vi.advanceTimersByTime(300);
    });
  const saves = () => fake.invoked.filter((c) => c === 'wizard.save').length;
  return { flip, saves };
}

describe('progress saving', () => {
  it('saves the machine once it has moved', () => {
    const { flip, saves } = saving();
    flip();
    expect(saves()).toBe(1);
  });

  it('saves nothing once the page is about to be replaced, and again once that was refused', () => {
    const { flip, saves } = saving();
    holdProgress();
    flip();
    expect(saves()).toBe(0);
    releaseProgress();
    flip();
    expect(saves()).toBe(1);
  });
});
