/**
 * An export's rows as one flat array for the message to the sheet worker: the fields of `EXPORT_FIELDS`, row after
 * row. Structured clone writes every property name of every object it copies; a flat array of the values holds
 * 100,000 rows in ~29 MB instead of ~75 MB for the manager's row objects (which also carry the search text), and
 * both the page (copying) and the worker (reading) spend their time in proportion.
 */
import type { ExportRow } from '../manager/rows';

/** Values per row in a packed slice: every field of an `ExportRow` (the round-trip unit test checks the order). */
export const PACKED_FIELDS = 22;

/** The values of one slice, {@link PACKED_FIELDS} per row. */
export type PackedRows = ExportRow[keyof ExportRow][];

/** Rows `start` to `end` (exclusive) of `rows`, packed. */
export function packRows(rows: readonly ExportRow[], start = 0, end = rows.length): PackedRows {
  const out: PackedRows = [];
  for (let i = start; i < end && i < rows.length; i++) {
    const r = rows[i]!;
    out.push(
      r.domain,
      r.name,
      r.url,
      r.address,
      r.contactName,
      r.country,
      r.language,
      r.tier,
      r.suggestedTier,
    );
    out.push(
      r.buyerType,
      r.suggestedBuyerType,
      r.status,
      r.outreach,
      r.region,
      r.searchPlan,
      r.tags,
      r.emails,
    );
    out.push(r.phones, r.notes, r.firstSeen, r.updatedAt, r.crm);
  }
  return out;
}

/**
 * The rows of a packed slice, back as objects. One object literal per row, in the order of `packRows`: the worker
 * makes 100,000 of them, and a literal gives them all one shape at once (keyed stores cost a tenth of the export).
 */
export function unpackRows(packed: PackedRows): ExportRow[] {
  if (packed.length % PACKED_FIELDS !== 0) throw new Error('A slice of the export arrived cut off.');
  const p = packed as never[];
  const rows: ExportRow[] = [];
  for (let i = 0; i < p.length; i += PACKED_FIELDS) {
    rows.push({
      domain: p[i]!,
      name: p[i + 1]!,
      url: p[i + 2]!,
      address: p[i + 3]!,
      contactName: p[i + 4]!,
      country: p[i + 5]!,
      language: p[i + 6]!,
      tier: p[i + 7]!,
      suggestedTier: p[i + 8]!,
      buyerType: p[i + 9]!,
      suggestedBuyerType: p[i + 10]!,
      status: p[i + 11]!,
      outreach: p[i + 12]!,
      region: p[i + 13]!,
      searchPlan: p[i + 14]!,
      tags: p[i + 15]!,
      emails: p[i + 16]!,
      phones: p[i + 17]!,
      notes: p[i + 18]!,
      firstSeen: p[i + 19]!,
      updatedAt: p[i + 20]!,
      crm: p[i + 21]!,
    } satisfies Record<keyof ExportRow, unknown>);
  }
  return rows;
}
