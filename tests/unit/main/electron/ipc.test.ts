import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_COMMAND_PREFIX, IPC_EVENT_CHANNEL } from '../../../../src/contract/kiosk/bridge.js';
import { commandNames } from '../../../../src/contract/kiosk/commands.js';
import type { EventEnvelope } from '../../../../src/contract/kiosk/events.js';
import { ok, type Result } from '../../../../src/contract/kiosk/errors.js';
import type { Core } from '../../../../src/main/core/core-api.js';
import { createDispatcher } from '../../../../src/main/core/command-handlers.js';
import { registerIpc } from '../../../../src/main/electron/ipc.js';
import { FakeWebContents, ipcMain, resetFakeElectron } from './fake-electron.js';

vi.mock('electron', () => import('./fake-electron.js'));

const syncStatus = { online: true, waiting: 0, lastError: null };

/** The core's real dispatcher (so inputs are parsed by the contract) over canned handlers. */
function fakeCore() {
  const listeners = new Set<(event: EventEnvelope) => void>();
  const dispatch = vi.fn(
    createDispatcher(
      {
        'app.info': () =>
          ok({
            version: '0.0.0',
            backendUrl: 'x',
            backendIsLocal: true,
            host: 'electron',
            demo: false,
          }),
        'users.list': () => ok([]),
        'users.register': () => {
          throw new Error('not reached in these tests');
        },
        'sync.status': () => ok(syncStatus),
      },
      () => {},
    ),
  );
  const core: Core = {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {},
  };
  return { core, dispatch, emit: (event: EventEnvelope) => listeners.forEach((l) => l(event)) };
}

/** The kiosk window's webContents: the commands' tests send from it. */
const kioskContents = new FakeWebContents();
const fromApp = { sender: kioskContents, senderFrame: { url: 'app://kiosk/index.html' } };

async function invoke(command: string, event: unknown, input: unknown): Promise<Result<unknown>> {
  const handler = ipcMain.handlers.get(IPC_COMMAND_PREFIX + command);
  if (!handler) throw new Error(`no handler for ${command}`);
  return (await handler(event, input)) as Result<unknown>;
}

describe('registerIpc', () => {
  beforeEach(() => resetFakeElectron());

  it('registers exactly one handler per command of the contract', () => {
    registerIpc({ core: fakeCore().core, appContents: () => [kioskContents as never] });
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      commandNames.map((name) => IPC_COMMAND_PREFIX + name).sort(),
    );
  });

  it('hands a command from the app origin to the core and returns its result', async () => {
    const { core, dispatch } = fakeCore();
    registerIpc({ core, appContents: () => [kioskContents as never] });
    await expect(invoke('sync.status', fromApp, {})).resolves.toEqual(ok(syncStatus));
    expect(dispatch).toHaveBeenCalledWith('sync.status', {});
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://evil.example/' } }],
    ['a look-alike host', { senderFrame: { url: 'app://kiosk.evil/index.html' } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/index.html' } }],
    ['a destroyed frame', { senderFrame: null }],
    [
      'a window that is not ours, even on an app page',
      { sender: new FakeWebContents(), senderFrame: { url: 'app://kiosk/index.html' } },
    ],
  ])('refuses a sender from %s without reaching the core', async (_label, event) => {
    const { core, dispatch } = fakeCore();
    registerIpc({ core, appContents: () => [kioskContents as never] });
    await expect(invoke('users.list', event, {})).resolves.toEqual({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('returns the core’s typed error, field by field, for a bad registration', async () => {
    registerIpc({ core: fakeCore().core, appContents: () => [kioskContents as never] });
    const result = await invoke('users.register', fromApp, { email: 'pas-un-email' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { email: 'email_invalid', firstName: 'required' } },
    });
  });

  it('answers with an INTERNAL error value when the core throws anyway', async () => {
    const { core } = fakeCore();
    core.dispatch = () => Promise.reject(new Error('boom'));
    registerIpc({ core, appContents: () => [kioskContents as never] });
    await expect(invoke('users.list', fromApp, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('forwards core events to the kiosk window, and not to a destroyed one', () => {
    const { core, emit } = fakeCore();
    const contents = new FakeWebContents();
    registerIpc({ core, appContents: () => [contents as never] });
    const event: EventEnvelope = { name: 'sync.status', payload: syncStatus };
    emit(event);
    contents.destroyed = true;
    emit(event);
    expect(contents.sent).toEqual([{ channel: IPC_EVENT_CHANNEL, args: [event] }]);
  });

  it('removes its handlers and stops forwarding once disposed', () => {
    const { core, emit } = fakeCore();
    const contents = new FakeWebContents();
    const dispose = registerIpc({ core, appContents: () => [contents as never] });
    dispose();
    emit({ name: 'sync.status', payload: syncStatus });
    expect(ipcMain.handlers.size).toBe(0);
    expect(contents.sent).toEqual([]);
  });

  it('hands the QA console’s commands to the core and relays events to both windows', async () => {
    const { core, dispatch, emit } = fakeCore();
    const qaContents = new FakeWebContents();
    registerIpc({ core, appContents: () => [kioskContents as never, qaContents as never, null] });
    const fromQa = { sender: qaContents, senderFrame: { url: 'app://kiosk/qa.html' } };
    await expect(invoke('sync.status', fromQa, {})).resolves.toEqual(ok(syncStatus));
    expect(dispatch).toHaveBeenCalledWith('sync.status', {});
    kioskContents.sent = [];
    const event: EventEnvelope = { name: 'sync.status', payload: syncStatus };
    emit(event);
    expect(kioskContents.sent).toEqual([{ channel: IPC_EVENT_CHANNEL, args: [event] }]);
    expect(qaContents.sent).toEqual([{ channel: IPC_EVENT_CHANNEL, args: [event] }]);
  });
});
