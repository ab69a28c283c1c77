// The classic script the prerendered page runs first, inline in its head (prerender-plugin.ts
// bundles it and writes its CSP hash for the hosts): it keeps a tap made on the tiles before the
// kiosk's JavaScript runs, and starts that JavaScript once the first frame is painted. A module
// script would run only after the page is parsed, too late for a tap on the painted tiles.
import { loadAppAfterFirstFrame } from './app-after-first-frame.js';
import { installEarlyTapRecorder } from './early-tap-recorder.js';

installEarlyTapRecorder(window);
loadAppAfterFirstFrame(document.currentScript, document);
