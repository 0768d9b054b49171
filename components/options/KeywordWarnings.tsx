import { useEffect, useMemo, useState } from 'react';
import { prepareKeywordCheck, unmappedKeywords } from '@/lib/grading/keywords';
import '@/lib/i18n/strings/grading';
import { useT } from '@/lib/i18n/react';
import type { Profile } from '@/lib/model';
import type { Vocabulary } from '@/lib/vocabulary/index';

/**
 * The profile's keywords that the product vocabulary does not know: they match only literally, so a page naming
 * the same product in its own language is missed. Shown as the rep edits.
 */
export function KeywordWarnings({ profile }: { profile: Profile | null }) {
  const t = useT();
  const [vocab, setVocab] = useState<Vocabulary | null>(null);
  useEffect(() => {
    let live = true;
    prepareKeywordCheck().then(
      (v) => live && setVocab(v),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const unknown = useMemo(() => (profile && vocab ? unmappedKeywords(profile, vocab) : []), [profile, vocab]);
  if (unknown.length === 0) return null;
  return (
    <section className="ts-keyword-warnings" data-testid="keyword-warnings" aria-live="polite">
      <h4>⚠ {t('keywords.title')}</h4>
      <ul>
        {unknown.map((keyword) => (
          <li key={keyword} data-testid="keyword-warning">
            {t('keywords.unmapped', { keyword })}
          </li>
        ))}
      </ul>
      <p className="muted">{t('keywords.hint')}</p>
    </section>
  );
}
