// Opens the backend's SQLite file at the newest schema of the backend.
import { openDatabase as open, type Db } from '../../node/sqlite/open-database.js';
import { migrations } from './migrations/index.js';

export type { Db };

export const openDatabase = (file: string): Db => open(file, migrations, 'le serveur CSM');
