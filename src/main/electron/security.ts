// Electron's security checklist for the kiosk: a strict CSP on everything the app scheme serves,
// no new windows, no navigation away from the app origin (the demo's phone window: away from
// the demo server's), no webviews, no permissions.
import { app, session, type Session, type WebContents } from 'electron';
import { NO_INLINE_HASHES, type InlineHashes } from '../../contract/kiosk/inline-hashes.js';
import { contentSecurityPolicy } from '../runtime/content-security-policy.js';
import { isAppUrl } from './app-origin.js';

/** Headers added to every response of the app scheme, errors included; `inline`: the hashes of
 * the kiosk page's inline script and stylesheets (the renderer build's inline-hashes.json). */
export function securityHeaders(inline: InlineHashes = NO_INLINE_HASHES): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy([], inline),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/** Where a webContents other than the app's may go; read at each navigation, since the guards
 * are installed when Chromium creates the contents, before its window is known. */
const navigationRules = new WeakMap<WebContents, (url: string) => boolean>();

/** The demo's phone window: its page may move within the demo server's origin only. */
export function allowNavigation(contents: WebContents, isAllowed: (url: string) => boolean) {
  navigationRules.set(contents, isAllowed);
}

/** Guards one webContents: the kiosk window and anything Chromium creates later. */
export function hardenWebContents(contents: WebContents): void {
  // A link with target=_blank or window.open would escape the kiosk into a bare window.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayOnAppOrigin = (event: { url: string; preventDefault(): void }) => {
    const allowed = navigationRules.get(contents) ?? isAppUrl;
    if (!allowed(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  // webviewTag is off in webPreferences already; this also stops one a future change lets in.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Installs the app-wide guards; call once the app is ready (the default session exists only
 * then). There is no `remote` to disable: Electron removed it, and nothing here adds it back.
 */
export function installSecurity(ses: Session = session.defaultSession): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // The kiosk needs no camera, microphone, geolocation, notifications or anything else.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}
