// Entry of the Electron kiosk, bundled to dist/main/electron-main.cjs: serves the renderer on
// app://kiosk/, wires IPC, opens the window while the kiosk runtime boots (the tablet's core, and
// the demo's when asked), and closes it before quitting. With --qa the QA console opens in a
// second window; in demo mode the phone panel is a window of its own.
import { join } from 'node:path';
import { app, dialog, protocol, type BrowserWindow } from 'electron';
import { rendererJsFlags } from '../renderer-js-flags.js';
import { startKioskRuntime, type KioskRuntime } from '../runtime/kiosk-runtime.js';
import { readStoredLanguage } from '../runtime/stored-language-file.js';
import { APP_SCHEME } from './app-origin.js';
import { appSchemePrivileges, createAppProtocolHandler } from './app-protocol.js';
import { coreWhenReady } from './core-when-ready.js';
import { registerIpc } from './ipc.js';
import {
  launchRefusal,
  readLaunchOptions,
  REFUSED_EXIT_CODE,
  type LaunchOptions,
} from './launch-options.js';
import { loadSafeStorageKey, SECRET_KEY_FILE } from './safe-storage-key.js';
import { installSecurity } from './security.js';
import { createPhoneWindows } from './phone-window.js';
import { createKioskWindow, createQaWindow, documentLoaded } from './window.js';

/** Past this, quitting goes on without the core: a kiosk that will not turn off is worse. */
const CLOSE_TIMEOUT_MS = 5_000;
/** Past this the core starts even if the page never loaded: a broken page must not keep it shut. */
const PAGE_LOAD_CAP_MS = 1_000;

// This file only ever runs bundled, so __dirname is dist/main (inside app.asar once packaged),
// next to preload.cjs and ../renderer. Not app.getAppPath(): that is dist/main too when
// Electron is started on the bundle file itself, and the project root when started on '.'.
const bundleDir = __dirname;

const log = (line: string) => console.error(`[csm-kiosk] ${line}`);

let booting: Promise<KioskRuntime | null> | null = null;
let kioskWindow: BrowserWindow | null = null;
let qaWindow: BrowserWindow | null = null;
const phone = createPhoneWindows({ devTools: !app.isPackaged }, log);
let disposeIpc: (() => void) | null = null;
let closing: Promise<void> | null = null;
let readyToQuit = false;

/**
 * The keyring's key (asked while the page loads), then the core once the page's document has
 * loaded; null when a quit came before the core could start.
 */
async function openCore(
  options: LaunchOptions,
  dataDir: string,
  pageLoaded: Promise<void>,
): Promise<KioskRuntime | null> {
  // safeStorage answers only once the app is ready, hence the key is loaded here; the core
  // gets a provider that already holds it.
  const [keyProvider] = await Promise.all([
    loadSafeStorageKey(join(dataDir, SECRET_KEY_FILE)),
    pageLoaded,
  ]);
  if (keyProvider.warning) log(keyProvider.warning);
  // Quit asked while the keyring was answering or the page loading: boot nothing.
  if (closing) return null;
  const runtime = await startKioskRuntime({
    dataDir,
    backendUrl: options.backendUrl,
    allowInsecureBackend: options.allowInsecureBackend,
    host: 'electron',
    demo: options.demo,
    qa: options.qa,
    keyProvider,
    log,
    openPhone: (url) => phone.open(url),
  });
  // A reset or a leave ends the Ident-ID the phone shows: the trainer opens it again.
  runtime.control.onModeChanged(() => phone.close());
  return runtime;
}

