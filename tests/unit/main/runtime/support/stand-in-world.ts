// A minimal demo world for the runtime's tests while the real one (src/main/runtime/demo/
// demo-world.ts) is written on another branch: the runtime only needs its interface. It applies
// one call to the backend's QA API on each reset, as the real one does (it sets the pace), so a
// reset's cost is counted (the simulation route itself lands with the backend's branch).
import type { DemoState } from '../../../../../src/contract/kiosk/demo.js';
import type {
  createDemoWorld,
  DemoWorld,
} from '../../../../../src/main/runtime/demo/demo-world.js';

export const standInWorld: typeof createDemoWorld = ({ qa, companionUrl, forced }) => {
  let state: DemoState = {
    pace: 'instant',
    scenario: 'registration',
    csmOffline: false,
    messages: [],
    companionUrl,
    forced,
  };
  const listeners = new Set<(s: DemoState) => void>();
  const world: DemoWorld & { running: boolean } = {
    running: false,
    state: () => state,
    async set(patch) {
      state = { ...state, ...patch };
      listeners.forEach((l) => l(state));
      return state;
    },
    async afterReset() {
      const applied = await qa.setFaults([]);
      if (!applied.ok) throw new Error(`setFaults: ${applied.error.code}`);
      state = { ...state, messages: [] };
    },
    start() {
      world.running = true;
    },
    stop() {
      world.running = false;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return world;
};
