// `npm run backend`: runs the reference CSM backend until SIGTERM or SIGINT, then closes it
// cleanly so no committed write or mail under way is lost.
import { resolve } from 'node:path';
import { parseCliOptions, USAGE } from './cli-options.js';
import { startBackend } from './server.js';

async function main(): Promise<void> {
  const parsed = parseCliOptions(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.error.message);
    process.exit(2);
  }
  const { help, port, dataDir, smtp, qa, demo, identReviewDelayMs, identOutcome } = parsed.value;
  if (help) {
    console.log(USAGE);
    return;
  }
  // Loopback only: the QA API hands out Tokens to whoever asks.
  const backend = await startBackend({
    port,
    dataDir: resolve(dataDir),
    smtp,
    qa,
    demo,
    identReviewDelayMs,
    identOutcome,
  });
  const modes = [qa ? 'API QA active' : '', demo ? 'mode démonstration' : ''].filter(Boolean);
  console.log(
    `Serveur CSM de référence : ${backend.url}${modes.length ? ` (${modes.join(', ')})` : ''}`,
  );

  let closing = false;
  const stop = () => {
    // A second signal means "now": the person does not want to wait for mail under way.
    if (closing) process.exit(1);
    closing = true;
    backend.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(
    `Le serveur CSM n’a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
