/**
 * The side effects the inquiries page needs: the rep's edited reply templates (a versioned WXT storage item, so
 * it is in the backup's storage snapshot), the selection draft sent from another page, and triage with the active
 * profile and the vocabulary loaded.
 */
import { storage } from '#imports';
import * as z from 'zod';
import { compileProfile } from '../classify/profile';
import { getActiveProfile } from '../profile/storage';
import { loadVocabulary } from '../vocabulary/index';
import { cleanMail } from './clean';
import { type InquiryInput, mailLanguage, triageInquiry } from './triage';
import { DEFAULT_TEMPLATES, REPLY_LANGS, TEMPLATE_KINDS, type Templates } from './templates';

const TemplatesSchema = z.object(
  Object.fromEntries(
    REPLY_LANGS.map((l) => [l, z.object(Object.fromEntries(TEMPLATE_KINDS.map((k) => [k, z.string()])))]),
  ),
);

/** Only the templates the rep changed are stored (per language and kind); the rest follow the built-in text. */
export const templatesItem = storage.defineItem<Partial<Record<string, Partial<Record<string, string>>>>>(
  'local:inquiryTemplates',
  { fallback: {}, version: 1 },
);

/** The built-in templates with the rep's edits laid over them. Invalid stored data falls back to the defaults. */
export async function getTemplates(): Promise<Templates> {
  const stored = await templatesItem.getValue();
  const merged = structuredClone(DEFAULT_TEMPLATES);
  for (const lang of REPLY_LANGS)
    for (const kind of TEMPLATE_KINDS) {
      const text = stored[lang]?.[kind];
      if (typeof text === 'string' && text.trim()) merged[lang][kind] = text;
    }
  const ok = TemplatesSchema.safeParse(merged);
  if (!ok.success)
    console.warn('TierScout: stored reply templates are invalid, using the defaults', ok.error);
  return ok.success ? merged : structuredClone(DEFAULT_TEMPLATES);
}

/** Saves one edited template; an empty text restores the built-in one. */
export async function setTemplate(lang: string, kind: string, text: string): Promise<void> {
  const stored = structuredClone(await templatesItem.getValue());
  stored[lang] = { ...stored[lang], [kind]: text.trim() ? text : undefined };
  await templatesItem.setValue(stored);
}

/** Text sent from another page with the context menu or the command, picked up by the inquiries page. */
export const SelectionDraftSchema = z.object({ text: z.string(), url: z.string(), title: z.string() });
export type SelectionDraft = z.infer<typeof SelectionDraftSchema>;
export const selectionDraftItem = storage.defineItem<SelectionDraft | null>('session:inquiryDraft', {
  fallback: null,
});

/** Takes (and clears) the pending selection draft. */
export async function takeSelectionDraft(): Promise<SelectionDraft | null> {
  const draft = await selectionDraftItem.getValue();
  if (!draft) return null;
  await selectionDraftItem.removeValue();
  const ok = SelectionDraftSchema.safeParse(draft);
  return ok.success ? ok.data : null;
}

/**
 * Triage with the active profile and the vocabulary of the mail's language (plus English and Chinese, the rep's
 * keyword languages) loaded first.
 */
export async function triageWithProfile(input: InquiryInput): Promise<ReturnType<typeof triageInquiry>> {
  const lang = mailLanguage(`${input.subject}\n${cleanMail(input.body).text}`);
  const [vocab, profile] = await Promise.all([loadVocabulary([lang, 'en', 'zh']), getActiveProfile()]);
  return triageInquiry(input, { vocab, profile: profile ? compileProfile(profile, vocab) : null });
}
