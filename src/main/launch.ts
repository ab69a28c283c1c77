// `npm start`: the Electron kiosk where its binary exists, the desktop emulation otherwise.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.js';
import { runEmulation } from './emulation/run-emulation.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const electron = findElectronBinary(
  fileURLToPath(new URL('../../node_modules/electron/', import.meta.url)),
);
const argv = process.argv.slice(2);

if (electron) {
  const child = spawn(electron, [root, ...argv], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Binaire Electron absent sur cette machine : démarrage de l’émulation de bureau.');
  await runEmulation(argv);
}
