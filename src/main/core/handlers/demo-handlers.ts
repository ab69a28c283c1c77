// demo.*: handed over to the runtime's DemoControl (see demo/demo-control.ts), and the demo's
// news (its state, a switch of mode) relayed on the core's event feed. The core decides nothing
// about the demo; it only turns the control's failures into answers.
import { appErrorOf, fail, ok, type Result } from '../../../contract/kiosk/errors.js';
import type { HandlerMap } from '../command-handlers.js';
import type { DemoControl } from '../demo/demo-control.js';
import type { EventFeed } from '../event-feed.js';

/** A control that threw: logged by name only, answered with its KioskError's code (NETWORK when
 * the demo's CSM server did not answer), INTERNAL for anything else. */
async function attempt<T>(
  log: (line: string) => void,
  what: string,
  run: () => Promise<T>,
): Promise<Result<T>> {
  try {
    return ok(await run());
  } catch (error) {
    log(`démo : ${what} impossible (${(error as Error).name}: ${(error as Error).message})`);
    return { ok: false, error: appErrorOf(error) };
  }
}

export function demoHandlers(
  control: DemoControl | undefined,
  log: (line: string) => void = () => {},
) {
  if (!control) {
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
  // The demo's core is the one whose state() answers: entering from it changes nothing.
  const inDemo = () => control.state() !== null;
  return {
    'demo.enter': async () =>
      inDemo()
        ? ok({ demo: true as const })
        : attempt(log, 'entrée', async () => {
            await control.enter();
            return { demo: true as const };
          }),
    'demo.leave': async () =>
      control.forced
        ? fail('WRONG_STATE')
        : attempt(log, 'sortie', async () => {
            await control.leave();
            return { demo: false as const };
          }),
    'demo.reset': async () =>
      inDemo() ? attempt(log, 'réinitialisation', () => control.reset()) : fail('WRONG_STATE'),
    'demo.state': () => {
      const state = control.state();
      return state ? ok(state) : fail('WRONG_STATE');
    },
    'demo.set': async (patch) =>
      inDemo() ? attempt(log, 'réglage', () => control.set(patch)) : fail('WRONG_STATE'),
    'demo.openPhone': async ({ identId }) =>
      inDemo()
        ? attempt(log, 'smartphone', async () => ({ opened: await control.openPhone(identId) }))
        : fail('WRONG_STATE'),
  } satisfies HandlerMap;
}

/** Relays the control's news on the feed; returns the function that stops (the core's close). */
export function relayDemoEvents(control: DemoControl | undefined, feed: EventFeed): () => void {
  if (!control) return () => {};
  const stops = [
    control.onChange((state) =>
      feed.publish('demo.changed', () => ({ name: 'demo.changed', payload: state })),
    ),
    control.onModeChanged((demo, resetTookMs) =>
      feed.publish('app.modeChanged', () => ({
        name: 'app.modeChanged',
        payload: resetTookMs === undefined ? { demo } : { demo, resetTookMs },
      })),
    ),
  ];
  return () => stops.forEach((stop) => stop());
}
