import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createKioskWindow } from '../../../../src/main/electron/window.js';
import { BrowserWindow, resetFakeElectron } from './fake-electron.js';

vi.mock('electron', () => import('./fake-electron.js'));

const preload = '/app/dist/main/preload.cjs';

function open(windowed = false) {
  createKioskWindow({ preload, windowed, devTools: false }, () => {});
  const window = BrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window');
  return window;
}

describe('kiosk window', () => {
  beforeEach(() => resetFakeElectron());

  it('runs the page isolated, sandboxed, without Node and with web security', () => {
    expect(open().options.webPreferences).toEqual({
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('opens 1280×800 in kiosk mode, or as a normal window when asked', () => {
    expect(open().options).toMatchObject({
      width: 1280,
      height: 800,
      kiosk: true,
      autoHideMenuBar: true,
    });
    expect(open(true).options.kiosk).toBe(false);
  });

  it('loads the app entry page and shows it once painted', () => {
    const window = open();
    expect(window.loaded).toEqual(['app://kiosk/index.html']);
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('reloads the page after its renderer crashed', () => {
    const window = open();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(window.loaded).toEqual(['app://kiosk/index.html', 'app://kiosk/index.html']);
  });
});
