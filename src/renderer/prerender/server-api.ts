// The kiosk api while prerendering at build time: there is no core, and none is needed, since
// the server render runs no effect and the status bar's watch reads its server snapshot.
import { fail } from '../../contract/kiosk/result.js';
import type { KioskApi } from '../bridge/kiosk-api.js';

export const serverApi: KioskApi = {
  invoke: async () => fail('INTERNAL'),
  on: () => () => undefined,
};
