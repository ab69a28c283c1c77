// The device's top strip: the time, online or offline as the core says, and the battery where
// the platform reports it.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StatusBar } from '../../../../src/renderer/components/status-bar.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';

beforeEach(() => {
  // Only the date is fixed: the core's answers still arrive on real timers.
  vi.useFakeTimers({ now: new Date(2025, 2, 14, 9, 41, 5), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'getBattery');
});

describe('status bar', () => {
  it('shows the time in hours and minutes', () => {
    const { Provider } = fakeKioskApi();
    const { container } = render(<StatusBar />, { wrapper: Provider });
    expect(container.querySelector('time')?.textContent).toBe('09:41');
  });

  it('says "Hors ligne" as soon as the core reports the network gone', async () => {
    const fake = fakeKioskApi({ 'sync.status': { online: true, waiting: 0, lastError: null } });
    render(<StatusBar />, { wrapper: fake.Provider });
    expect(await screen.findByText('En ligne')).toBeTruthy();
    act(() => fake.emit('sync.status', { online: false, waiting: 1, lastError: null }));
    expect(screen.getByTestId('network-state').textContent).toBe('Hors ligne');
  });

  it('shows the battery level and that it charges, where the platform reports it', async () => {
    const battery = Object.assign(new EventTarget(), { level: 0.83, charging: true });
    Object.defineProperty(navigator, 'getBattery', {
      configurable: true,
      value: () => Promise.resolve(battery),
    });
    const { Provider } = fakeKioskApi();
    render(<StatusBar />, { wrapper: Provider });
    expect(await screen.findByText('Batterie 83 % · en charge')).toBeTruthy();
    battery.charging = false;
    act(() => {
      battery.dispatchEvent(new Event('chargingchange'));
    });
    expect(screen.getByText('Batterie 83 %')).toBeTruthy();
  });
});
