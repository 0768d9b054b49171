/**
 * The sheet worker: reads and writes spreadsheets off the manager page's main thread (see ./jobs.ts). Started
 * by ./client.ts with `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`, which Vite
 * bundles as its own chunk of the extension (same origin, so the extension's CSP allows it).
 */
import { SheetJobs } from './jobs';
import type { SheetReply, SheetRequest } from './protocol';
import { runJob } from './run-job';

const jobs = new SheetJobs();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SheetRequest>) => void) | null;
  postMessage(reply: SheetReply, transfer?: Transferable[]): void;
};
scope.onmessage = (event) => {
  void runJob(jobs, event.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
};
