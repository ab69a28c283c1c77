// What the build writes on the boot script's tag (inline in the page, allowed by its CSP hash)
// and the boot script reads: no DOM here, the build (in Node) imports it too.

/** The kiosk's entry module, and the modules it imports first (their preloads). */
export const ENTRY_ATTRIBUTE = 'data-entry';
export const PRELOADS_ATTRIBUTE = 'data-preloads';
/** On an inline stylesheet: the built file it was copied from. */
export const INLINED_FROM_ATTRIBUTE = 'data-inlined-from';
