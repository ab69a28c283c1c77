// Ordered list of schema migrations. Version N is the N-th entry; never reorder or edit a
// shipped one, add the next instead.
import type { Database } from 'better-sqlite3';
import { up as initial } from './001-initial.js';

export type Migration = { version: number; name: string; up: (db: Database) => void };

export const migrations: readonly Migration[] = [{ version: 1, name: 'initial', up: initial }];
