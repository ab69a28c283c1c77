// The hosts' log file, <data>/logs/csm-kiosk.log: on a kiosk nobody sees the console, support
// reads this. One line per event, timestamped; at 1 MiB it becomes .1 and a new one starts, so
// it never fills the tablet. Callers never pass secrets (the core logs codes, not inputs).
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export const LOG_MAX_BYTES = 1024 * 1024;

export function fileLog(file: string, maxBytes = LOG_MAX_BYTES): (line: string) => void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  let size = (() => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  })();
  return (line) => {
    const text = `${new Date().toISOString()} ${line.replace(/\r?\n/g, ' ')}\n`;
    try {
      if (size + text.length > maxBytes) {
        renameSync(file, `${file}.1`);
        size = 0;
      }
      appendFileSync(file, text, { mode: 0o600 });
      size += Buffer.byteLength(text);
    } catch {
      // A full or read-only disk must not stop the kiosk; the console still has the line.
    }
  };
}
