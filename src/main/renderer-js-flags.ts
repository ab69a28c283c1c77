// The V8 flags of the kiosk's renderer: the same in the Electron kiosk (main.ts), the emulation's
// browser window, the e2e tests and the benchmarks, so that what QA tests and what is measured
// is what the tablet runs.
//
// --jitless: V8 interprets the page's JavaScript and never writes machine code at run time.
// - Security: the kiosk shows only its own bundled code, and the JIT compilers are the part of
//   V8 most exploits go through (Edge's enhanced security mode and Chromium's "V8 optimizer"
//   site setting turn them off for that reason). Without them the renderer holds no writable
//   executable memory. It also turns off WebAssembly, which the kiosk does not use.
// - Memory (issue #14): with the JIT, V8 kept compiling the code that runs for every technician
//   (React, XState, i18next, zod) for 100+ cycles: heap +20 % from cycle 1 to 20 and ~7 KB per
//   cycle after. Jitless, the heap is flat: +2 %, no code growth (bench/memory.ts).
// - Cost, measured: taps no slower (bench/interaction.ts, interleaved runs: p95 19.5 and 17.5 ms
//   jitless, 20.3 with the JIT), the first frame as fast (it needs no script); the password
//   checker's word lists take ~0.5 s instead of ~0.15 s to build, in their worker while the
//   form sits idle.
// Electron applies these to its renderers only: the core (SQLite, sync, the password policy at
// the save) runs in the main process with Node's full JIT.
export const RENDERER_JS_FLAGS: readonly string[] = ['--jitless'];

/** The value of Chromium's js-flags switch: the kiosk's flags, then a run's own (--expose-gc). */
export function rendererJsFlags(extra: readonly string[] = []): string {
  return [...RENDERER_JS_FLAGS, ...extra].join(' ');
}
