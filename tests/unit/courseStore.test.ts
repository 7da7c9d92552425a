import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A localStorage stand-in and a window-like event target, installed before each import. */
function installBrowserStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage = {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
  const events = new EventTarget();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('addEventListener', events.addEventListener.bind(events));
  /** Another tab writes a key: the store hears a storage event. */
  const otherTabWrites = (key: string, value: string) => {
    data.set(key, value);
    events.dispatchEvent(Object.assign(new Event('storage'), { key }));
  };
  return { data, otherTabWrites };
}

async function loadStore() {
  vi.resetModules();
  return import('../../src/stores/course');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('course store', () => {
  let browser: ReturnType<typeof installBrowserStorage>;
  beforeEach(() => {
    browser = installBrowserStorage();
  });

  it('stores a valid start date', async () => {
    const { setStartDate, $startDate } = await loadStore();
    expect(setStartDate('2026-09-07')).toEqual({ ok: true, date: '2026-09-07' });
    expect($startDate.get()).toBe('2026-09-07');
    expect(browser.data.get('wfu:course:start')).toBe('2026-09-07');
  });

  it('keeps the old start date when the new one is invalid', async () => {
    const { setStartDate, $startDate } = await loadStore();
    setStartDate('2026-09-07');
    expect(setStartDate('2026-02-31')).toEqual({ ok: false, problem: 'not-real' });
    expect($startDate.get()).toBe('2026-09-07');
    expect(browser.data.get('wfu:course:start')).toBe('2026-09-07');
  });

  it('marks weeks done and undone, sorted, without duplicates', async () => {
    const { setLessonDone, $doneWeeks } = await loadStore();
    setLessonDone(5, true);
    setLessonDone(3, true);
    setLessonDone(3, true);
    expect($doneWeeks.get()).toEqual([3, 5]);
    expect(browser.data.get('wfu:course:done')).toBe('[3,5]');
    setLessonDone(5, false);
    expect($doneWeeks.get()).toEqual([3]);
  });

  it('reads what an earlier visit stored', async () => {
    installBrowserStorage({ 'wfu:course:start': '2026-09-07', 'wfu:course:done': '[1,2]' });
    const { $startDate, $doneWeeks } = await loadStore();
    expect($startDate.get()).toBe('2026-09-07');
    expect($doneWeeks.get()).toEqual([1, 2]);
  });

  it('reads damaged values as empty instead of failing', async () => {
    installBrowserStorage({
      'wfu:course:start': 'soon',
      'wfu:course:done': '[2, 2, 9, "3", 4.5, 7',
    });
    const { $startDate, $doneWeeks } = await loadStore();
    expect($startDate.get()).toBe('');
    expect($doneWeeks.get()).toEqual([]);
  });

  it('keeps only real weeks from a stored list', async () => {
    installBrowserStorage({ 'wfu:course:done': '[2, 2, 9, "3", 4.5, 7]' });
    const { $doneWeeks } = await loadStore();
    expect($doneWeeks.get()).toEqual([2, 7]);
  });

  it('ticks and unticks "I can…" statements per week, sorted, without duplicates', async () => {
    const { setCanTick, $canTicks } = await loadStore();
    setCanTick('3:1', true);
    setCanTick('2:0', true);
    setCanTick('3:1', true);
    expect($canTicks.get()).toEqual(['2:0', '3:1']);
    expect(browser.data.get('wfu:course:can')).toBe('["2:0","3:1"]');
    setCanTick('3:1', false);
    expect($canTicks.get()).toEqual(['2:0']);
  });

  it('ignores a tick for a week or statement that does not exist', async () => {
    const { setCanTick, $canTicks } = await loadStore();
    setCanTick('9:0', true);
    setCanTick('1:12', true);
    setCanTick('x', true);
    expect($canTicks.get()).toEqual([]);
  });

  it('keeps only well-formed ticks from stored text', async () => {
    installBrowserStorage({ 'wfu:course:can': '["1:0", "1:0", "9:1", 3, "2:1", "x"]' });
    const { $canTicks } = await loadStore();
    expect($canTicks.get()).toEqual(['1:0', '2:1']);
  });

  it('reads damaged ticks as none', async () => {
    installBrowserStorage({ 'wfu:course:can': '{"1:0": true' });
    const { $canTicks } = await loadStore();
    expect($canTicks.get()).toEqual([]);
  });

  it('follows another tab', async () => {
    const { $doneWeeks } = await loadStore();
    browser.otherTabWrites('wfu:course:done', '[4]');
    expect($doneWeeks.get()).toEqual([4]);
  });

  it('keeps working in memory when the browser refuses to store', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    const { setLessonDone, $doneWeeks } = await loadStore();
    setLessonDone(2, true);
    expect($doneWeeks.get()).toEqual([2]);
  });
});
