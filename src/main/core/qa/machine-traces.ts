// The kiosk page's live machines as it last reported them (qa.trace): the whole picture each
// time, so the newest report replaces the last and the console never sees a half-updated set.
import type { MachineTrace } from '../../../contract/kiosk/qa-console.js';

export interface MachineTraces {
  report(machines: MachineTrace[]): void;
  current(): MachineTrace[];
}

export function createMachineTraces(onReport: (machines: MachineTrace[]) => void): MachineTraces {
  let last: MachineTrace[] = [];
  return {
    report(machines) {
      last = machines;
      onReport(machines);
    },
    current: () => last,
  };
}
