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
      qa: true,
      open: false,
      help: false,
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
});
