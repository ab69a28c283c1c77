// `npm run emulate`: the desktop emulation alone.
import { runEmulation } from './run-emulation.js';

await runEmulation(process.argv.slice(2));
