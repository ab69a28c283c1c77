// The console's fault buttons, each a whole set of rules for the backend's PUT /qa/faults.
// "Couper CSM" drops every CSM route before it is handled, /health included, so the tablet
// sees CSM unreachable exactly as with a pulled cable.
import type { CommandInput } from '../../contract/kiosk/commands.js';

type Rules = CommandInput<'qa.setFaults'>['rules'];

export const FAULT_PRESETS = [
  { label: 'cutCsm', rules: [{ route: '*', dropRate: 1, phase: 'before' }] },
  { label: 'restoreCsm', rules: [] },
  { label: 'latency', rules: [{ route: '*', latencyMs: 2000 }] },
  { label: 'errors', rules: [{ route: '*', errorRate: 0.5 }] },
  { label: 'drops', rules: [{ route: '*', dropRate: 0.3 }] },
] as const satisfies readonly { label: string; rules: Rules }[];
