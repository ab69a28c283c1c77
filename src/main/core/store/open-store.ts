// Opens the tablet's SQLite file at the newest schema of the store.
import { openDatabase, type Db } from '../../../node/sqlite/open-database.js';
import { migrations } from './migrations/registry.js';

export type { Db };

export const openStore = (file: string): Db => openDatabase(file, migrations, 'CSM Kiosk');
