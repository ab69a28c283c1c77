import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_COMMAND_PREFIX, IPC_EVENT_CHANNEL } from '../../../../src/contract/kiosk/bridge.js';
import { commandNames } from '../../../../src/contract/kiosk/commands.js';
import { ok, type Result } from '../../../../src/contract/kiosk/errors.js';
import type { EventEnvelope } from '../../../../src/contract/kiosk/events.js';
import type { Core } from '../../../../src/main/core/core-api.js';
import type { BootedCore, BootOptions } from '../../../../src/main/runtime/boot-core.js';
import { useTempDir } from '../../../support/temp-dir.js';
import type * as FakeElectronModule from './fake-electron.js';

type FakeElectron = typeof FakeElectronModule;

vi.mock('electron', () => import('./fake-electron.js'));

// Kept outside the module registry, so it survives vi.resetModules() between runs of main.ts.
const boot = vi.hoisted(() => ({
  bootCore: vi.fn<(options: BootOptions) => Promise<BootedCore>>(),
}));
vi.mock('../../../../src/main/runtime/boot-core.js', () => ({
  bootCore: (options: BootOptions) => boot.bootCore(options),
}));

const core: Core = {
  dispatch: async () => ({ ok: true, value: null }),
  onEvent: () => () => {},
  close: async () => {},
};

function bootedCore(close: () => Promise<void> = async () => {}): BootedCore {
  return { core, backendUrl: 'http://127.0.0.1:1', backendIsLocal: true, close };
}

const tempDir = useTempDir('csm-electron-main-');
/** Electron's userData for the current run: the key is written there before the core boots. */
let userData: string;

/** Runs main.ts afresh (it is an entry with module state) against fresh fakes. */
async function runMain(arrange: (electron: FakeElectron) => void = () => {}) {
  vi.resetModules();
  // The fakes as main.ts sees them: the mocked 'electron', whose instance outlives the reset.
  const electron = (await import('electron')) as unknown as FakeElectron;
  electron.resetFakeElectron();
  userData = tempDir();
  electron.app.paths.set('userData', userData);
  arrange(electron);
  await import('../../../../src/main/electron/main.js');
  return electron;
}

/** Runs main.ts until the window is up and the core asked to boot (the key loaded, the page's
 * document ready): the core itself may still be opening. */
async function runUntilWindow(arrange?: Parameters<typeof runMain>[0], windows = 1) {
  const electron = await runMain(arrange);
  electron.app.emitReady();
  await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(windows));
  await vi.waitFor(() => expect(boot.bootCore).toHaveBeenCalledOnce());
  return electron;
}

/** Turns the event loop (setImmediate, which the fake clock leaves alone) until `done`, for up
 * to five seconds of real time (the key file's I/O is slow on a busy machine). */
async function turnsUntil(done: () => boolean): Promise<void> {
  const giveUpAt = Date.now() + 5_000;
  while (!done() && Date.now() < giveUpAt) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(done()).toBe(true);
}

/** A command as the app's page sends it, through the handler main.ts registered. */
async function invokeFromApp(command: string): Promise<Result<unknown>> {
  const { ipcMain, BrowserWindow } = (await import('electron')) as unknown as FakeElectron;
  const handler = ipcMain.handlers.get(IPC_COMMAND_PREFIX + command);
  if (!handler) throw new Error(`no handler for ${command}`);
  const sender = BrowserWindow.instances[0]?.webContents;
  return (await handler(
    { sender, senderFrame: { url: 'app://kiosk/index.html' } },
    {},
  )) as Result<unknown>;
}

