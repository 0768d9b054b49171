/**
 * Rendering of classifier reasons in the rep's language. Importing this module registers the classifier's
 * strings with lib/i18n.
 */
import { type Lang, t } from '../i18n/index';
import '../i18n/strings/classify';
import type { Reason } from '../model';

/**
 * One reason as a sentence in `lang`.
 * @example renderReason({ key: 'classify.buyer.wholesaler', params: { cues: 'moq' } }, 'en') // 'Wholesale cues: moq'
 */
export function renderReason(reason: Reason, lang: Lang): string {
  return t(lang, reason.key, reason.params);
}
