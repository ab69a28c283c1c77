// jsdom lays nothing out and has no ResizeObserver: the keyboard's room (use-keyboard-room.ts)
// observes nothing in unit tests, and is measured in the e2e tests instead.
import { afterAll, beforeAll } from 'vitest';

export function withoutResizeObserver() {
  const real = globalThis.ResizeObserver;
  beforeAll(() => {
    globalThis.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  });
  afterAll(() => {
    globalThis.ResizeObserver = real;
  });
}
