/**
 * A nanostores atom mirrored to one localStorage key and kept in step across
 * tabs. For the course's two small values only: @nanostores/persistent (which
 * the planner uses) brings ~0.6 KB gzip of lifecycle code, and every lesson
 * page has a 2 KB JavaScript budget. Storage that is missing or refuses a
 * write (private mode, full quota) leaves the value in memory for this visit.
 */
import { atom, type WritableAtom } from 'nanostores';

function storage(): Storage | null {
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
  const store = atom<T>(read(storage()?.getItem(key)));
  const setInMemory = store.set.bind(store);
  store.set = (value: T) => {
    try {
      storage()?.setItem(key, encode(value));
    } catch {
      // Keep working for this visit even if the browser will not store it.
    }
    setInMemory(value);
  };
  globalThis.addEventListener?.('storage', (event: StorageEvent) => {
    if (event.key === key || event.key === null) setInMemory(read(storage()?.getItem(key)));
  });
  return store;
}
