// The first frame's home works before the kiosk's machines have loaded: its tap is kept, once,
// for the app machine to replay.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EarlyHome, takeEarlyTap } from '../../../src/renderer/early-home.js';
import { fakeKioskApi } from './support/fake-kiosk-api.js';

describe('first frame home', () => {
  it('keeps the last tile tapped, and hands it over once', () => {
    render(<EarlyHome />, { wrapper: fakeKioskApi().Provider });
    expect(takeEarlyTap()).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Utilisateurs CSM' }));
    fireEvent.click(screen.getByRole('button', { name: 'Réglages' }));
    expect(takeEarlyTap()).toEqual({ type: 'OPEN_SETTINGS' });
    expect(takeEarlyTap()).toBeNull();
  });
});
