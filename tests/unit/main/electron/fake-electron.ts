// Stand-ins for the parts of the electron module the kiosk host uses: the Electron binary cannot
// run here. A test installs them with `vi.mock('electron', () => import('./fake-electron.js'))`
// and imports the same instances to drive and inspect them.
import { EventEmitter } from 'node:events';
import { vi, type Mock } from 'vitest';

// Every fake function, so a reset touches these and not the test's own mocks.
const fakeFns = new Set<Mock>();
function fakeFn<T extends (...args: never[]) => unknown>(implementation: T): Mock<T> {
  const fn = vi.fn(implementation);
  fakeFns.add(fn as unknown as Mock);
  return fn;
}

/** An Electron-style event: listeners may veto the default action. */
export function fakeEvent<T extends object>(fields: T = {} as T) {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends EventEmitter {
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: { channel: string; args: unknown[] }[] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
  }
  isDestroyed() {
    return this.destroyed;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  /** Off: a loaded page's document is ready a turn after loadURL; on: the test emits 'dom-ready'. */
  static holdDomReady = false;
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  shown = false;
  hidden = false;
  destroyed = false;
  focused = 0;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }
  loadURL(url: string) {
    this.loaded.push(url);
    if (!BrowserWindow.holdDomReady) setImmediate(() => this.webContents.emit('dom-ready'));
    return Promise.resolve();
  }
  show() {
    this.shown = true;
  }
  hide() {
    this.shown = false;
    this.hidden = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {
    this.focused += 1;
  }
  close() {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;
type AnyHandler = (...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle: fakeFn((channel: string, handler: Handler) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: fakeFn((channel: string) => {
    ipcMain.handlers.delete(channel);
  }),
};

class FakeIpcRenderer extends EventEmitter {
  invoke = fakeFn((_channel: string, ..._args: unknown[]): Promise<unknown> => Promise.resolve());
}
export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: fakeFn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

class FakeApp extends EventEmitter {
  isPackaged = false;
  paths = new Map<string, string>();
  private becomeReady: () => void = () => {};
  private readyPromise = new Promise<void>((resolve) => (this.becomeReady = resolve));
  whenReady = fakeFn(() => this.readyPromise);
  getPath = fakeFn((name: string) => this.paths.get(name) ?? `/fake/${name}`);
  setPath = fakeFn((name: string, value: string) => void this.paths.set(name, value));
  requestSingleInstanceLock = fakeFn(() => true);
  quit = fakeFn(() => {});
  exit = fakeFn((_code?: number) => {});
  commandLine = { appendSwitch: fakeFn((_name: string, _value?: string) => {}) };
  /** Plays Electron's 'ready': whenReady() resolves from now on. */
  emitReady() {
    this.becomeReady();
  }
  reset() {
    this.removeAllListeners();
    this.isPackaged = false;
    this.paths.clear();
    this.readyPromise = new Promise<void>((resolve) => (this.becomeReady = resolve));
  }
}
export const app = new FakeApp();

export const session = {
  defaultSession: {
    setPermissionRequestHandler: fakeFn((_handler: AnyHandler) => {}),
    setPermissionCheckHandler: fakeFn((_handler: AnyHandler) => {}),
  },
};

export const protocol = {
  registerSchemesAsPrivileged: fakeFn((_schemes: unknown[]) => {}),
  handle: fakeFn((_scheme: string, _handler: AnyHandler) => {}),
};

export const dialog = { showErrorBox: fakeFn((_title: string, _content: string) => {}) };

/** The asynchronous safeStorage API only: the synchronous one is deprecated in Electron 45. */
export const safeStorage = {
  isAsyncEncryptionAvailable: fakeFn(async () => true),
  getSelectedStorageBackend: fakeFn(() => 'gnome_libsecret'),
  encryptStringAsync: fakeFn(async (text: string) => Buffer.from(`sealed:${text}`)),
  decryptStringAsync: fakeFn(async (bytes: Buffer) => ({
    result: bytes.toString().replace(/^sealed:/, ''),
    shouldReEncrypt: false,
  })),
};

/** Fresh fakes for the next test. */
export function resetFakeElectron(): void {
  BrowserWindow.instances = [];
  BrowserWindow.holdDomReady = false;
  ipcMain.handlers.clear();
  ipcRenderer.removeAllListeners();
  contextBridge.exposed.clear();
  app.reset();
  for (const fn of fakeFns) fn.mockReset();
}
