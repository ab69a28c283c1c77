// PLACEHOLDER for the merge: the demo world (pace, scenario, CSM offline, the inbox) is written
// on another branch of #13; this file only carries its interface so the runtime compiles.
import type { DemoPatch, DemoState } from '../../../contract/kiosk/demo.js';
import type { QaClient } from '../../core/csm/qa-client.js';

export interface DemoWorldOptions {
  qa: QaClient;
  companionUrl: string;
  forced: boolean;
  pollMs?: number;
  log?: (line: string) => void;
}

export interface DemoWorld {
  state(): DemoState;
  set(patch: DemoPatch): Promise<DemoState>;
  afterReset(): Promise<void>;
  start(): void;
  stop(): void;
  onChange(listener: (state: DemoState) => void): () => void;
}

export function createDemoWorld(_options: DemoWorldOptions): DemoWorld {
  throw new Error('not yet');
}
