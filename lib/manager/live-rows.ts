/**
 * The manager's live copy of the prospect table as compact rows (`lib/manager/rows.ts`): loaded once in chunks,
 * then kept current by applying only the rows each write touched, wherever the write came from (this page, the
 * popup, the background's keyboard command: Dexie relays every committed write's keys to all extension pages).
 *
 * Why not `useLiveQuery(() => db.prospects.toArray())`: that re-reads and re-materialises all 100,000 full
 * prospects after every single write (one tier key press cost seconds and doubled the heap while both copies
 * lived). Here a write costs a `bulkGet` of the touched keys and one linear pass.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import type { TierScoutDB } from '../db/db';
import { createInterner, type ManagerRow, sameRow, toManagerRow } from './rows';

/** What a change did, so a sorted view can merge it in instead of sorting everything again. */
export interface RowsDelta {
  /** New versions of changed rows and newly added rows. */
  upserted: readonly ManagerRow[];
  /** Every domain written or deleted (a superset of the upserted ones). */
  touched: ReadonlySet<string>;
}

/** One immutable state of the live rows; a new object after every change. */
export interface RowsSnapshot {
  /** All rows (complete) or the newest few shown while the rest loads; no particular order. */
  rows: readonly ManagerRow[];
  /** False while the first full load runs. */
  complete: boolean;
  /** Increases by one with every snapshot. */
  version: number;
  /** The change from the previous version, when it was a patch (null after a full load). */
  delta: RowsDelta | null;
}

/** A node of Dexie's RangeSet (a binary tree of key ranges); it crosses contexts as a plain object. */
interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/**
 * The primary keys a Dexie mutation event says were written or deleted in `table`: a list of domains, `'all'`
 * when the event holds a key range (a `clear()`, a range delete) or more than `limit` keys, or null when the
 * table was not touched.
 * @example changedKeys(parts, 'tierscout', 'prospects') // ['weber.de'] after one put
 */
export function changedKeys(
  parts: ObservabilitySet,
  dbName: string,
  table: string,
  limit = 100_000,
): string[] | 'all' | null {
  const root = (parts as Record<string, unknown>)[`idb://${dbName}/${table}/`] as RangeNode | undefined;
  if (!root) return null;
  const keys: string[] = [];
  const stack: RangeNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('from' in node) {
      if (node.from !== node.to || typeof node.from !== 'string') return 'all';
      keys.push(node.from);
      if (keys.length > limit) return 'all';
    }
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}

/** Rows shown before the full table has loaded: the newest ones, read from the `updatedAt` index. */
const PREVIEW_ROWS = 60;

/**
 * An external store for `useSyncExternalStore`: subscribe starts loading and listening, the last unsubscribe
 * stops both. `hold()` defers applying writes (an import writing batch after batch) until released.
 */
export class LiveRows {
  private snapshot: RowsSnapshot = { rows: [], complete: false, version: 0, delta: null };
  private readonly listeners = new Set<() => void>();
  private readonly intern = createInterner();
  /** Bumped on stop, so work of an earlier start is dropped when it resolves. */
  private generation = 0;
  private readonly pending = new Set<string>();
  private reloadAll = false;
  private working = false;
  private holds = 0;

  constructor(
    private readonly db: TierScoutDB,
    private readonly chunkSize = 2000,
  ) {}

