// Hands the kiosk api to screens, so a test can render a screen over a fake one.
import { createContext, useContext } from 'react';
import type { KioskApi } from './kiosk-api.js';

export const ApiContext = createContext<KioskApi | null>(null);

export function useKioskApi(): KioskApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useKioskApi outside <ApiContext.Provider>');
  return api;
}
