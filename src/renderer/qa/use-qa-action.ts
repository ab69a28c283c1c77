// A console button's command: the refusal it met, if any, shown under the panel; the picture
// refreshed at once after it, not a second later.
import { useCallback, useState } from 'react';
import type { AppError, Result } from '../../contract/kiosk/errors.js';

export function useQaAction(refresh: () => void) {
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (action: () => Promise<Result<unknown>>) => {
      setBusy(true);
      const result = await action();
      setBusy(false);
      setError(result.ok ? null : result.error);
      refresh();
    },
    [refresh],
  );
  return { run, error, busy };
}
