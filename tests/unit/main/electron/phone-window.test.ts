// The demo's smartphone window (Electron answers demo.openPhone with it): phone-sized, a plain
// sandboxed page with no bridge, kept on the demo server's origin, reused when opened again.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPhoneWindows, PHONE_TITLE } from '../../../../src/main/electron/phone-window.js';
import { hardenWebContents } from '../../../../src/main/electron/security.js';
import { BrowserWindow, fakeEvent, resetFakeElectron } from './fake-electron.js';

vi.mock('electron', () => import('./fake-electron.js'));

const DEMO = 'http://127.0.0.1:4999';
const companion = (ident: string) => `${DEMO}/idnow/?ident=${ident}`;

function onlyWindow() {
  expect(BrowserWindow.instances).toHaveLength(1);
  const window = BrowserWindow.instances[0] as BrowserWindow;
  // As installSecurity does for every webContents Chromium creates.
  if (window.webContents.listenerCount('will-navigate') === 0) {
    hardenWebContents(window.webContents as never);
  }
  return window;
}

function blocked(window: BrowserWindow, url: string) {
  const event = fakeEvent({ url });
  window.webContents.emit('will-navigate', event, url);
  return event.defaultPrevented;
}

describe('phone window', () => {
  beforeEach(() => resetFakeElectron());

  it('opens a phone-sized, sandboxed window without bridge on the companion page', () => {
    expect(createPhoneWindows({ devTools: false }, () => {}).open(companion('ID-1'))).toBe(true);
    const window = onlyWindow();
    expect(window.loaded).toEqual([companion('ID-1')]);
    expect(window.options).toMatchObject({
      width: 390,
      height: 844,
      title: PHONE_TITLE,
      kiosk: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect((window.options.webPreferences as Record<string, unknown>).preload).toBeUndefined();
  });

  it('offers developer tools only when asked (an unpackaged build), as the kiosk does', () => {
    createPhoneWindows({ devTools: false }, () => {}).open(companion('ID-1'));
    createPhoneWindows({ devTools: true }, () => {}).open(companion('ID-2'));
    const [packaged, unpackaged] = BrowserWindow.instances as BrowserWindow[];
    expect((packaged?.options.webPreferences as Record<string, unknown>).devTools).toBe(false);
    expect((unpackaged?.options.webPreferences as Record<string, unknown>).devTools).toBe(true);
  });

  it('keeps its page on the demo server: other origins and the app are refused', () => {
    createPhoneWindows({ devTools: false }, () => {}).open(companion('ID-1'));
    const window = onlyWindow();
    expect(blocked(window, `${DEMO}/idnow/photo`)).toBe(false);
    expect(blocked(window, 'https://evil.example/')).toBe(true);
    expect(blocked(window, 'app://kiosk/index.html')).toBe(true);
    expect(blocked(window, 'http://127.0.0.1:5000/idnow/')).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: `${DEMO}/x` })).toEqual({
      action: 'deny',
    });
  });

  it('keeps its title whatever the page calls itself', () => {
    createPhoneWindows({ devTools: false }, () => {}).open(companion('ID-1'));
    const event = fakeEvent();
    onlyWindow().emit('page-title-updated', event, 'IDnow');
    expect(event.defaultPrevented).toBe(true);
  });

  it('reuses the open window for the next Ident-ID, brought forward', () => {
    const phone = createPhoneWindows({ devTools: false }, () => {});
    phone.open(companion('ID-1'));
    phone.open(companion('ID-2'));
    const window = onlyWindow();
    expect(window.loaded).toEqual([companion('ID-1'), companion('ID-2')]);
    expect(window.focused).toBe(1);
  });

  it('opens a new window once the trainer closed it, and closes it on demand', () => {
    const phone = createPhoneWindows({ devTools: false }, () => {});
    phone.open(companion('ID-1'));
    BrowserWindow.instances[0]?.close();
    phone.open(companion('ID-2'));
    expect(BrowserWindow.instances).toHaveLength(2);
    phone.close();
    expect(BrowserWindow.instances[1]?.isDestroyed()).toBe(true);
  });
});
