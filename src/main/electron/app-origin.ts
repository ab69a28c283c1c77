// The one origin the kiosk trusts: the renderer served from dist/renderer under app://kiosk/.
// Navigation guards, the IPC sender check and the protocol handler all read it from here.
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN_PREFIX = `${APP_SCHEME}://${APP_HOST}/`;
export const APP_ENTRY_URL = `${APP_ORIGIN_PREFIX}index.html`;

/**
 * True for a URL of the app origin. The trailing slash in the prefix matters: it keeps out
 * look-alikes such as `app://kiosk.evil/` or `app://kiosk@evil/`.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  return typeof url === 'string' && url.startsWith(APP_ORIGIN_PREFIX);
}
