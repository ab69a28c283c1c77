// What the build writes on the boot script's tag and the boot script reads: no DOM here, the
// build (in Node) imports it too.

/** The classic script beside the page (CSP `script-src 'self'`: no inline script). */
export const BOOT_SCRIPT = 'boot.js';
/** The kiosk's entry module, and the modules it imports first (their preloads). */
export const ENTRY_ATTRIBUTE = 'data-entry';
export const PRELOADS_ATTRIBUTE = 'data-preloads';
