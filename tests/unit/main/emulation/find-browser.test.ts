import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../../../src/main/emulation/find-browser.js';

describe('browser lookup', () => {
  const only =
    (...present: string[]) =>
    (p: string) =>
      present.includes(p);

  it('prefers CHROMIUM_PATH, then Debian chromium, then Playwright’s own', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/opt/c' }, only('/opt/c', '/usr/bin/chromium'))).toBe(
      '/opt/c',
    );
    expect(findBrowser({}, only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(findBrowser({}, only('/pw/chrome'), () => '/pw/chrome')).toBe('/pw/chrome');
  });

  it('skips a CHROMIUM_PATH that does not exist', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/nope' }, only('/usr/bin/chromium'))).toBe(
      '/usr/bin/chromium',
    );
  });

  it('finds none when nothing is installed', () => {
    expect(findBrowser({}, only(), () => '/pw/missing')).toBeNull();
  });
});
