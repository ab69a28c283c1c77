// How long the last "Réinitialiser la démo" took, carried across the page's reload (the reset
// ends with one) so the trainer sees it done, and how fast, on the emptied tablet.
const KEY = 'csm-demo-reset-ms';

export function keepResetTime(tookMs: number, storage: Storage = sessionStorage): void {
  storage.setItem(KEY, String(Math.round(tookMs)));
}

/** Once: the next call answers null. */
export function takeResetTime(storage: Storage = sessionStorage): number | null {
  const kept = storage.getItem(KEY);
  storage.removeItem(KEY);
  const ms = kept === null ? NaN : Number(kept);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}
