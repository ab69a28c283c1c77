// The kiosk window: fullscreen kiosk mode on the tablet, a tablet-sized window with --windowed,
// always with the locked-down webPreferences and the app:// entry page.
import { BrowserWindow, type BrowserWindowConstructorOptions, type WebContents } from 'electron';
import { APP_ENTRY_URL, APP_ORIGIN_PREFIX } from './app-origin.js';
import { lockedDownPreferences } from './locked-down-preferences.js';

/** The QA console's page (the renderer's second entry), opened in its own window with --qa. */
export const QA_ENTRY_URL = `${APP_ORIGIN_PREFIX}qa.html`;

/** Painted before the first frame, so the tablet never flashes white at start-up. */
export const KIOSK_BACKGROUND = '#f3f4f6';

export interface KioskWindowOptions {
  /** Absolute path of the bundled preload (dist/main/preload.cjs). */
  preload: string;
  windowed: boolean;
  /** Developer tools only off the tablet: in kiosk mode they would be a way out. */
  devTools: boolean;
}

export function kioskWindowOptions(options: KioskWindowOptions): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    kiosk: !options.windowed,
    autoHideMenuBar: true,
    backgroundColor: KIOSK_BACKGROUND,
    show: false,
    webPreferences: lockedDownPreferences({ preload: options.preload, devTools: options.devTools }),
  };
}

export function createKioskWindow(
  options: KioskWindowOptions,
  log: (line: string) => void = console.error,
  entry: string = APP_ENTRY_URL,
): BrowserWindow {
  const window = new BrowserWindow(kioskWindowOptions(options));
  const load = () => {
    window.loadURL(entry).catch((error: unknown) => {
      log(`fenêtre : chargement de ${entry} impossible : ${String(error)}`);
    });
  };
  window.once('ready-to-show', () => window.show());
  // On a tablet nobody can restart a crashed page by hand; reload it and let the wizard
  // resume from its stored progress.
  window.webContents.on('render-process-gone', (_event, details) => {
    log(`fenêtre : processus de rendu arrêté (${details.reason})`);
    if (details.reason !== 'clean-exit' && !window.isDestroyed()) load();
  });
  load();
  return window;
}

/** The QA console beside the kiosk (--qa, never packaged): a normal window, same preload and
 * locked-down webPreferences, on the console's page. */
export function createQaWindow(
  options: Omit<KioskWindowOptions, 'windowed'>,
  log: (line: string) => void = console.error,
): BrowserWindow {
  return createKioskWindow({ ...options, windowed: true }, log, QA_ENTRY_URL);
}

/**
 * Resolves once the page's document has loaded (its HTML, styles and entry script fetched from
 * app://), or after `capMs` if it never does (a page that failed to load must not keep the
 * core shut). The core's synchronous work (SQLite, migrations) waits for it, so it never holds
 * the main process while the app:// handler still has the first frame's files to serve.
 */
export function documentLoaded(contents: WebContents, capMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      contents.off('dom-ready', done);
      resolve();
    };
    const timer = setTimeout(done, capMs);
    contents.once('dom-ready', done);
  });
}
