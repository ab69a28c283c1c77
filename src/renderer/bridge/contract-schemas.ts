// The contract's command and event schemas as the renderer checks what the host sends: a chunk of
// its own (zod/mini comes with it: no JSON-schema code), so the first frame is drawn before it
// loads.
import { z } from 'zod/mini';

// The CSP forbids eval; without this zod would probe for it and log a violation.
z.config({ jitless: true });

export { commands } from '../../contract/kiosk/commands.js';
export { events } from '../../contract/kiosk/events.js';
