// Warnings the host must not hide from the technician (e.g. secrets without a system vault).
import { useAppInfo } from '../hooks/use-app-info.js';

export function WarningsBanner() {
  const info = useAppInfo();
  if (!info?.warnings.length) return null;
  return (
    <div className="warnings" role="alert">
      {info.warnings.map((w) => (
        <p key={w}>⚠ {w}</p>
      ))}
    </div>
  );
}
