import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hardenWebContents, installSecurity } from '../../../../src/main/electron/security.js';
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/runtime/content-security-policy.js';
import { app, fakeEvent, FakeWebContents, resetFakeElectron, session } from './fake-electron.js';

vi.mock('electron', () => import('./fake-electron.js'));

function hardened() {
  const contents = new FakeWebContents();
  hardenWebContents(contents as never);
  return contents;
}

function onlyArgument<T>(calls: [T][]): T {
  expect(calls).toHaveLength(1);
  return (calls[0] as [T])[0];
}

function navigate(contents: FakeWebContents, kind: 'will-navigate' | 'will-redirect', url: string) {
  const event = fakeEvent({ url });
  contents.emit(kind, event, url);
  return event.defaultPrevented;
}

describe('security', () => {
  beforeEach(() => resetFakeElectron());

  it('denies every new window, whatever the URL', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'app://kiosk/index.html' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
  });

  it.each(['will-navigate', 'will-redirect'] as const)(
    'prevents %s away from the app origin and lets the app move within it',
    (kind) => {
      const contents = hardened();
      expect(navigate(contents, kind, 'https://example.com/')).toBe(true);
      expect(navigate(contents, kind, 'file:///etc/passwd')).toBe(true);
      expect(navigate(contents, kind, 'app://kiosk.evil/index.html')).toBe(true);
      expect(navigate(contents, kind, 'app://kiosk/index.html')).toBe(false);
    },
  );

  it('prevents attaching a webview', () => {
    const event = fakeEvent();
    hardened().emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('starts its CSP from default-src none and allows no inline code or eval', () => {
    expect(CONTENT_SECURITY_POLICY.startsWith("default-src 'none'")).toBe(true);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('denies every permission request and check', () => {
    installSecurity(session.defaultSession as never);
    const requestHandler = onlyArgument(
      session.defaultSession.setPermissionRequestHandler.mock.calls,
    );
    const callback = vi.fn();
    requestHandler(null, 'media', callback, {});
    requestHandler(null, 'geolocation', callback, {});
    expect(callback.mock.calls).toEqual([[false], [false]]);
    const checkHandler = onlyArgument(session.defaultSession.setPermissionCheckHandler.mock.calls);
    expect(checkHandler(null, 'notifications', 'app://kiosk', {})).toBe(false);
  });

  it('hardens every webContents created after installation', () => {
    installSecurity(session.defaultSession as never);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true);
  });
});
