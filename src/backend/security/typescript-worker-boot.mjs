// Starts a worker from TypeScript sources (under tsx or vitest): a worker thread does not
// inherit its parent's loader, so it registers tsx before importing the source it was given.
// The Electron build bundles workers to JavaScript and never loads this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.source);