beforeEach(() => {
  // main.ts logs its progress to stderr; keep the test output for failures.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

const argv = process.argv;

afterEach(() => {
  vi.useRealTimers();
  process.argv = argv;
  boot.bootCore.mockReset();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('electron main', () => {
  it('registers the app scheme as privileged before the app is ready, and boots nothing yet', async () => {
    const { protocol } = await runMain();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app' }),
    ]);
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(boot.bootCore).not.toHaveBeenCalled();
  });

  it('starts its renderers without V8’s JIT, switched before the app is ready', async () => {
    const { app, BrowserWindow } = await runMain();
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('js-flags', '--jitless');
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('boots the core on userData with a safeStorage key, then wires IPC and opens the window', async () => {
    vi.stubEnv('CSM_BACKEND_URL', '');
    boot.bootCore.mockResolvedValue(bootedCore());
    const { BrowserWindow, ipcMain, protocol } = await runUntilWindow();
    expect(boot.bootCore).toHaveBeenCalledWith(
      expect.objectContaining({
        dataDir: userData,
        backendUrl: null,
        host: 'electron',
        keyProvider: expect.objectContaining({ warning: null, loadKey: expect.any(Function) }),
      }),
    );
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...ipcMain.handlers.keys()]).toEqual(commandNames.map((n) => IPC_COMMAND_PREFIX + n));
    const window = BrowserWindow.instances[0];
    expect(window?.options).toMatchObject({
      kiosk: true,
      webPreferences: { preload: expect.stringMatching(/preload\.cjs$/) },
    });
    expect(window?.loaded).toEqual(['app://kiosk/index.html']);
  });

  it('takes the CSM server and data folder from the environment', async () => {
    const dataDir = join(tempDir(), 'e2e-run');
    vi.stubEnv('CSM_BACKEND_URL', 'https://csm.example');
    vi.stubEnv('CSM_DATA_DIR', dataDir);
    boot.bootCore.mockResolvedValue(bootedCore());
    const { app } = await runUntilWindow();
    expect(app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(boot.bootCore).toHaveBeenCalledWith(
      expect.objectContaining({ dataDir, backendUrl: 'https://csm.example' }),
    );
  });

  it('seals the key with the asynchronous safeStorage API and hands the core the loaded key', async () => {
    boot.bootCore.mockResolvedValue(bootedCore());
    const { safeStorage } = await runUntilWindow();
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledOnce();
    const keyProvider = boot.bootCore.mock.calls[0]?.[0].keyProvider;
    const key = keyProvider?.loadKey();
    expect(key).toHaveLength(32);
    const sealed = readFileSync(join(userData, 'secret.key'), 'utf8');
    expect(sealed).toBe(`sealed:${key?.toString('base64')}`);
  });

  it('shows the technician why when the keyring cannot open the key, and boots nothing', async () => {
    const { app, dialog } = await runMain(({ safeStorage }) => {
      safeStorage.isAsyncEncryptionAvailable.mockRejectedValue(new Error('trousseau verrouillé'));
    });
    app.emitReady();
    await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(1));
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'CSM Kiosk',
      expect.stringContaining('trousseau verrouillé'),
    );
    expect(boot.bootCore).not.toHaveBeenCalled();
  });

  it('refuses --qa in a packaged build before taking the lock or touching any data', async () => {
    process.argv = [...argv, '--qa'];
    const { app, protocol } = await runMain(({ app }) => {
      app.isPackaged = true;
    });
    expect(app.exit).toHaveBeenCalledWith(2);
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/refusé : --qa/));
    expect(app.setPath).not.toHaveBeenCalled();
    expect(app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    app.emitReady();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(boot.bootCore).not.toHaveBeenCalled();
    expect(existsSync(join(userData, 'secret.key'))).toBe(false);
  });

  it('lets --qa through in a development build, with the QA console in a second window', async () => {
    process.argv = [...argv, '--qa'];
    boot.bootCore.mockResolvedValue(bootedCore());
    const { app, BrowserWindow } = await runUntilWindow(undefined, 2);
    expect(app.exit).not.toHaveBeenCalled();
    expect(boot.bootCore).toHaveBeenCalledWith(expect.objectContaining({ qa: true }));
    const [kiosk, console] = BrowserWindow.instances;
    expect(kiosk?.loaded).toEqual(['app://kiosk/index.html']);
    expect(console?.loaded).toEqual(['app://kiosk/qa.html']);
    expect(console?.options).toMatchObject({
      kiosk: false,
      webPreferences: { preload: expect.stringMatching(/preload\.cjs$/), sandbox: true },
    });
  });

  it('opens no QA console without --qa', async () => {
    boot.bootCore.mockResolvedValue(bootedCore());
    const { BrowserWindow } = await runUntilWindow();
    expect(BrowserWindow.instances.map((w) => w.loaded)).toEqual([['app://kiosk/index.html']]);
  });

  it('holds the quit until the core has closed, then quits for real', async () => {
    let finishClose: () => void = () => {};
    const close = vi.fn(() => new Promise<void>((resolve) => (finishClose = resolve)));
    boot.bootCore.mockResolvedValue(bootedCore(close));
    const { app, fakeEvent, ipcMain } = await runUntilWindow();
    await vi.waitFor(() => expect(boot.bootCore).toHaveBeenCalled());

    const first = fakeEvent();
    app.emit('before-quit', first);
    expect(first.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(close).toHaveBeenCalledOnce());
    expect(ipcMain.handlers.size).toBe(0);
    expect(app.quit).not.toHaveBeenCalled();

    finishClose();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    const second = fakeEvent();
    app.emit('before-quit', second);
    expect(second.defaultPrevented).toBe(false);
  });

  it('closes the core that was booting when quit arrives, and leaves no handler behind', async () => {
    let finishBoot: (booted: BootedCore) => void = () => {};
    boot.bootCore.mockReturnValue(new Promise((resolve) => (finishBoot = resolve)));
    const close = vi.fn(async () => {});
    const { app, fakeEvent, ipcMain } = await runMain();
    app.emitReady();
    await vi.waitFor(() => expect(boot.bootCore).toHaveBeenCalled());

    app.emit('before-quit', fakeEvent());
    finishBoot(bootedCore(close));
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(close).toHaveBeenCalledOnce();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('quits when the last window is closed', async () => {
    boot.bootCore.mockResolvedValue(bootedCore());
    const { app } = await runUntilWindow();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('leaves at once when another kiosk already holds the single-instance lock', async () => {
    const { app, protocol } = await runMain(({ app }) => {
      app.requestSingleInstanceLock.mockReturnValue(false);
    });
    app.emitReady();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(app.quit).toHaveBeenCalledOnce();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(boot.bootCore).not.toHaveBeenCalled();
  });

  it('tells the technician and exits when the core cannot start, the window out of the way', async () => {
    let failBoot: (error: Error) => void = () => {};
    boot.bootCore.mockReturnValue(new Promise((_resolve, reject) => (failBoot = reject)));
    const { app, dialog, BrowserWindow } = await runUntilWindow();
    await vi.waitFor(() => expect(boot.bootCore).toHaveBeenCalled());
    const waiting = invokeFromApp('app.info');

    failBoot(new Error('base de données verrouillée'));
    await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(1));
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'CSM Kiosk',
      expect.stringContaining('base de données verrouillée'),
    );
    expect(BrowserWindow.instances[0]?.hidden).toBe(true);
    // The page's command gets a refusal, not a promise that never settles.
    await expect(waiting).resolves.toEqual({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('electron main, first frame before the core', () => {
  /** A core the test releases by hand, its dispatch and event feed observable. */
  function heldCore() {
    let release: (booted: BootedCore) => void = () => {};
    boot.bootCore.mockReturnValue(new Promise((resolve) => (release = resolve)));
    const listeners = new Set<(event: EventEnvelope) => void>();
    const dispatch = vi.fn(async () => ok({ version: 'test' }));
    const held: Core = {
      dispatch,
      onEvent(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: async () => {},
    };
    return {
      dispatch,
      release: () => release({ ...bootedCore(), core: held }),
      emit: (event: EventEnvelope) => listeners.forEach((listener) => listener(event)),
    };
  }

  it('opens the window and asks for its page while the core is still opening', async () => {
    const { dispatch } = heldCore();
    const { BrowserWindow } = await runUntilWindow();
    await vi.waitFor(() => expect(boot.bootCore).toHaveBeenCalled());
    const window = BrowserWindow.instances[0];
    expect(window?.loaded).toEqual(['app://kiosk/index.html']);
    window?.emit('ready-to-show');
    expect(window?.shown).toBe(true);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('asks the keyring at once but opens the core only once the page’s document has loaded', async () => {
    heldCore();
    const { BrowserWindow, safeStorage } = await runMain(({ BrowserWindow }) => {
      BrowserWindow.holdDomReady = true;
    });
    const { app } = (await import('electron')) as unknown as FakeElectron;
    app.emitReady();
    await vi.waitFor(() => expect(safeStorage.encryptStringAsync).toHaveBeenCalled());
    await new Promise((resolve) => setImmediate(resolve));
    expect(boot.bootCore).not.toHaveBeenCalled();

    BrowserWindow.instances[0]?.webContents.emit('dom-ready');
    await vi.waitFor(() => expect(boot.bootCore).toHaveBeenCalledOnce());
  });

  it('opens the core anyway when the page never loads', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    heldCore();
    const { app, safeStorage } = await runMain(({ BrowserWindow }) => {
      BrowserWindow.holdDomReady = true;
    });
    app.emitReady();
    // vi.waitFor would move the fake clock itself: turn the event loop by hand instead.
    await turnsUntil(() => safeStorage.encryptStringAsync.mock.calls.length > 0);
    await vi.advanceTimersByTimeAsync(999);
    expect(boot.bootCore).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await turnsUntil(() => boot.bootCore.mock.calls.length > 0);
  });

  it('answers a command sent before the core opened once it has, not with an error', async () => {
    const { dispatch, release } = heldCore();
    await runUntilWindow();
    await vi.waitFor(() => expect(boot.bootCore).toHaveBeenCalled());
    let answered = false;
    const answer = invokeFromApp('app.info').finally(() => (answered = true));
    await Promise.resolve();
    expect(answered).toBe(false);
    expect(dispatch).not.toHaveBeenCalled();

    release();
    await expect(answer).resolves.toEqual(ok({ version: 'test' }));
    expect(dispatch).toHaveBeenCalledWith('app.info', {});
  });

  it('relays the core’s events to the window once the core has opened', async () => {
    const { release, emit } = heldCore();
    const { BrowserWindow } = await runUntilWindow();
    release();
    const event: EventEnvelope = {
      name: 'sync.status',
      payload: { online: true, waiting: 0, lastError: null },
    };
    await vi.waitFor(() => {
      emit(event);
      expect(BrowserWindow.instances[0]?.webContents.sent).toContainEqual({
        channel: IPC_EVENT_CHANNEL,
        args: [event],
      });
    });
  });
});
