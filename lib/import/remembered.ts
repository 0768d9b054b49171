/**
 * Remembered column mappings, so the rep maps a given spreadsheet layout once. Keyed by `headerSignature`.
 */
import { storage } from '#imports';
import type { ColumnMapping } from './mapping';

/** Signature → mapping, in extension storage (part of the JSON backup). */
export const importMappings = storage.defineItem<Record<string, ColumnMapping>>('local:importMappings', {
  fallback: {},
  version: 1,
});

/** The remembered mapping of a sheet layout, or undefined. */
export async function rememberedMapping(signature: string): Promise<ColumnMapping | undefined> {
  return (await importMappings.getValue())[signature];
}

/** Remembers the mapping the rep confirmed. */
export async function rememberMapping(signature: string, mapping: ColumnMapping): Promise<void> {
  const all = await importMappings.getValue();
  await importMappings.setValue({ ...all, [signature]: mapping });
}
