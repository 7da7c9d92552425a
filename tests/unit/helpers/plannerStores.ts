/** What the planner's store tests share: a contact to add, and keeping the stores listened to. */
import { getTestStorage, setPersistentEngine } from '@nanostores/persistent';
import type { ReadableAtom } from 'nanostores';
import type { ContactFields } from '../../../src/stores/plannerActions';

/** A contact as the form would give it: an interview on 24 November 2026. */
export function danaFields(fields: Partial<ContactFields> = {}): ContactFields {
  return {
    name: 'Dana Lee',
    organization: 'Acme',
    role: 'Hiring manager',
    metHow: 'interview',
    metOn: '2026-11-24',
    notes: '',
    email: '',
    phoneOffice: '',
    phoneMobile: '',
    agreed: null,
    status: 'active',
    ...fields,
  };
}

/** Keeps the stores mounted (as a page does) until the returned function is called. */
export function listenTo(stores: ReadableAtom<unknown>[]): () => void {
  const stops = stores.map((s) => s.listen(() => {}));
  return () => stops.forEach((stop) => stop());
}

/** Makes every write of a key for which `refuse(key)` holds fail as a full browser storage does. */
export function refuseWrites(refuse: (key: string) => boolean): void {
  const full = new Proxy(getTestStorage(), {
    set(target, key, value) {
      if (typeof key === 'string' && refuse(key))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return Reflect.set(target, key, value);
    },
  });
  setPersistentEngine(full, { addEventListener() {}, removeEventListener() {} });
}
