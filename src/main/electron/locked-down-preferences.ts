// The webPreferences every window of the kiosk gets (Electron's security checklist): isolated,
// sandboxed, no Node in the page or its frames, web security on, no <webview>. Written once so
// a window added later cannot forget one; only the preload and the developer tools differ.
import type { WebPreferences } from 'electron';

export interface LockedDownOptions {
  /** Absolute path of a bundled preload; a plain web page (the demo's phone) has none. */
  preload?: string;
  devTools?: boolean;
}

export function lockedDownPreferences(options: LockedDownOptions = {}): WebPreferences {
  return {
    ...(options.preload === undefined ? {} : { preload: options.preload }),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    ...(options.devTools === undefined ? {} : { devTools: options.devTools }),
  };
}
