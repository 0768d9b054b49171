/**
 * The stored form of a site reading (lib/classify/reading.ts): what grading needs from a site, kept with the saved
 * prospect so that a profile edit re-grades the whole list without opening a page again (issue 9).
 *
 * Compact: range entries are `[text, zone, weight]` tuples, and the whole value is held under
 * {@link MAX_STORED_READING_CHARS} of JSON by trimming the text sample first and the lightest range entries last
 * (a typical page's reading is 3–5 kB; the largest fixture page's 27 kB). Versioned twice over: `format` is this
 * envelope's version, `reading.version` the classifier's. A stored reading whose classifier version is no longer
 * the current one does not validate, and its prospect is "not re-gradable until revisited" — never graded from
 * data the classifier no longer understands.
 */
import * as z from 'zod';
import { type SiteReading, SiteReadingSchema, ZoneSchema } from '../model';

/** Version of the envelope below. */
export const STORED_READING_FORMAT = 1;

/** Upper bound of one stored reading, as JSON characters. */
export const MAX_STORED_READING_CHARS = 16_000;
/** …and of a listing's, whose companies are read from its longer text sample (lib/classify/reading.ts). */
export const MAX_STORED_LISTING_CHARS = 40_000;

const RestSchema = SiteReadingSchema.omit({ items: true });

export const StoredReadingSchema = z.object({
  format: z.literal(STORED_READING_FORMAT),
  /** ISO time the page was read. */
  at: z.string().max(40),
  /** The page languages grading loads the vocabulary for (the declared or guessed one of every page read). */
  langs: z.array(z.string().max(16)).max(8),
  /** The product range as `[text, zone, weight]`, in the order the page shows it. */
  items: z.array(z.tuple([z.string().max(200), ZoneSchema, z.number()])).max(500),
  reading: RestSchema,
});
export type StoredReading = z.infer<typeof StoredReadingSchema>;

/** A stored reading with the prospect's domain: one row of the `readings` table (lib/db/readings.ts). */
export const ReadingRowSchema = z.object({
  domain: z.string().min(1).max(253),
  stored: StoredReadingSchema,
});
export type ReadingRow = z.infer<typeof ReadingRowSchema>;

const sizeOf = (value: unknown) => JSON.stringify(value).length;

/**
 * Packs a reading for storage, bounded in size: over the bound, the text sample is cut from its end, then the
 * lightest range entries are dropped (the heaviest say most about the range).
 * @example const stored = encodeReading(readSite(captures, scan), ['ru'], new Date().toISOString());
 */
export function encodeReading(
  reading: SiteReading,
  langs: string[],
  at: string,
  maxChars = reading.listing ? MAX_STORED_LISTING_CHARS : MAX_STORED_READING_CHARS,
): StoredReading {
  const { items, ...rest } = reading;
  const stored: StoredReading = {
    format: STORED_READING_FORMAT,
    at,
    langs: [...new Set(langs.filter(Boolean))].slice(0, 8),
    items: items.map((i) => [i.text, i.zone, i.weight]),
    reading: { ...rest, sample: [...rest.sample] },
  };
  let size = sizeOf(stored);
  while (size > maxChars && stored.reading.sample.length > 0) {
    size -= sizeOf(stored.reading.sample.pop()) + 1;
  }
  if (size > maxChars) {
    // Drop the lightest entries, keeping the page order of the rest.
    const order = stored.items.map((item, i) => ({ i, w: item[2], n: sizeOf(item) + 1 }));
    order.sort((a, b) => a.w - b.w || b.i - a.i);
    const dropped = new Set<number>();
    for (const entry of order) {
      if (size <= maxChars) break;
      dropped.add(entry.i);
      size -= entry.n;
    }
    stored.items = stored.items.filter((_, i) => !dropped.has(i));
  }
  return stored;
}

/**
 * The reading a stored value holds, or null when it is absent, damaged or from a classifier version this one does
 * not read (the prospect is then not re-gradable until the rep opens the site again).
 */
export function decodeReading(value: unknown): { reading: SiteReading; langs: string[] } | null {
  const parsed = StoredReadingSchema.safeParse(value);
  if (!parsed.success) return null;
  const { items, reading, langs } = parsed.data;
  return {
    reading: { ...reading, items: items.map(([text, zone, weight]) => ({ text, zone, weight })) },
    langs,
  };
}
