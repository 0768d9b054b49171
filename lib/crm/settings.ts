/**
 * The rep's value-grade settings (weights, cut-offs, days late for zero credit), kept in extension storage beside
 * the other settings and restored with a backup (lib/backup/storage-keys.ts lists `valueSettings`).
 */
import { storage } from '#imports';
import { DEFAULT_VALUE_SETTINGS, type ValueSettings, ValueSettingsSchema } from './schema';

/** Version 1, added 2026-12-03 (issue 14). */
export const valueSettings = storage.defineItem<ValueSettings>('local:valueSettings', {
  fallback: DEFAULT_VALUE_SETTINGS,
  version: 1,
});

/** The stored settings, or the defaults when the stored value does not parse (logged, never thrown). */
export async function readValueSettings(): Promise<ValueSettings> {
  const parsed = ValueSettingsSchema.safeParse(await valueSettings.getValue());
  if (parsed.success) return parsed.data;
  console.warn('TierScout: value settings invalid, using the defaults', parsed.error.issues[0]);
  return DEFAULT_VALUE_SETTINGS;
}
