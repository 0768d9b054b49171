/**
 * The rep's settings, kept in extension storage (not IndexedDB: small, read by every context at start-up).
 * Each item is versioned so later shapes can migrate old values.
 */
import { storage } from '#imports';
import * as z from 'zod';

export const LanguageSettingSchema = z.enum(['auto', 'en', 'zh']);
export type LanguageSetting = z.infer<typeof LanguageSettingSchema>;

/** UI language: 'auto' follows the browser. */
export const languageSetting = storage.defineItem<LanguageSetting>('local:language', {
  fallback: 'auto',
  version: 1,
});

export const WorkSessionSchema = z.object({ region: z.string(), searchPlan: z.string() });
export type WorkSession = z.infer<typeof WorkSessionSchema>;

/**
 * The region and search plan the rep is working on: set once, stamped on every prospect saved until changed.
 * Kept in session storage so it "sticks for the session of work" and is gone after a browser restart.
 */
export const workSession = storage.defineItem<WorkSession>('session:workSession', {
  fallback: { region: '', searchPlan: '' },
});

/**
 * Notes typed in the popup but not yet saved, by domain. The popup closes the moment the rep clicks the page, so a
 * half-written note would otherwise be lost; it comes back when the popup reopens on that site, until saved.
 */
export const noteDrafts = storage.defineItem<Record<string, string>>('session:noteDrafts', { fallback: {} });

/** Keeps (or, with `null`, forgets) the unsaved note of one domain. */
export async function setNoteDraft(domain: string, text: string | null): Promise<void> {
  const { [domain]: _old, ...rest } = await noteDrafts.getValue();
  await noteDrafts.setValue(text === null ? rest : { ...rest, [domain]: text });
}
