// The demo's smartphone beside the tablet: a second, phone-sized window on the IDnow companion
// page of the demo's own CSM server, so the trainer walks the phone's steps on the same screen.
// It is a plain web page: no preload, no Node, sandboxed; it may not leave the demo server's
// origin nor open windows, and (as every page here) gets no permission. Developer tools as for
// the kiosk's own windows: only in an unpackaged build.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { lockedDownPreferences } from './locked-down-preferences.js';
import { allowNavigation } from './security.js';

/** The window's title (the product's words): the page's own title does not replace it. */
export const PHONE_TITLE = 'Smartphone (démo)';
export const PHONE_SIZE = { width: 390, height: 844 } as const;

export interface PhoneWindowOptions {
  devTools: boolean;
}

export function phoneWindowOptions({
  devTools,
}: PhoneWindowOptions): BrowserWindowConstructorOptions {
  return {
    ...PHONE_SIZE,
    title: PHONE_TITLE,
    autoHideMenuBar: true,
    kiosk: false,
    show: true,
    webPreferences: lockedDownPreferences({ devTools }),
  };
}

export interface PhoneWindow {
  /** Opens the window on `url`, or brings the open one forward on it. */
  open(url: string): boolean;
  close(): void;
}

export function createPhoneWindows(
  options: PhoneWindowOptions,
  log: (line: string) => void = console.error,
): PhoneWindow {
  let window: BrowserWindow | null = null;
  const load = (target: BrowserWindow, url: string) => {
    target.loadURL(url).catch((error: unknown) => {
      log(`smartphone : chargement de ${new URL(url).origin} impossible : ${String(error)}`);
    });
  };
  return {
    open(url) {
      const origin = new URL(url).origin;
      if (window && !window.isDestroyed()) {
        allowNavigation(window.webContents, (to) => sameOrigin(to, origin));
        load(window, url);
        if (window.isMinimized()) window.restore();
        window.focus();
        return true;
      }
      const opened = new BrowserWindow(phoneWindowOptions(options));
      window = opened;
      allowNavigation(opened.webContents, (to) => sameOrigin(to, origin));
      opened.on('page-title-updated', (event) => event.preventDefault());
      opened.on('closed', () => {
        if (window === opened) window = null;
      });
      load(opened, url);
      return true;
    },
    close() {
      if (window && !window.isDestroyed()) window.close();
      window = null;
    },
  };
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
