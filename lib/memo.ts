/**
 * A pure function of one string, remembered: a listing page's numbers, addresses and links are read by the page's
 * own scan and again by each of its entries (lib/listing/analyze.ts), hundreds of times on a 1,000-entry page.
 * Bounded: the whole memo is dropped once it holds `max` answers. The function must be pure; answers are shared,
 * so it should return strings, numbers or null, or objects no caller changes.
 */
export function memoize<T>(fn: (key: string) => T, max = 10_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key: string) => {
    if (known.has(key)) return known.get(key) as T;
    const value = fn(key);
    if (known.size >= max) known.clear();
    known.set(key, value);
    return value;
  };
}
