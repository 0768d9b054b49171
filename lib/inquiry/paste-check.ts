/**
 * What the page says about a paste before and after triage: an empty paste cannot be saved; a cut, HTML or
 * non-inquiry paste can, with a clear message. Pure: message keys only.
 */
import type { CleanMail } from './clean';
import type { Triage } from './schema';

export interface PasteNotice {
  key: string;
  tone: 'error' | 'warn' | 'info';
  params?: Record<string, string | number>;
}

/** Notices for a triaged paste, most important first; `canSave` is false only when there is nothing to keep. */
export function pasteNotices(
  mail: CleanMail,
  triage: Triage,
  rawLength: number,
): { notices: PasteNotice[]; canSave: boolean } {
  const notices: PasteNotice[] = [];
  if (!mail.text.trim()) {
    notices.push({ key: rawLength ? 'inquiry.notice.nothingLeft' : 'inquiry.notice.empty', tone: 'error' });
    return { notices, canSave: false };
  }
  if (triage.truncatedAt !== null)
    notices.push({
      key: 'inquiry.notice.truncated',
      tone: 'warn',
      params: { kb: Math.round(rawLength / 1024), read: Math.round(mail.text.length / 1024) },
    });
  if (mail.wasHtml) notices.push({ key: 'inquiry.notice.html', tone: 'info' });
  if (mail.hadQuote) notices.push({ key: 'inquiry.notice.quote', tone: 'info' });
  if (triage.kind === 'none') notices.push({ key: 'inquiry.notice.notInquiry', tone: 'warn' });
  return { notices, canSave: true };
}
