/**
 * A nanostores atom mirrored to one localStorage key and kept in step across
 * tabs. For the course's two small values only: @nanostores/persistent (which
 * the planner uses) brings ~0.6 KB gzip of lifecycle code, and every lesson
 * page has a 2 KB JavaScript budget. Storage that is missing or refuses a
 * write (private mode, full quota) leaves the value in memory for this visit.
 */
import { atom, type WritableAtom } from 'nanostores';

/** The browser's localStorage, or null where it is missing or disabled. */
export function browserStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // Some browsers throw when storage is disabled.
  }
}

/** An atom whose value lives in localStorage under `key`; `decode` must accept any text. */
export function localAtom<T>(
  key: string,
  initial: T,
  decode: (raw: string) => T,
  encode: (value: T) => string,
): WritableAtom<T> {
  const read = (raw: string | null | undefined): T => (raw == null ? initial : decode(raw));
  const store = atom<T>(read(browserStorage()?.getItem(key)));
  const setInMemory = store.set.bind(store);
  store.set = (value: T) => {
    try {
      browserStorage()?.setItem(key, encode(value));
    } catch {
      // Keep working for this visit even if the browser will not store it.
    }
    setInMemory(value);
  };
  globalThis.addEventListener?.('storage', (event: StorageEvent) => {
    if (event.key === key || event.key === null) setInMemory(read(browserStorage()?.getItem(key)));
  });
  return store;
}
