// The idle watcher as a technician meets it: after the idle time set in Réglages without a
// touch, "Vous êtes toujours là ?" counts 30 s down with a large Continuer, then the kiosk goes
// home; any touch or key before that keeps the screen; home itself is never watched.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type IdleMinutes } from '../../../../src/contract/kiosk/settings.js';
import { IdleWatcher } from '../../../../src/renderer/idle/idle-watcher.js';
import { spokenSeconds } from '../../../../src/renderer/idle/idle-warning.js';
import { SettingsProvider } from '../../../../src/renderer/settings/settings-context.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';

const MINUTE = 60_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

function renderWatcher({ atHome = false, idleMinutes = 2 as IdleMinutes } = {}) {
  const onTimeUp = vi.fn();
  const { api } = fakeKioskApi();
  const view = (home: boolean) => (
    <SettingsProvider api={api} initial={{ ...DEFAULT_SETTINGS, idleMinutes }}>
      <input aria-label="E-Mail" />
      <IdleWatcher atHome={home} onTimeUp={onTimeUp} />
    </SettingsProvider>
  );
  const { rerender } = render(view(atHome));
  return { onTimeUp, goHome: () => rerender(view(true)), leaveHome: () => rerender(view(false)) };
}

/** The line on screen, not the one a screen reader hears (see spokenSeconds). */
const shown = (text: string) => screen.queryByText(text, { ignore: '[role=status]' });

const warning = () => screen.queryByRole('alertdialog', { name: 'Vous êtes toujours là ?' });

describe('idle watcher', () => {
  it('warns after the idle time of Réglages, with the seconds left and focus on Continuer', () => {
    renderWatcher({ idleMinutes: 1 });
    wait(MINUTE - 1);
    expect(warning()).toBeNull();
    wait(1);
    expect(warning()).not.toBeNull();
    expect(shown('Retour à l’accueil dans 30 secondes')).not.toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Retour à l’accueil dans 30 secondes');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Continuer' }));
  });

  it('counts down, then goes home once', () => {
    const { onTimeUp } = renderWatcher();
    wait(2 * MINUTE);
    wait(3000);
    expect(shown('Retour à l’accueil dans 27 secondes')).not.toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Retour à l’accueil dans 30 secondes');
    wait(26_000);
    expect(shown('Retour à l’accueil dans 1 seconde')).not.toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Retour à l’accueil dans 1 seconde');
    expect(onTimeUp).not.toHaveBeenCalled();
    wait(1000);
    expect(onTimeUp).toHaveBeenCalledTimes(1);
    expect(warning()).toBeNull();
  });

  it('starts the wait again at every touch, key, typing or scroll', () => {
    renderWatcher();
    const field = screen.getByLabelText('E-Mail');
    for (const touch of [
      () => fireEvent.pointerDown(document.body),
      () => fireEvent.keyDown(field, { key: 'a' }),
      () => fireEvent.input(field, { target: { value: 'j' } }),
      () => fireEvent.wheel(document.body),
    ]) {
      wait(2 * MINUTE - 1000);
      touch();
    }
    wait(2 * MINUTE - 1000);
    expect(warning()).toBeNull();
    wait(1000);
    expect(warning()).not.toBeNull();
  });

  it.each([
    ['Continuer', () => fireEvent.click(screen.getByRole('button', { name: 'Continuer' }))],
    ['a touch beside it', () => fireEvent.click(screen.getByTestId('idle-backdrop'))],
    ['Escape', () => fireEvent.keyDown(warning() as HTMLElement, { key: 'Escape' })],
  ])('is answered by %s: the screen stays, focus goes back, the wait starts over', (_, answer) => {
    const { onTimeUp } = renderWatcher();
    const field = screen.getByLabelText('E-Mail');
    field.focus();
    wait(2 * MINUTE + 20_000);
    answer();
    expect(warning()).toBeNull();
    expect(document.activeElement).toBe(field);
    wait(2 * MINUTE - 1);
    expect(warning()).toBeNull();
    expect(onTimeUp).not.toHaveBeenCalled();
  });

  it('never warns on home, and stops a warning when home opens', () => {
    const { onTimeUp, goHome, leaveHome } = renderWatcher({ atHome: true });
    wait(30 * MINUTE);
    expect(warning()).toBeNull();
    leaveHome();
    wait(2 * MINUTE + 5000);
    expect(warning()).not.toBeNull();
    goHome();
    expect(warning()).toBeNull();
    wait(MINUTE);
    expect(onTimeUp).not.toHaveBeenCalled();
  });

  it('tells a screen reader the countdown every ten seconds, then each of the last five', () => {
    expect([30, 29, 21, 20, 11, 10, 6, 5, 1].map(spokenSeconds)).toEqual([
      30, 30, 30, 20, 20, 10, 10, 5, 1,
    ]);
  });
});
