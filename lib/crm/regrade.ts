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
import type { CustomerFigures, Valuation, ValueSettings } from './schema';
import { scoreCustomers } from './value';

const sameValuation = (a: Valuation | null | undefined, b: Valuation | null | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A current customer as the manager holds it in memory: its figures and its stored valuation. */
export interface HeldCustomer {
  domain: string;
  figures: CustomerFigures | null | undefined;
  valuation: Valuation | null | undefined;
}

/**
 * True when a stored valuation differs from what the figures give now — checked on the rows the page already holds,
 * so opening the manager reads nothing from the store when every grade is current (the usual case).
 */
export function needsRegrade(customers: readonly HeldCustomer[], settings: ValueSettings): boolean {
  const fresh = scoreCustomers(
    customers.map((c) => ({ domain: c.domain, figures: c.figures ?? undefined })),
    settings,
  );
  return customers.some((c) => !sameValuation(c.valuation, fresh.get(c.domain)));
}

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
