// A tap on a prerendered tile before React runs is kept by the page's boot script and handed
// to the app machine through takeEarlyTap, like a tap React heard itself.
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EarlyHome, takeEarlyTap } from '../../../../src/renderer/early-home.js';
import {
  installEarlyTapRecorder,
  LONGEST_PRESS_MS,
} from '../../../../src/renderer/prerender/early-tap-recorder.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';

/** The prerendered tiles as the page carries them, without React. */
function prerenderedTiles() {
  document.body.innerHTML =
    '<button type="button" data-early-tap="OPEN_SETTINGS"><span>Réglages</span></button>' +
    '<button type="button" data-early-tap="OPEN_CSM_USERS">Utilisateurs CSM</button>' +
    '<button type="button">Autre</button>';
}

describe('early tap recorder', () => {
  afterEach(() => {
    window.csmEarlyTap?.stop();
    delete window.csmEarlyTap;
    takeEarlyTap();
    document.body.innerHTML = '';
  });

  it('keeps the last tile tapped before React, once, also on a tile’s inner text', () => {
    const recorder = installEarlyTapRecorder(window);
    prerenderedTiles();
    fireEvent.click(screen.getByText('Autre'));
    expect(recorder.take()).toBeNull();
    fireEvent.click(screen.getByText('Utilisateurs CSM'));
    fireEvent.click(screen.getByText('Réglages'));
    expect(recorder.take()).toBe('OPEN_SETTINGS');
    expect(recorder.take()).toBeNull();
  });

  it('hears nothing once stopped', () => {
    const recorder = installEarlyTapRecorder(window);
    prerenderedTiles();
    recorder.stop();
    fireEvent.click(screen.getByText('Réglages'));
    expect(recorder.take()).toBeNull();
  });

  it('hands the recorded tap to the app machine through takeEarlyTap', () => {
    installEarlyTapRecorder(window);
    prerenderedTiles();
    fireEvent.click(screen.getByText('Utilisateurs CSM'));
    expect(takeEarlyTap()).toEqual({ type: 'OPEN_CSM_USERS' });
    expect(takeEarlyTap()).toBeNull();
  });

  it('stops once the first frame is hydrated: React’s later tap wins', () => {
    const recorder = installEarlyTapRecorder(window);
    render(<EarlyHome />, { wrapper: fakeKioskApi().Provider });
    fireEvent.click(screen.getByRole('button', { name: 'Utilisateurs CSM' }));
    expect(recorder.take()).toBeNull();
    expect(takeEarlyTap()).toEqual({ type: 'OPEN_CSM_USERS' });
  });

  it('ignores a recorded value that is no tap of the home', () => {
    installEarlyTapRecorder(window);
    document.body.innerHTML = '<button data-early-tap="DELETE_ALL">x</button>';
    fireEvent.click(screen.getByText('x'));
    expect(takeEarlyTap()).toBeNull();
  });
});

describe('hand-over to the kiosk between taps', () => {
  afterEach(() => {
    vi.useRealTimers();
    window.csmEarlyTap?.stop();
    delete window.csmEarlyTap;
  });

  /** A pointer event as the document hears it: a finger (or the mouse) by its id. */
  const pointer = (type: string, pointerId: number) =>
    document.body.dispatchEvent(Object.assign(new Event(type, { bubbles: true }), { pointerId }));

  it('hands over at once when nothing presses the screen', () => {
    const recorder = installEarlyTapRecorder(window);
    const run = vi.fn();
    recorder.handOver(run);
    expect(run).toHaveBeenCalledOnce();
  });

  it('waits for the press to end, and for the task its click comes in', () => {
    vi.useFakeTimers();
    const recorder = installEarlyTapRecorder(window);
    const run = vi.fn();
    pointer('pointerdown', 1);
    recorder.handOver(run);
    vi.advanceTimersByTime(LONGEST_PRESS_MS - 1);
    expect(run).not.toHaveBeenCalled();
    pointer('pointerup', 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(LONGEST_PRESS_MS);
    expect(run).toHaveBeenCalledOnce();
  });

  it('waits for every finger, a cancelled one as a lifted one', () => {
    vi.useFakeTimers();
    const recorder = installEarlyTapRecorder(window);
    const run = vi.fn();
    pointer('pointerdown', 1);
    pointer('pointerdown', 2);
    recorder.handOver(run);
    pointer('pointerup', 1);
    vi.advanceTimersByTime(0);
    expect(run).not.toHaveBeenCalled();
    pointer('pointercancel', 2);
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledOnce();
  });

  it('does not wait past the longest press: a palm resting on the screen', () => {
    vi.useFakeTimers();
    const recorder = installEarlyTapRecorder(window);
    const run = vi.fn();
    pointer('pointerdown', 1);
    recorder.handOver(run);
    vi.advanceTimersByTime(LONGEST_PRESS_MS);
    expect(run).toHaveBeenCalledOnce();
    pointer('pointerup', 1);
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledOnce();
  });

  it('forgets a press that ended before the kiosk loaded', () => {
    const recorder = installEarlyTapRecorder(window);
    pointer('pointerdown', 1);
    pointer('pointerup', 1);
    const run = vi.fn();
    recorder.handOver(run);
    expect(run).toHaveBeenCalledOnce();
  });
});
