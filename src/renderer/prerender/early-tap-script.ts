// The classic script the prerendered page loads first (prerender-plugin.ts bundles it): a module
// script would run only after the page is parsed, too late for a tap on the painted tiles.
import { installEarlyTapRecorder } from './early-tap-recorder.js';

installEarlyTapRecorder(window);