  readonly getSnapshot = (): RowsSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  };

  /** Defers applying writes until the returned function is called (calls nest). */
  readonly hold = (): (() => void) => {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      this.work();
    };
  };

  /**
   * Re-reads these domains soon, ahead of any pending full reload. The page calls it after its own writes: a bulk
   * edit of 50 or more rows reaches the event below only as "everything changed", and the rep should see their
   * own edit at once, not after the whole table is read again (the reload still follows and confirms it).
   */
  readonly refresh = (domains: Iterable<string>): void => {
    for (const d of domains) this.pending.add(d);
    this.work();
  };

  private readonly onMutated = (parts: ObservabilitySet) => {
    const keys = changedKeys(parts, this.db.name, 'prospects');
    if (keys === null) return;
    if (keys === 'all') {
      this.reloadAll = true;
      // One task later, so a `refresh()` of the same write (called when its promise resolves) goes first.
      setTimeout(() => this.work(), 0);
      return;
    }
    for (const k of keys) this.pending.add(k);
    this.work();
  };

  private start(): void {
    Dexie.on('storagemutated', this.onMutated);
    this.reloadAll = true;
    this.work();
  }

  private stop(): void {
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
    this.generation++;
    this.working = false;
    this.pending.clear();
  }

  private publish(next: Omit<RowsSnapshot, 'version'>): void {
    this.snapshot = { ...next, version: this.snapshot.version + 1 };
    for (const listener of this.listeners) listener();
  }

  /** Runs loads and patches one at a time, until nothing is pending (or a hold or stop interrupts). */
  private work(): void {
    if (this.working || this.holds > 0) return;
    if (!this.reloadAll && this.pending.size === 0) return;
    this.working = true;
    const generation = this.generation;
    // Known keys are patched before a full reload: cheap, and it shows the change the rep just made.
    const patchFirst = this.pending.size > 0 && this.snapshot.complete;
    const step = this.reloadAll && !patchFirst ? this.reload(generation) : this.patch(generation);
    step
      .catch((e: unknown) => {
        // A failed read leaves the last good rows on screen; the next write or reload tries again.
        console.error('TierScout manager: reading prospects failed', e);
      })
      .finally(() => {
        if (generation !== this.generation) return;
        this.working = false;
        this.work();
      });
  }

  /**
   * Full load in chunks by primary key: the full prospects of one chunk are garbage before the next is read.
   * Dexie reports any write of 50 or more rows, and a `clear()`, as "the whole table changed", so this also runs
   * after an import or a large bulk edit. Rows that did not change keep their existing objects (the previous
   * snapshot, still referenced by React until the next render, then shares them instead of doubling the heap),
   * and the rows that did change are published as a delta, so the sorted view merges them instead of re-sorting.
   */
  private async reload(generation: number): Promise<void> {
    this.reloadAll = false;
    // Keys written from here on are re-read after the load (harmless if the load already saw them).
    this.pending.clear();
    const table = this.db.prospects;
    const wasComplete = this.snapshot.complete;
    if (!wasComplete) {
      const newest = await table.orderBy('updatedAt').reverse().limit(PREVIEW_ROWS).toArray();
      if (generation !== this.generation) return;
      this.publish({ rows: newest.map((p) => toManagerRow(p, this.intern)), complete: false, delta: null });
    }
    const previous = wasComplete ? new Map(this.snapshot.rows.map((row) => [row.domain, row])) : null;
    const rows: ManagerRow[] = [];
    const upserted: ManagerRow[] = [];
    const touched = new Set<string>();
    const read = (after: string | undefined) =>
      after === undefined
        ? table.orderBy(':id').limit(this.chunkSize).toArray()
        : table.where(':id').above(after).limit(this.chunkSize).toArray();
    let next: ReturnType<typeof read> | null = read(undefined);
    while (next) {
      const chunk: Awaited<ReturnType<typeof read>> = await next;
      if (generation !== this.generation) return;
      // The next chunk is requested before this one is converted, so the browser reads it meanwhile.
      next = chunk.length < this.chunkSize ? null : read(chunk[chunk.length - 1]!.domain);
      for (const p of chunk) {
        const row = toManagerRow(p, this.intern);
        const old = previous?.get(row.domain);
        if (old && sameRow(old, row)) rows.push(old);
        else {
          rows.push(row);
          upserted.push(row);
          touched.add(row.domain);
        }
        previous?.delete(row.domain);
      }
    }
    if (previous) for (const gone of previous.keys()) touched.add(gone);
    this.publish({ rows, complete: true, delta: previous ? { upserted, touched } : null });
  }

  /** Re-reads only the touched domains and swaps them in (a missing one was deleted). */
  private async patch(generation: number): Promise<void> {
    const keys = [...this.pending];
    this.pending.clear();
    // Reading most of the table key by key is slower than reading it in order.
    if (keys.length > Math.max(1000, this.snapshot.rows.length / 2) || !this.snapshot.complete) {
      this.reloadAll = true;
      return;
    }
    const stored = await this.db.prospects.bulkGet(keys);
    if (generation !== this.generation) return;
    const upserted: ManagerRow[] = [];
    for (const p of stored) if (p) upserted.push(toManagerRow(p, this.intern));
    const touched = new Set(keys);
    const rows: ManagerRow[] = [];
    for (const row of this.snapshot.rows) if (!touched.has(row.domain)) rows.push(row);
    for (const row of upserted) rows.push(row);
    this.publish({ rows, complete: this.snapshot.complete, delta: { upserted, touched } });
  }
}
