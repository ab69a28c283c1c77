// The console's fault buttons, each a whole set of rules for the backend's PUT /qa/faults.
// "Couper CSM" is the contract's CSM_OFFLINE_RULES (every route, /health included), the same
// cut the demo's "tablette hors ligne" makes.
import { CSM_OFFLINE_RULES } from '../../contract/csm/qa-api.js';
import type { CommandInput } from '../../contract/kiosk/commands.js';

type Rules = CommandInput<'qa.setFaults'>['rules'];

export const FAULT_PRESETS = [
  { label: 'cutCsm', rules: CSM_OFFLINE_RULES },
  { label: 'restoreCsm', rules: [] },
  { label: 'latency', rules: [{ route: '*', latencyMs: 2000 }] },
  { label: 'errors', rules: [{ route: '*', errorRate: 0.5 }] },
  { label: 'drops', rules: [{ route: '*', dropRate: 0.3 }] },
] as const satisfies readonly { label: string; rules: Readonly<Rules> }[];