async function start(options: LaunchOptions): Promise<void> {
  await app.whenReady();
  installSecurity();
  // The page in the stored language, read from the store's file at the page's request: the
  // core opens only after that page has loaded.
  const dataDir = app.getPath('userData');
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(join(bundleDir, '..', 'renderer'), {
      language: () => readStoredLanguage(dataDir),
    }),
  );

  kioskWindow = createKioskWindow(
    {
      preload: join(bundleDir, 'preload.cjs'),
      windowed: options.windowed,
      devTools: !app.isPackaged,
    },
    log,
  );
  kioskWindow.on('closed', () => {
    kioskWindow = null;
    // The QA console and the phone only accompany the kiosk: without it the app is done.
    app.quit();
  });
  // launchRefusal has refused --qa in a packaged build already.
  if (options.qa) {
    qaWindow = createQaWindow(
      { preload: join(bundleDir, 'preload.cjs'), devTools: !app.isPackaged },
      log,
    );
    qaWindow.on('closed', () => {
      qaWindow = null;
    });
  }
  // The core opens (keyring, SQLite and its migrations, maybe the reference backend: seconds on
  // the tablet) while the window loads and paints the page: the first frame waits for none of
  // it. Commands sent meanwhile wait for the core; closeCore() closes whatever it became.
  booting = openCore(options, dataDir, documentLoaded(kioskWindow.webContents, PAGE_LOAD_CAP_MS));
  // In the same turn as loadURL: the page's first invoke, a turn later at the earliest, finds
  // them.
  disposeIpc = registerIpc({
    core: coreWhenReady(booting.then((booted) => booted?.core ?? null)),
    appContents: () => [kioskWindow?.webContents, qaWindow?.webContents],
    log,
  });

  const booted = await booting;
  if (booted && !closing) {
    log(`cœur prêt, serveur CSM ${booted.backendUrl}${booted.backendIsLocal ? ' (local)' : ''}`);
  }
}

async function closeCore(): Promise<void> {
  phone.close();
  disposeIpc?.();
  disposeIpc = null;
  const booted = await booting?.catch(() => null);
  if (!booted) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      log(`arrêt : le cœur ne s’est pas fermé en ${CLOSE_TIMEOUT_MS} ms`);
      resolve();
    }, CLOSE_TIMEOUT_MS);
  });
  await Promise.race([booted.close(), timeout]).finally(() => clearTimeout(timer));
}

function main(): void {
  const options = readLaunchOptions(process.argv, process.env);
  const refusal = launchRefusal(options, app.isPackaged);
  if (refusal) {
    // Before anything starts: no lock taken, no data folder touched.
    log(refusal);
    app.exit(REFUSED_EXIT_CODE);
    return;
  }
  // Before the lock: Chromium keeps the single-instance lock in userData, so a run with its own
  // data folder (an e2e test) does not collide with the installed kiosk.
  if (options.dataDir) app.setPath('userData', options.dataDir);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Must happen before 'ready': Chromium fixes the scheme table at start-up.
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
  // Read by every renderer process started from here on; the main process's V8 (the core)
  // started with its own flags and keeps its JIT. Why these flags: renderer-js-flags.ts.
  app.commandLine.appendSwitch('js-flags', rendererJsFlags());

  app.on('second-instance', () => {
    if (!kioskWindow) return;
    if (kioskWindow.isMinimized()) kioskWindow.restore();
    kioskWindow.focus();
  });
  // Without a window there is nothing left to run.
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (readyToQuit) return;
    // Hold the quit until SQLite is closed and the sync engine has stopped, then quit again.
    event.preventDefault();
    closing ??= closeCore();
    closing
      .catch((error: unknown) => log(`arrêt : ${String(error)}`))
      .finally(() => {
        readyToQuit = true;
        app.quit();
      });
  });

  start(options).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    log(`démarrage impossible : ${error instanceof Error ? (error.stack ?? message) : message}`);
    // The window is already up (fullscreen in kiosk mode): out of the way, or it would hide
    // the message from the technician.
    kioskWindow?.hide();
    dialog.showErrorBox('CSM Kiosk', `Le kiosque n’a pas pu démarrer.\n\n${message}`);
    app.exit(1);
  });
}

main();
