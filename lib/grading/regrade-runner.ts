/**
 * When the saved list is re-graded, and where the rep sees it: the background worker watches the active profile,
 * the profile list and the thresholds, and after a change to what grades (an edit of the active profile, a switch
 * to another, new thresholds, a restored backup) re-grades the whole list from the stored readings. Progress is
 * written to `session:` storage, which the options page and the prospect list show, and which lets a worker that
 * Chrome stopped mid-way pick the work up again when it starts.
 *
 * Why the worker and not the options page: closing the options tab mid-way would leave the list half re-graded.
 */
import { storage } from '#imports';
import * as z from 'zod';
import type { TierScoutDB } from '../db/db';
import type { Profile, Thresholds } from '../model';
import {
  activeProfileIdItem,
  getActiveProfile,
  getThresholds,
  profilesItem,
  thresholdsItem,
} from '../profile/storage';
import { type RegradeProgress, regradeAll } from './regrade';

export const RegradeStatusSchema = z.object({
  state: z.enum(['running', 'done', 'failed']),
  /** The profile the list is being (or was) graded with. */
  profileName: z.string(),
  done: z.number(),
  total: z.number(),
  regraded: z.number(),
  changed: z.number(),
  notRegradable: z.number(),
  /** ISO time of the last update. */
  at: z.string(),
});
export type RegradeStatus = z.infer<typeof RegradeStatusSchema>;

/** Where the last re-grade stands; cleared with the browser session. */
export const regradeStatusItem = storage.defineItem<RegradeStatus | null>('session:regradeStatus', {
  fallback: null,
});

/** The status value, or null when absent or malformed. */
export function parseRegradeStatus(value: unknown): RegradeStatus | null {
  const parsed = RegradeStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The profile that grades: the active one, else the first (as `getActiveProfile` picks it). */
function gradingProfile(list: unknown, activeId: string): Profile | undefined {
  if (!Array.isArray(list)) return undefined;
  return (list as Profile[]).find((p) => p?.id === activeId) ?? (list as Profile[])[0];
}

/**
 * True when a change of the profile list changes the profile that grades (editing another profile does not).
 * @example activeProfileChanged(before, after, 'led') // true after an edit of the 'led' profile's keywords
 */
export function activeProfileChanged(prev: unknown, next: unknown, activeId: string): boolean {
  return JSON.stringify(gradingProfile(prev, activeId)) !== JSON.stringify(gradingProfile(next, activeId));
}

export interface RegradeWatcher {
  /** Starts a re-grade now (cancelling one that runs); resolves when it ends. */
  run(): Promise<RegradeProgress | null>;
  stop(): void;
}

/** Milliseconds a burst of storage writes (profile list, then active id) is waited out before one re-grade. */
export const REGRADE_DEBOUNCE_MS = 300;

/**
 * Watches the grading settings and re-grades `db` after each change; resumes a re-grade left running.
 * @example const watcher = watchGradingSettings(db); // in the background's main()
 */
export function watchGradingSettings(
  db: TierScoutDB,
  load: () => Promise<{ profile: Profile | null; thresholds: Thresholds }> = async () => ({
    profile: await getActiveProfile(),
    thresholds: await getThresholds(),
  }),
): RegradeWatcher {
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async (): Promise<RegradeProgress | null> => {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    const { profile, thresholds } = await load();
    if (!profile || mine.signal.aborted) return null;
    const report = (state: RegradeStatus['state'], p: RegradeProgress) =>
      regradeStatusItem
        .setValue({ state, profileName: profile.name, ...p, at: new Date().toISOString() })
        .catch(() => undefined);
    let last: RegradeProgress = { done: 0, total: 0, regraded: 0, changed: 0, notRegradable: 0 };
    try {
      const out = await regradeAll(db, profile, thresholds, {
        signal: mine.signal,
        onProgress: (p) => {
          last = p;
          // Each write is an extension API call, which also keeps the worker alive while the work goes on.
          if (!mine.signal.aborted) void report('running', p);
        },
      });
      if (!mine.signal.aborted) await report('done', out);
      return out;
    } catch (e) {
      console.error('TierScout: re-grading the saved list failed', e);
      if (!mine.signal.aborted) await report('failed', last);
      return null;
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), REGRADE_DEBOUNCE_MS);
  };

  const unwatch = [
    profilesItem.watch((next, prev) => {
      void activeProfileIdItem.getValue().then((id) => {
        if (activeProfileChanged(prev, next, id)) schedule();
      });
    }),
    activeProfileIdItem.watch((next, prev) => {
      if (next !== prev) schedule();
    }),
    thresholdsItem.watch((next, prev) => {
      if (JSON.stringify(next) !== JSON.stringify(prev)) schedule();
    }),
  ];
  // A worker stopped by Chrome mid-way starts again here: finish the job.
  void regradeStatusItem.getValue().then((status) => {
    if (parseRegradeStatus(status)?.state === 'running') schedule();
  });

  return {
    run,
    stop() {
      clearTimeout(timer);
      controller?.abort();
      for (const u of unwatch) u();
    },
  };
}
