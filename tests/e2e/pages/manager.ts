/** Page object of the prospect manager (`prospects.html`) plus helpers that write the store from the worker. */
import { expect, type Locator, type Page, type Worker } from '@playwright/test';
import type { Prospect } from '../../../lib/model';
import { dupKeysOf } from '../../../lib/prospect/duplicates';

/** Writes prospects straight into IndexedDB from the background worker (the e2e build's `__tierscout.db`). */
export async function seedFromWorker(sw: Worker, prospects: Prospect[]): Promise<void> {
  await sw.evaluate(
    async (rows) => {
      const hook = (
        globalThis as unknown as {
          __tierscout: { db: { prospects: { bulkPut: (r: unknown[]) => Promise<unknown> } } };
        }
      ).__tierscout;
      await hook.db.prospects.bulkPut(
        rows.map((p) => ({ ...p, effectiveTier: p.tier ?? p.suggestedTier ?? 'none' })),
      );
    },
    prospects.map((p) => ({ ...p, dupKeys: dupKeysOf(p) })),
  );
}

/** Reads one stored prospect from the worker. */
export async function readFromWorker(sw: Worker, domain: string): Promise<Prospect | undefined> {
  return sw.evaluate(async (d) => {
    const hook = (
      globalThis as unknown as {
        __tierscout: { db: { prospects: { get: (k: string) => Promise<Prospect | undefined> } } };
      }
    ).__tierscout;
    const row = (await hook.db.prospects.get(d)) as (Prospect & { dupKeys?: string[] }) | undefined;
    // The store's derived duplicate index is no part of the prospect.
    if (row) delete row.dupKeys;
    return row;
  }, domain);
}

/** How many prospects the store holds. */
export async function countFromWorker(sw: Worker): Promise<number> {
  return sw.evaluate(async () => {
    const hook = (
      globalThis as unknown as { __tierscout: { db: { prospects: { count: () => Promise<number> } } } }
    ).__tierscout;
    return hook.db.prospects.count();
  });
}

export class ManagerPage {
  constructor(readonly page: Page) {}

  get rows(): Locator {
    return this.page.locator('[data-testid="table-body"] [role="option"]');
  }
  row(domain: string): Locator {
    return this.page.locator(`[role="option"][data-domain="${domain}"]`);
  }
  get count(): Locator {
    return this.page.getByTestId('count');
  }
  get search(): Locator {
    return this.page.getByTestId('search');
  }
  filter(name: string): Locator {
    return this.page.getByTestId(`filter-${name}`);
  }

  /** Waits until the whole table is loaded and shows `shown of total`. */
  async expectCount(shown: number, total: number): Promise<void> {
    await expect(this.count).toHaveText(
      new RegExp(`^${shown.toLocaleString('en-US')} (of|/) ${total.toLocaleString('en-US')}$`),
    );
  }
}

/** A prospect with readable, deterministic content for e2e assertions. */
export function makeProspect(domain: string, over: Partial<Prospect> = {}): Prospect {
  const at = over.updatedAt ?? '2026-11-20T09:00:00.000Z';
  return {
    domain,
    url: `https://www.${domain}/`,
    company: { name: domain.split('.')[0]!.replace(/-/g, ' '), address: '', country: 'DE', language: 'de' },
    contacts: {
      emails: [{ value: `info@${domain}`, isRole: true, isOwnDomain: true, evidence: [] }],
      phones: [],
      messengers: [],
      socials: [],
    },
    suggestedTier: 'C',
    suggestedBuyerType: 'wholesaler',
    reasons: [],
    tier: null,
    buyerType: null,
    status: 'potential',
    outreach: 'todo',
    region: 'DACH',
    searchPlan: 'LED panels DE',
    tags: [],
    notes: '',
    firstSeen: at,
    updatedAt: at,
    history: [{ at, field: 'created', from: '', to: `https://www.${domain}/` }],
    ...over,
  };
}
