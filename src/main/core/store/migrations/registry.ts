// Ordered list of the tablet store's migrations. Version N is the N-th entry; never reorder or
// edit a shipped one, add the next instead.
import type { Migration } from '../../../../node/sqlite/migrate.js';
import { up as initial } from './001-initial.js';

export const migrations: readonly Migration[] = [{ version: 1, name: 'initial', up: initial }];
