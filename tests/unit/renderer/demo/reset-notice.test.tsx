// After "Réinitialiser la démo" the page reloads; the time the core took crosses the reload once
// and is shown on the emptied tablet, in the language's number format, then goes.
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepResetTime, takeResetTime } from '../../../../src/renderer/demo/reset-notice.js';
import { ResetNotice } from '../../../../src/renderer/demo/reset-notice-view.js';

afterEach(() => {
  sessionStorage.clear();
  vi.useRealTimers();
});

describe('reset notice', () => {
  it('hands the time over once', () => {
    keepResetTime(312.4);
    expect(takeResetTime()).toBe(312);
    expect(takeResetTime()).toBeNull();
  });

  it('ignores what is not a time', () => {
    sessionStorage.setItem('csm-demo-reset-ms', 'soon');
    expect(takeResetTime()).toBeNull();
  });

  it('says how long the reset took, then goes', () => {
    vi.useFakeTimers();
    keepResetTime(312);
    render(<ResetNotice />);
    expect(screen.getByRole('status').textContent).toBe('Démo réinitialisée en 0,3 s');
    act(() => {
      vi.advanceTimersByTime(6_000);
    });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says nothing on a page that was not reset', () => {
    render(<ResetNotice />);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
