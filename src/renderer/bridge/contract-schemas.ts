// The contract's command and event schemas as the renderer checks what the host sends: a chunk of
// its own (zod comes with it), so the first frame is drawn before it loads.
import { z } from 'zod';

// The CSP forbids eval; without this zod would probe for it and log a violation.
z.config({ jitless: true });

export { commands } from '../../contract/kiosk/commands.js';
export { events } from '../../contract/kiosk/events.js';
