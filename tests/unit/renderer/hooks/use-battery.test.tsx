// The battery level from Chromium's Battery Status API: followed while the status bar shows, and
// no listener left on the (one, page-long) battery manager once it is gone, even when the screen
// left before the browser answered.
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useBattery } from '../../../../src/renderer/hooks/use-battery.js';

/** A battery manager that counts the listeners it holds. */
class FakeBattery extends EventTarget {
  level = 0.5;
  charging = false;
  held = 0;
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
    this.held += 1;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>) {
    this.held -= 1;
    super.removeEventListener(...args);
  }
}

/** navigator.getBattery answering only when the test says so. */
function batteryAnsweringLater() {
  const battery = new FakeBattery();
  let answer: () => void = () => undefined;
  const answered = new Promise<FakeBattery>((resolve) => (answer = () => resolve(battery)));
  Object.defineProperty(navigator, 'getBattery', { value: () => answered, configurable: true });
  return { battery, answer, answered };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'getBattery');
});

describe('useBattery', () => {
  it('follows the level once the browser answers, and lets go of the manager when gone', async () => {
    const { battery, answer } = batteryAnsweringLater();
    const { result, unmount } = renderHook(() => useBattery());
    answer();
    await waitFor(() => expect(result.current).toEqual({ level: 50, charging: false }));
    battery.level = 0.2;
    act(() => void battery.dispatchEvent(new Event('levelchange')));
    expect(result.current).toEqual({ level: 20, charging: false });
    unmount();
    // The watch stops once the commit is over (the next screen's status bar may take it over).
    await Promise.resolve();
    expect(battery.held).toBe(0);
  });

  it('adds no listener when the screen left before the browser answered', async () => {
    const { battery, answer, answered } = batteryAnsweringLater();
    const { unmount } = renderHook(() => useBattery());
    unmount();
    answer();
    // The hook's handler was attached first, so it has run when this await resumes.
    await answered;
    expect(battery.held).toBe(0);
  });
});
