// demo.*: handed over to the runtime's DemoControl (see demo/demo-control.ts).
// STUB — to be written (issue #13): every command answers WRONG_STATE for now.
import { fail } from '../../../contract/kiosk/errors.js';
import type { HandlerMap } from '../command-handlers.js';
import type { DemoControl } from '../demo/demo-control.js';

export function demoHandlers(_control: DemoControl | undefined) {
  const unavailable = () => fail('WRONG_STATE');
  return {
    'demo.enter': unavailable,
    'demo.leave': unavailable,
    'demo.reset': unavailable,
    'demo.state': unavailable,
    'demo.set': unavailable,
    'demo.openPhone': unavailable,
  } satisfies HandlerMap;
}
