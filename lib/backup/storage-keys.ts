/**
 * The `local:` storage keys a backup may restore, each with the schema its value must pass. A backup's `storage`
 * is never written as given (issue 17: `{profiles: "not-an-array", language: "klingon"}` destroyed the real
 * profiles): unknown keys are dropped and reported, and a bad value rejects the whole restore with its path.
 * Every new `local:` storage item must be listed here, or a restore drops it.
 */
import * as z from 'zod';
import { ProfileSchema, ThresholdsSchema } from '../model';
import { LanguageSettingSchema } from '../settings';
import { ValueSettingsSchema } from '../crm/schema';

/** Key (without `local:`) → schema of its value. */
export const RESTORABLE_KEYS: Record<string, z.ZodType> = {
  profiles: z.array(ProfileSchema),
  activeProfileId: z.string().max(200),
  thresholds: ThresholdsSchema,
  language: LanguageSettingSchema,
  /** Remembered import column mappings: header signature → field → column index. */
  importMappings: z.record(z.string(), z.record(z.string(), z.number().int().min(0))),
  /** Value-grade weights and cut-offs (lib/crm/settings.ts). */
  valueSettings: ValueSettingsSchema,
};

/** WXT's version metadata beside each item (`profiles$`: `{ v: 1 }`). */
const MetaSchema = z.object({ v: z.number().int().min(1) });

/** The schema of a storage key, its `$` metadata included; undefined for a key TierScout does not know. */
export function schemaOfStorageKey(key: string): z.ZodType | undefined {
  if (key.endsWith('$') && Object.hasOwn(RESTORABLE_KEYS, key.slice(0, -1))) return MetaSchema;
  return Object.hasOwn(RESTORABLE_KEYS, key) ? RESTORABLE_KEYS[key] : undefined;
}

/** One rejected value: where (`storage.language`) and why. */
export interface StorageIssue {
  path: string;
  message: string;
}

/**
 * Validates a backup's storage key by key.
 * @returns the values to write (parsed), the keys dropped as unknown, and the first issue when a value is invalid.
 */
export function validateStorage(storage: Record<string, unknown>): {
  values: Record<string, unknown>;
  dropped: string[];
  issue: StorageIssue | null;
} {
  const values: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(storage)) {
    const schema = schemaOfStorageKey(key);
    if (!schema) {
      dropped.push(key);
      continue;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const path = ['storage', key, ...(first?.path ?? [])].join('.');
      return { values: {}, dropped, issue: { path, message: first?.message ?? 'invalid' } };
    }
    values[key] = parsed.data;
  }
  return { values, dropped, issue: null };
}
