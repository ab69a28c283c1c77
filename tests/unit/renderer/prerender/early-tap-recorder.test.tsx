// A tap on a prerendered tile before React runs is kept by the page's boot script and handed
// to the app machine through takeEarlyTap, like a tap React heard itself.
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EarlyHome, takeEarlyTap } from '../../../../src/renderer/early-home.js';
import { installEarlyTapRecorder } from '../../../../src/renderer/prerender/early-tap-recorder.js';
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
