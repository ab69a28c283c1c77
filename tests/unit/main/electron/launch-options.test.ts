import { describe, expect, it } from 'vitest';
import { launchRefusal, readLaunchOptions } from '../../../../src/main/electron/launch-options.js';

// What Electron's process.argv looks like: its binary, the app path, then our flags.
const argv = (...flags: string[]) => ['/opt/electron', '/app', ...flags];

describe('launch options', () => {
  it('starts in kiosk mode on the embedded backend by default', () => {
    expect(readLaunchOptions(argv(), {})).toEqual({
      windowed: false,
      demo: false,
      qa: false,
      backendUrl: null,
      allowInsecureBackend: false,
      dataDir: null,
    });
  });

  it('opens a window with --windowed or CSM_WINDOWED=1', () => {
    expect(readLaunchOptions(argv('--windowed'), {}).windowed).toBe(true);
    expect(readLaunchOptions(argv(), { CSM_WINDOWED: '1' }).windowed).toBe(true);
    expect(readLaunchOptions(argv(), { CSM_WINDOWED: '0' }).windowed).toBe(false);
  });

  it('takes the CSM server and data folder from the flags the emulation also reads', () => {
    const options = readLaunchOptions(
      argv('--backend-url', 'https://csm.example:8443', '--data-dir=/tmp/run-1', '--qa'),
      { CSM_BACKEND_URL: 'https://ignored.example' },
    );
    expect(options).toMatchObject({
      backendUrl: 'https://csm.example:8443',
      dataDir: '/tmp/run-1',
      qa: true,
    });
  });

  it('falls back on CSM_BACKEND_URL and CSM_DATA_DIR, ignoring empty values', () => {
    const env = { CSM_BACKEND_URL: 'https://csm.example', CSM_DATA_DIR: '/tmp/run-2' };
    expect(readLaunchOptions(argv(), env)).toMatchObject({
      backendUrl: 'https://csm.example',
      dataDir: '/tmp/run-2',
    });
    expect(readLaunchOptions(argv(), { CSM_BACKEND_URL: '' }).backendUrl).toBeNull();
  });

  it('turns demo mode on with --demo or CSM_DEMO=true', () => {
    expect(readLaunchOptions(argv('--demo'), {}).demo).toBe(true);
    expect(readLaunchOptions(argv(), { CSM_DEMO: 'true' }).demo).toBe(true);
  });

  it('ignores Chromium switches it does not know', () => {
    expect(readLaunchOptions(argv('--no-sandbox', '--inspect=0', '--windowed'), {})).toMatchObject({
      windowed: true,
    });
  });

  it('refuses --qa in a packaged build, with a sentence that says what to run instead', () => {
    const refusal = launchRefusal(readLaunchOptions(argv('--qa'), {}), true);
    expect(refusal).toMatch(/--qa/);
    expect(refusal).toMatch(/npm start -- --qa/);
  });

  it('accepts --qa in a development build and every other option in a packaged one', () => {
    expect(launchRefusal(readLaunchOptions(argv('--qa'), {}), false)).toBeNull();
    const packaged = readLaunchOptions(
      argv('--demo', '--windowed', '--backend-url', 'https://csm.example', '--data-dir=/tmp/x'),
      {},
    );
    expect(launchRefusal(packaged, true)).toBeNull();
  });

  it('refuses a CSM server in plain http off loopback unless --allow-insecure-backend says so', () => {
    for (const packaged of [false, true]) {
      const plain = readLaunchOptions(argv('--backend-url', 'http://csm.example:8080'), {});
      expect(launchRefusal(plain, packaged)).toMatch(/http non chiffré.*--allow-insecure-backend/);
      const fromEnv = readLaunchOptions(argv(), { CSM_BACKEND_URL: 'http://192.168.1.20' });
      expect(launchRefusal(fromEnv, packaged)).toMatch(/--allow-insecure-backend/);
      const allowed = readLaunchOptions(
        argv('--backend-url', 'http://csm.example:8080', '--allow-insecure-backend'),
        {},
      );
      expect(allowed.allowInsecureBackend).toBe(true);
      expect(launchRefusal(allowed, packaged)).toBeNull();
      const loopback = readLaunchOptions(argv('--backend-url', 'http://127.0.0.1:4780'), {});
      expect(launchRefusal(loopback, packaged)).toBeNull();
    }
  });
});
