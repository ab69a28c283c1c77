// A value many parts of the screen show, watched once for all of them: the first reader starts
// the watch, the last one to leave stops it once the commit is over. A tap that changes screen
// unmounts the old screen's readers and mounts the new one's in one commit, so the watch (its
// timer, its listener, its question to the core) goes on instead of starting again before the
// frame that shows the new screen.
import { useSyncExternalStore } from 'react';

export interface SharedSource<T> {
  subscribe(reader: () => void): () => void;
  read(): T;
  /** The value before any watch: what the prerendered first frame was drawn with, so hydration
   * starts from the same markup (src/renderer/prerender). */
  readInitial(): T;
}

/** `start` begins watching and hands each new value to `set`; it answers how to stop. The last
 * value is kept while nobody watches: the next reader shows it until a fresher one comes. */
export function sharedSource<T>(
  initial: T,
  start: (set: (value: T) => void, current: () => T) => () => void,
): SharedSource<T> {
  let value = initial;
  const readers = new Set<() => void>();
  let stop: (() => void) | null = null;
  const set = (next: T) => {
    if (Object.is(next, value)) return;
    value = next;
    for (const read of readers) read();
  };
  return {
    subscribe(reader) {
      readers.add(reader);
      stop ??= start(set, () => value);
      return () => {
        readers.delete(reader);
        queueMicrotask(() => {
          if (readers.size > 0 || !stop) return;
          stop();
          stop = null;
        });
      };
    },
    read: () => value,
    readInitial: () => initial,
  };
}

/** One source per key (the kiosk api), made at its first reader. */
export function sharedSourcePer<K extends object, S>(make: (key: K) => S): (key: K) => S {
  const sources = new WeakMap<K, S>();
  return (key) => {
    let source = sources.get(key);
    if (!source) {
      source = make(key);
      sources.set(key, source);
    }
    return source;
  };
}

export function useSharedSource<T>(source: SharedSource<T>): T {
  return useSyncExternalStore(source.subscribe, source.read, source.readInitial);
}
