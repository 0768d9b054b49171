/**
 * The JSON backup format: every prospect plus the extension's `local:` storage (profiles, active profile,
 * thresholds, language, badge and other settings) in one versioned file. Pure: building and parsing only; the
 * storage reads and writes are in `storage-io.ts`.
 *
 * Version history: 1 (2026-11-26) — first format; 2 (2026-12-03) — adds the inquiry queue (`inquiries`, absent
 * in version 1 files, which still restore); 3 (2026-12-03) — adds the stored site readings (`readings`, what a
 * profile edit re-grades from; absent in older files, whose prospects restore as not re-gradable until revisited).
 */
import * as z from 'zod';
import { type ReadingRow, ReadingRowSchema } from '../grading/stored-reading';
import { type Inquiry, InquirySchema } from '../inquiry/schema';
import { type Prospect, ProspectSchema } from '../model';
import { validateStorage } from './storage-keys';

export const BACKUP_FORMAT = 'tierscout-backup';
export const BACKUP_VERSION = 3;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.string(),
  prospects: z.array(ProspectSchema),
  inquiries: z.array(InquirySchema).default([]),
  /**
   * Stored site readings by domain. A reading that does not validate (damaged, or from a classifier this version
   * does not read) is dropped, not fatal: its prospect restores and waits to be revisited.
   */
  readings: z
    .array(z.unknown())
    .default([])
    .transform((rows) =>
      rows.flatMap((r) => {
        const parsed = ReadingRowSchema.safeParse(r);
        return parsed.success ? [parsed.data] : [];
      }),
    ),
  /** WXT `storage.snapshot('local')`: keys without the `local:` prefix, including `$`-suffixed metadata. */
  storage: z.record(z.string(), z.unknown()),
});
export type Backup = z.infer<typeof BackupSchema>;

/** Builds a backup object; `exportedAt` is an ISO time. */
export function buildBackup(
  prospects: Prospect[],
  storage: Record<string, unknown>,
  exportedAt: string,
  inquiries: Inquiry[] = [],
  readings: ReadingRow[] = [],
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    prospects,
    inquiries,
    readings,
    storage,
  };
}

/** Serialises a backup (indented, so a rep can read it). */
export function backupToJson(backup: Backup): string {
  return `${JSON.stringify(backup, null, 1)}\n`;
}

/**
 * Thrown for a file that is not a TierScout backup, is from a newer version or holds an invalid value. `key` is the
 * UI message; `detail` says where ("prospects.25.tier: not a tier (A–D)") so the rep can find it in the file.
 */
export class BackupError extends Error {
  constructor(
    readonly key: string,
    message: string,
    readonly detail = '',
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** A parsed backup whose storage holds only known, valid keys, plus the keys that were dropped. */
export interface CheckedBackup {
  backup: Backup;
  /** Storage keys TierScout does not know; not restored. */
  dropped: string[];
}

/**
 * Parses and validates a backup file's text: every prospect against `ProspectSchema` and every storage key against
 * its own schema (lib/backup/storage-keys.ts). Throws `BackupError` with a message key and the path of the first
 * bad value; newer versions are refused rather than half-read. Unknown storage keys are dropped and listed.
 */
export function parseBackup(text: string): CheckedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new BackupError('backup.error.notJson', 'The file is not JSON.');
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupError('backup.error.notBackup', 'The file is not a TierScout backup.');
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw new BackupError('backup.error.newer', `Backup version ${version} is newer than this TierScout.`);
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = `${issue?.path.join('.')}: ${issue?.message}`;
    throw new BackupError('backup.error.invalid', `Invalid backup at ${detail}`, detail);
  }
  const storage = validateStorage(parsed.data.storage);
  if (storage.issue) {
    const detail = `${storage.issue.path}: ${storage.issue.message}`;
    throw new BackupError('backup.error.invalid', `Invalid backup at ${detail}`, detail);
  }
  return { backup: { ...parsed.data, storage: storage.values }, dropped: storage.dropped };
}
