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
