// The wizard's saved progress: save at every step, load after a restart, clear when done.
import { ok } from '../../../contract/kiosk/errors.js';
import type { HandlerMap } from '../command-handlers.js';
import type { WizardService } from '../services/wizard-service.js';

export function wizardHandlers(wizard: WizardService) {
  return {
    'wizard.save': (input) => wizard.save(input),
    'wizard.load': ({ machineId }) => ok(wizard.load(machineId)),
    'wizard.clear': ({ machineId }) => ok(wizard.clear(machineId)),
  } satisfies HandlerMap;
}
