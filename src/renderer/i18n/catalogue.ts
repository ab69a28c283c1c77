// The shape every language's catalogue has: the French catalogue's keys, each a string. German and
// English are typed with it, so a key missing or added in one of them fails the type check.
import type { fr } from './fr.js';

type Strings<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export type Catalogue = Strings<typeof fr>;
