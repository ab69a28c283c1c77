// Electron's security checklist for the kiosk: a strict CSP on everything the app scheme serves,
// no new windows, no navigation away from the app origin, no webviews, no permissions.
import { app, session, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../runtime/content-security-policy.js';
import { isAppUrl } from './app-origin.js';

/** Headers added to every response of the app scheme, errors included. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/** Guards one webContents: the kiosk window and anything Chromium creates later. */
export function hardenWebContents(contents: WebContents): void {
  // A link with target=_blank or window.open would escape the kiosk into a bare window.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayOnAppOrigin = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
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
