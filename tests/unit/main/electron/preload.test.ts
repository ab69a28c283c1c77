import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_COMMAND_PREFIX, IPC_EVENT_CHANNEL } from '../../../../src/contract/kiosk/bridge.js';
import type { BridgeEvent, KioskBridge } from '../../../../src/contract/kiosk/bridge.js';
import { ok } from '../../../../src/contract/kiosk/errors.js';
import { contextBridge, ipcRenderer } from './fake-electron.js';

vi.mock('electron', () => import('./fake-electron.js'));

let bridge: KioskBridge;

beforeAll(async () => {
  await import('../../../../src/main/electron/preload.js');
  bridge = contextBridge.exposed.get('csm') as KioskBridge;
});

describe('preload bridge', () => {
  beforeEach(() => {
    ipcRenderer.invoke.mockReset();
    ipcRenderer.removeAllListeners();
  });

  it('exposes window.csm with exactly invoke and onEvent', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['csm']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent']);
  });

  it.each([
    '__proto__',
    'constructor',
    'fs/readFile',
    '../users.list',
    'users.list\n',
    'a.b.c',
    '',
  ])(
    'refuses the malformed command name %j without a round trip to the main process',
    async (name) => {
      await expect(bridge.invoke(name, {})).resolves.toEqual({
        ok: false,
        error: { code: 'UNKNOWN_COMMAND' },
      });
      expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('refuses a command name that is not a string', async () => {
    await expect(bridge.invoke(42 as never, {})).resolves.toMatchObject({
      error: { code: 'UNKNOWN_COMMAND' },
    });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('answers UNKNOWN_COMMAND for a well-formed name the main process has no handler for', async () => {
    // What Electron rejects with when no ipcMain.handle holds the channel.
    ipcRenderer.invoke.mockRejectedValue(
      new Error(
        "Error invoking remote method 'csm:command:fs.readFile': Error: No handler registered for 'csm:command:fs.readFile'",
      ),
    );
    await expect(bridge.invoke('fs.readFile', { path: '/etc/passwd' })).resolves.toEqual({
      ok: false,
      error: { code: 'UNKNOWN_COMMAND' },
    });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(`${IPC_COMMAND_PREFIX}fs.readFile`, {
      path: '/etc/passwd',
    });
  });

  it('sends a known command on its own channel and returns the main process’s answer', async () => {
    ipcRenderer.invoke.mockResolvedValue(ok([]));
    await expect(bridge.invoke('users.list', {})).resolves.toEqual(ok([]));
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(`${IPC_COMMAND_PREFIX}users.list`, {});
  });

  it('turns a failed round trip into an INTERNAL error value instead of a throw', async () => {
    ipcRenderer.invoke.mockRejectedValue(new Error('An object could not be cloned.'));
    await expect(bridge.invoke('users.list', {})).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('hands the page the event name and payload only, never the IpcRendererEvent', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onEvent((...args) => received.push(args));
    const envelope: BridgeEvent = { name: 'sync.status', payload: { online: false } };
    ipcRenderer.emit(IPC_EVENT_CHANNEL, { sender: ipcRenderer }, envelope);
    unsubscribe();
    ipcRenderer.emit(IPC_EVENT_CHANNEL, { sender: ipcRenderer }, envelope);
    expect(received).toEqual([[envelope]]);
    expect(ipcRenderer.listenerCount(IPC_EVENT_CHANNEL)).toBe(0);
  });
});
