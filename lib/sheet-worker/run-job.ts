/**
 * Runs one sheet job against a `SheetJobs` state and reports through `post`: the body of the worker, and of the
 * in-page fallback when no Worker can be made.
 */
import { exportFile, type SheetJobs } from './jobs';
import { unpackRows } from './pack';
import type { SheetReply, SheetRequest } from './protocol';

/** Runs `request`, posting progress and chunks, then its `done` (or `error`) reply. */
export async function runJob(
  jobs: SheetJobs,
  request: SheetRequest,
  post: (reply: SheetReply, transfer?: Transferable[]) => void,
): Promise<void> {
  const { id } = request;
  const progress = (done: number, total: number) => post({ id, type: 'progress', done, total });
  try {
    let result: unknown;
    switch (request.job) {
      case 'read':
        result = await jobs.read(request.fileName, request.bytes, request.encoding);
        break;
      case 'reread':
        result = jobs.reread(request.fileName, request.encoding);
        break;
      case 'rows':
        result = jobs.rows(
          request.sheet,
          request.mapping,
          request.locale,
          request.now,
          progress,
          (prospects) => post({ id, type: 'chunk', prospects }),
        );
        break;
      case 'begin':
        jobs.beginExport(request.format, request.lang, request.delimiter);
        break;
      case 'stage':
        jobs.stage(unpackRows(request.packed));
        break;
      case 'export':
        result = request.rows
          ? await exportFile(request.rows, request.format, request.lang, request.delimiter, progress)
          : await jobs.finishExport(progress);
        break;
    }
    post({ id, type: 'done', result });
  } catch (e) {
    post({ id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}
