import { useEffect, useMemo, useState } from 'react';
import { TierBadge } from '@/components/common/TierBadge';
import { renderReason } from '@/lib/classify/reasons';
import { type PreviewPage, previewSuggestion, readPreviewPage } from '@/lib/grading/preview';
import '@/lib/i18n/strings/grading';
import { localizeParams } from '@/lib/i18n/index';
import { useLang, useT } from '@/lib/i18n/react';
import type { Profile, Reason, Thresholds } from '@/lib/model';

/** How long the preview waits after the last keystroke before grading again. */
const DEBOUNCE_MS = 250;

/** Reasons shown under the verdict: the tier's first few, then the buyer type's first. */
const TIER_REASONS = 3;

/** The value once it has stopped changing for `ms` (compared by JSON, so a fresh object with equal content waits). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the JSON key stands for the value.
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return settled;
}

type PageState = { state: 'reading' } | { state: 'none' } | { state: 'ready'; page: PreviewPage };

/**
 * "Test this profile on the current page": the tier, buyer type and top reasons the profile being edited gives the
 * page the rep was last on, updated as the keywords change (debounced), before anything is saved.
 */
export function ProfilePreview({ profile, thresholds }: { profile: Profile | null; thresholds: Thresholds }) {
  const t = useT();
  const lang = useLang();
  const [page, setPage] = useState<PageState>({ state: 'reading' });
  const [attempt, setAttempt] = useState(0);
  const settled = useDebounced(profile, DEBOUNCE_MS);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the "read again" trigger.
  useEffect(() => {
    let live = true;
    setPage({ state: 'reading' });
    readPreviewPage().then(
      (found) => live && setPage(found ? { state: 'ready', page: found } : { state: 'none' }),
      () => live && setPage({ state: 'none' }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const suggestion = useMemo(
    () => (page.state === 'ready' ? previewSuggestion(page.page, settled, thresholds) : null),
    [page, settled, thresholds],
  );
  const render = (reason: Reason) =>
    renderReason({ ...reason, params: localizeParams(lang, reason.params) }, lang);

  return (
    <section className="ts-preview" data-testid="profile-preview" aria-live="polite">
      <div className="ts-preview__head">
        <h3>{t('preview.title')}</h3>
        <button type="button" onClick={() => setAttempt((n) => n + 1)} data-testid="preview-reload">
          {t('preview.reload')}
        </button>
      </div>
      <p className="muted">{t('preview.intro')}</p>
      {page.state === 'reading' && <p className="muted">{t('preview.reading')}</p>}
      {page.state === 'none' && (
        <p className="ts-preview__empty" data-testid="preview-no-page">
          {t('preview.noPage')}
        </p>
      )}
      {page.state === 'ready' && (
        <>
          <p className="ts-preview__page" data-testid="preview-page">
            <span className="muted">{t('preview.page')}:</span>{' '}
            <strong>{page.page.title || page.page.domain}</strong>{' '}
            <span className="muted">{page.page.domain}</span>
          </p>
          <div className="ts-preview__verdict">
            <TierBadge tier={suggestion?.tier.value ?? null} size={34} />
            <div>
              <div className="muted ts-small">{t('preview.tier')}</div>
              <div data-testid="preview-tier" data-tier={suggestion?.tier.value ?? 'none'}>
                {suggestion
                  ? suggestion.tier.value
                    ? t(`tier.${suggestion.tier.value}`)
                    : t('tier.none')
                  : t('preview.noLines')}
              </div>
            </div>
            <div>
              <div className="muted ts-small">{t('preview.buyerType')}</div>
              <div data-testid="preview-buyer" data-buyer={page.page.reading.buyerType.value}>
                {t(`buyer.${page.page.reading.buyerType.value}`)}
              </div>
            </div>
          </div>
          <ul className="ts-preview__reasons" data-testid="preview-reasons">
            {[
              ...(suggestion?.tier.reasons.slice(0, TIER_REASONS) ?? []),
              ...page.page.reading.buyerType.reasons.slice(0, 1),
            ].map((reason, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list per render.
              <li key={i}>{render(reason)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
