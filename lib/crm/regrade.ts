/**
 * Keeps the stored value grades current: the score of a customer is relative to the others (the largest order
 * amount gets full marks), so recording one customer's figures, making a prospect a customer or changing the
 * weights can move everybody's grade. One read of the current customers (the `status` index) and one write of the
 * rows whose valuation changed, in one transaction; each moved grade is a history entry ("valueGrade: important →
 * vip"), which the monthly review reads.
 */
import type { TierScoutDB } from '../db/db';
import { fromRow, guardedStore, toRow } from '../db/prospects';
import { appendHistory, diffHistory } from '../prospect/merge';
import type { Prospect } from '../model';
import type { Valuation, ValueSettings } from './schema';
import { scoreCustomers } from './value';

const sameValuation = (a: Valuation | undefined, b: Valuation | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Recomputes the valuation of every current customer and stores the ones that changed. A customer without
 * figures loses a stale valuation (the judged grade shows instead).
 * @returns the domains whose valuation changed.
 */
export function regradeCustomers(
  db: TierScoutDB,
  settings: ValueSettings,
  now = new Date().toISOString(),
): Promise<string[]> {
  return guardedStore(() =>
    db.transaction('rw', db.prospects, async () => {
      const customers = (await db.prospects.where('status').equals('customer').toArray()).map(
        (r) => fromRow(r)!,
      );
      const valuations = scoreCustomers(
        customers.map((p) => ({ domain: p.domain, figures: p.crm?.figures })),
        settings,
      );
      const changed: Prospect[] = [];
      for (const p of customers) {
        const next = valuations.get(p.domain);
        if (sameValuation(p.crm?.valuation, next)) continue;
        const crm = { ...p.crm };
        if (next) crm.valuation = next;
        else delete crm.valuation;
        const updated: Prospect = { ...p, crm, updatedAt: now };
        updated.history = appendHistory(p.history, diffHistory(p, updated, now));
        changed.push(updated);
      }
      await db.prospects.bulkPut(changed.map(toRow));
      return changed.map((p) => p.domain);
    }),
  );
}
