/**
 * Undo for a save made by a keyboard command: the toast offers it for a few seconds. The background remembers
 * what the row was before the save under a random token that only the toast knows, so no page can undo a save
 * by guessing. Memory only: the undo window is seconds, far shorter than the worker's idle lifetime.
 */
import type { Prospect } from '../model';

/** How long an undo stays possible, a little longer than the toast shows (lib/background/toast.ts). */
export const UNDO_MS = 8000;

/** What one keyboard save changed: the domain, and the row before it (undefined when the save created it). */
export interface UndoEntry {
  domain: string;
  before: Prospect | undefined;
}

/** A small store of undo entries by token, each valid for {@link UNDO_MS}. */
export interface UndoRegistry {
  remember(entry: UndoEntry): string;
  /** The entry of a token, once: a second take, or a take after the window, returns undefined. */
  take(token: string): UndoEntry | undefined;
}

/**
 * Creates a registry; `now` and `token` are injectable for tests.
 * @example const undo = createUndoRegistry(); const token = undo.remember({ domain, before }); undo.take(token);
 */
export function createUndoRegistry(
  now: () => number = Date.now,
  token: () => string = () => crypto.randomUUID(),
): UndoRegistry {
  const entries = new Map<string, UndoEntry & { until: number }>();
  return {
    remember(entry) {
      for (const [key, value] of entries) if (value.until < now()) entries.delete(key);
      const key = token();
      entries.set(key, { ...entry, until: now() + UNDO_MS });
      return key;
    },
    take(key) {
      const entry = entries.get(key);
      entries.delete(key);
      if (!entry || entry.until < now()) return undefined;
      return { domain: entry.domain, before: entry.before };
    },
  };
}
