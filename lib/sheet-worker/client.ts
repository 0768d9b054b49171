/**
 * The manager page's handle on the sheet worker: each job returns a promise and reports progress through a
 * callback; `cancel()` stops the worker at once (the next job starts a fresh one). Where no Worker can be made
 * (unit tests under Node, a browser refusing the worker) the same jobs run in the page instead.
 */
import type { ExportFormat } from '../export/sheet-file';
import type { Lang } from '../i18n';
import type { ColumnMapping } from '../import/mapping';
import type { CsvEncoding } from '../import/read-csv';
import type { ExportRow } from '../manager/rows';
import type { Prospect } from '../model';
import { type Progress, type ReadOutcome, type RowsOutcome, SheetJobs } from './jobs';
import { packRows } from './pack';
import type { SheetReply, SheetRequest } from './protocol';
import { runJob } from './run-job';

/** Rows per message when an export's rows go to the worker. */
export const EXPORT_SLICE = 2_000;

/** Thrown by a job of a worker that `cancel()` stopped. */
export class SheetJobCancelled extends Error {
  constructor() {
    super('Stopped.');
    this.name = 'SheetJobCancelled';
  }
}

type Waiter = {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: Progress;
  onChunk?: (prospects: Prospect[]) => void;
};

type Job = SheetRequest extends infer R ? (R extends SheetRequest ? Omit<R, 'id'> : never) : never;

function defaultWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'tierscout-sheets' });
  } catch {
    return null;
  }
}

export class SheetWorker {
  private worker: Worker | null = null;
  private inline: SheetJobs | null = null;
  private nextId = 1;
  // Counts `cancel()` calls, so an export sending its slices notices it was stopped.
  private generation = 0;
  private readonly waiters = new Map<number, Waiter>();

  constructor(private readonly create: () => Worker | null = defaultWorker) {}

  /** True when jobs run in a worker (false: in the page). */
  get isOffMainThread(): boolean {
    return this.ensure() !== null;
  }

  private ensure(): Worker | null {
    if (this.worker || this.inline) return this.worker;
    this.worker = this.create();
    if (this.worker) {
      this.worker.onmessage = (event: MessageEvent<SheetReply>) => this.receive(event.data);
      this.worker.onerror = (event) => {
        event.preventDefault();
        this.failAll(new Error(event.message || 'The sheet worker stopped.'));
      };
    } else this.inline = new SheetJobs();
    return this.worker;
  }

  private receive(reply: SheetReply): void {
    const waiter = this.waiters.get(reply.id);
    if (!waiter) return;
    switch (reply.type) {
      case 'progress':
        waiter.onProgress?.(reply.done, reply.total);
        break;
      case 'chunk':
        waiter.onChunk?.(reply.prospects);
        break;
      case 'done':
        this.waiters.delete(reply.id);
        waiter.resolve(reply.result);
        break;
      case 'error':
        this.waiters.delete(reply.id);
        waiter.reject(new Error(reply.message));
        break;
    }
  }

  private failAll(error: Error): void {
    const waiting = [...this.waiters.values()];
    this.waiters.clear();
    for (const w of waiting) w.reject(error);
  }

  private run<T>(job: Job, extra: Omit<Waiter, 'resolve' | 'reject'> = {}, transfer: Transferable[] = []) {
    const id = this.nextId++;
    const request = { ...job, id } as SheetRequest;
    return new Promise<T>((resolve, reject) => {
      this.waiters.set(id, { resolve: resolve as (v: unknown) => void, reject, ...extra });
      const worker = this.ensure();
      if (worker) worker.postMessage(request, transfer);
      else void runJob(this.inline!, request, (reply) => this.receive(reply));
    });
  }

  /** Reads a picked file; its bytes move to the worker (the buffer is empty afterwards). */
  read(fileName: string, bytes: ArrayBuffer, encoding?: CsvEncoding): Promise<ReadOutcome> {
    return this.run<ReadOutcome>({ job: 'read', fileName, bytes, encoding }, {}, [bytes]);
  }

  /** Re-reads the CSV read last in another encoding. */
  reread(fileName: string, encoding: CsvEncoding): Promise<ReadOutcome> {
    return this.run<ReadOutcome>({ job: 'reread', fileName, encoding });
  }

  /** The prospects of sheet `sheet` under `mapping` (every row kept, bad cells flagged). */
  async rows(
    sheet: number,
    mapping: ColumnMapping,
    locale: string,
    now: string,
    onProgress: Progress,
  ): Promise<RowsOutcome & { prospects: Prospect[] }> {
    const prospects: Prospect[] = [];
    const outcome = await this.run<RowsOutcome>(
      { job: 'rows', sheet, mapping, locale, now },
      { onProgress, onChunk: (chunk) => prospects.push(...chunk) },
    );
    return { ...outcome, prospects };
  }

  /**
   * One export file of `rows`. A long list goes to the worker {@link EXPORT_SLICE} rows a message, packed
   * (./pack.ts), with a pause after each so the page keeps painting: copying 100,000 rows into one message blocked
   * the page for half a second. The slices are sent without waiting for the worker, which writes a CSV slice by
   * slice as they arrive, so packing on the page and writing in the worker overlap; waiting for each reply (as
   * this did until 2026-12-06) added the worker's reading time to the page's.
   */
  async export(
    rows: readonly ExportRow[],
    format: ExportFormat,
    lang: Lang,
    delimiter: ',' | ';',
    onProgress: Progress,
  ): Promise<{ blob: Blob; filename: string }> {
    if (rows.length <= EXPORT_SLICE)
      return this.run({ job: 'export', rows, format, lang, delimiter }, { onProgress });
    const generation = this.generation;
    const pending: Promise<unknown>[] = [];
    // Each promise is also awaited below; the no-op catch keeps a cancelled one from counting as unhandled.
    const send = <T>(job: Job, extra?: Omit<Waiter, 'resolve' | 'reject'>) => {
      const reply = this.run<T>(job, extra);
      reply.catch(() => undefined);
      pending.push(reply);
      return reply;
    };
    send({ job: 'begin', format, lang, delimiter });
    for (let i = 0; i < rows.length; i += EXPORT_SLICE) {
      if (i > 0) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (this.generation !== generation) throw new SheetJobCancelled();
      }
      const end = Math.min(rows.length, i + EXPORT_SLICE);
      const staged = send({ job: 'stage', packed: packRows(rows, i, end) });
      // A CSV is written as its slices arrive, so a slice taken is a slice written (an .xlsx reports its own).
      if (format !== 'xlsx')
        void staged.then(
          () => onProgress(end, rows.length),
          () => undefined,
        );
    }
    const file = send<{ blob: Blob; filename: string }>(
      { job: 'export', rows: null, format, lang, delimiter },
      { onProgress },
    );
    // A slice the worker could not take fails the export (the file would lack its rows).
    await Promise.all(pending);
    return file;
  }

  /** Stops the worker and whatever it was doing; pending jobs reject with `SheetJobCancelled`. */
  cancel(): void {
    this.generation++;
    this.worker?.terminate();
    this.worker = null;
    this.inline = null;
    this.failAll(new SheetJobCancelled());
  }
}
