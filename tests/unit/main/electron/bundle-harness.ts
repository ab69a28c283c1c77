// A CommonJS script that runs the bundled main process under plain Node with a fake 'electron',
// so a test can check the real bundle boots the real core without the Electron binary. It
// prints one JSON line: the answers of app.info from the app and from a foreign page, whether
// quitting closed everything, whether the reference backend's bundle was loaded, and when (ms
// after app.whenReady) the page was requested and its first app.info, asked at once as a real
// page's boot does, was answered: bench/electron-first-frame.ts reads those two figures.
export const bundleHarnessSource = String.raw`
const Module = require('node:module');
const { EventEmitter } = require('node:events');

const handlers = new Map();
let quitCalls = 0;
let readyAt = null;
let loadUrlAt = null;
let firstAnswer = null;
const fromAppFrame = { senderFrame: { url: 'app://kiosk/index.html' } };
const app = new EventEmitter();
Object.assign(app, {
  isPackaged: false,
  whenReady: () => {
    readyAt ??= performance.now();
    return Promise.resolve();
  },
  getPath: () => process.env.HARNESS_DATA_DIR,
  setPath: () => {},
  requestSingleInstanceLock: () => true,
  quit: () => { quitCalls += 1; if (quitCalls === 1) app.emit('before-quit', fakeEvent()); },
  exit: (code) => { report({ exit: code }); process.exit(code); },
  commandLine: { appendSwitch: () => {} },
});
function fakeEvent() {
  return { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
}
let window = null;
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = Object.assign(new EventEmitter(), { send() {}, isDestroyed: () => false });
    window = this;
  }
  loadURL() {
    loadUrlAt = performance.now();
    // A page that loads at once: a turn later its document is ready and its entry script sends
    // its first command, answered once the core is ready (the core waits for that document).
    firstAnswer = new Promise((resolve) => setImmediate(() => {
      const handler = handlers.get('csm:command:app.info');
      resolve(handler
        ? handler(fromAppFrame, {}).then((answer) => ({ answer, at: performance.now() }))
        : { answer: null, at: null });
      this.webContents.emit('dom-ready');
    }));
    return Promise.resolve();
  }
  show() {}
  hide() {}
  isDestroyed() { return false; }
}
const electron = {
  app,
  BrowserWindow,
  dialog: { showErrorBox: (_title, message) => report({ errorBox: message }) },
  protocol: { registerSchemesAsPrivileged() {}, handle() {} },
  session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } },
  ipcMain: { handle: (channel, handler) => handlers.set(channel, handler), removeHandler: (c) => handlers.delete(c) },
  safeStorage: {
    isAsyncEncryptionAvailable: async () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptStringAsync: async (text) => Buffer.from('sealed:' + text),
    decryptStringAsync: async (bytes) => ({
      result: bytes.toString().slice('sealed:'.length),
      shouldReEncrypt: false,
    }),
  },
};
function report(value) { process.stdout.write(JSON.stringify(value) + '\n'); }

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? 'electron' : resolveFilename.call(this, request, ...rest);
};
require.cache.electron = { id: 'electron', filename: 'electron', loaded: true, exports: electron };

require(process.argv[2]);

const started = Date.now();
(async function probe() {
  while (!window) {
    if (Date.now() - started > 10000) { report({ timeout: true }); process.exit(2); }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const first = await firstAnswer;
  const infoHandler = handlers.get('csm:command:app.info');
  const fromApp = await infoHandler(fromAppFrame, {});
  const fromElsewhere = await infoHandler({ senderFrame: { url: 'https://example.com/' } }, {});
  app.emit('window-all-closed');
  while (quitCalls < 2) await new Promise((resolve) => setTimeout(resolve, 20));
  // Whether the reference backend's bundle was ever required by this run.
  const backendLoaded = Object.keys(require.cache).some((id) => id.endsWith('reference-backend.cjs'));
  report({
    fromApp,
    fromElsewhere,
    preload: window.options.webPreferences.preload,
    handlersLeft: handlers.size,
    backendLoaded,
    firstAnswer: first.answer,
    timings: { loadUrlMs: loadUrlAt - readyAt, firstAnswerMs: first.at - readyAt },
  });
})();
`;
