// The emulation's window runs the kiosk's renderer as the tablet does: same V8 flags.
import { describe, expect, it } from 'vitest';
import { appWindowArgs, TABLET_SIZE } from '../../../../src/main/emulation/open-browser.js';
import { rendererJsFlags } from '../../../../src/main/renderer-js-flags.js';

describe('the emulation’s app window', () => {
  it('opens the kiosk tablet-sized, on its own profile, with the renderer’s V8 flags', () => {
    const args = appWindowArgs('http://127.0.0.1:4000/', TABLET_SIZE, '/tmp/profile');
    expect(args).toContain('--js-flags=--jitless');
    expect(args).toContain('--no-sandbox');
    expect(args.slice(-3)).toEqual([
      '--user-data-dir=/tmp/profile',
      '--app=http://127.0.0.1:4000/',
      '--window-size=1280,800',
    ]);
  });

  it('puts a run’s own V8 flags after the kiosk’s, in the one switch Chromium reads', () => {
    expect(rendererJsFlags(['--expose-gc'])).toBe('--jitless --expose-gc');
  });
});
