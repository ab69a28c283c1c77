import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseEmulationOptions } from '../../../../src/main/emulation/cli-options.js';

describe('emulation options', () => {
  it('defaults to the printed port and the local reference backend', () => {
    const o = parseEmulationOptions([], { HOME: '/home/t' });
    expect(o).toMatchObject({ port: DEFAULT_PORT, backendUrl: null, qa: false, open: true });
  });

  it('takes a port, a data folder, a backend and flags', () => {
    const o = parseEmulationOptions(
      [
        '--port',
        '0',
        '--data-dir',
        '/tmp/x',
        '--backend-url',
        'https://csm.example:8443',
        '--qa',
        '--no-open',
      ],
      {},
    );
    expect(o).toEqual({
      port: 0,
      dataDir: '/tmp/x',
      backendUrl: 'https://csm.example:8443',
      allowInsecureBackend: false,
      qa: true,
      demo: false,
      size: { width: 1280, height: 800 },
      open: false,
      help: false,
    });
  });

  it('refuses a CSM server in plain http off loopback unless --allow-insecure-backend says so', () => {
    expect(() => parseEmulationOptions(['--backend-url', 'http://csm.example:8080'], {})).toThrow(
      /http non chiffré.*--allow-insecure-backend/,
    );
    expect(() => parseEmulationOptions([], { CSM_BACKEND_URL: 'http://192.168.1.20' })).toThrow(
      /--allow-insecure-backend/,
    );
    expect(
      parseEmulationOptions(
        ['--backend-url', 'http://csm.example:8080', '--allow-insecure-backend'],
        {},
      ),
    ).toMatchObject({ backendUrl: 'http://csm.example:8080', allowInsecureBackend: true });
    expect(parseEmulationOptions(['--backend-url', 'http://127.0.0.1:4780'], {})).toMatchObject({
      backendUrl: 'http://127.0.0.1:4780',
      allowInsecureBackend: false,
    });
  });

  it('refuses a bad port or backend address in French', () => {
    expect(() => parseEmulationOptions(['--port', '70000'], {})).toThrow(/Port invalide/);
    expect(() => parseEmulationOptions(['--backend-url', 'ftp://x'], {})).toThrow(
      /Adresse du serveur CSM invalide/,
    );
  });

  it('refuses an unknown option', () => {
    expect(() => parseEmulationOptions(['--bogus'], {})).toThrow();
  });

  it('starts the demo with --demo (npm run demo), besides every other option', () => {
    expect(parseEmulationOptions(['--demo', '--port', '0', '--no-open'], {})).toMatchObject({
      demo: true,
      port: 0,
      open: false,
    });
    expect(parseEmulationOptions([], {})).toMatchObject({ demo: false });
  });

  it('sizes the window as one of the three tablet screens, 1280x800 by default', () => {
    expect(parseEmulationOptions([], {}).size).toEqual({ width: 1280, height: 800 });
    expect(parseEmulationOptions(['--size', '1920x1200'], {}).size).toEqual({
      width: 1920,
      height: 1200,
    });
    expect(parseEmulationOptions(['--size', '800x1280'], {}).size).toEqual({
      width: 800,
      height: 1280,
    });
  });

  it('refuses any other window size in French, naming the three it takes', () => {
    for (const size of ['1024x768', '1280X800', '1280', 'grand']) {
      expect(() => parseEmulationOptions(['--size', size], {})).toThrow(
        /Taille de fenêtre invalide.*1280x800, 1920x1200, 800x1280/,
      );
    }
  });
});
