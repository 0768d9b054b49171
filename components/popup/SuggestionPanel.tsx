import { TierBadge } from '@/components/common/TierBadge';
import type { Reason, Suggestion } from '@/lib/model';

/** The classifier's tier and buyer type, each with the reasons that decided it. */
export function SuggestionPanel({
  t,
  suggestion,
  render,
}: {
  t: (key: string, params?: Record<string, string | number>) => string;
  suggestion: Suggestion;
  render: (reason: Reason) => string;
}) {
  const { tier, buyerType } = suggestion;
  return (
    <section className="ts-suggestion" data-testid="suggestion">
      <div className="ts-suggestion__row">
        <TierBadge tier={tier.value} size={34} />
        <div className="ts-suggestion__text">
          <div className="ts-small ts-muted">{t('popup.suggestedTier')}</div>
          <div className="ts-suggestion__value" data-testid="suggested-tier" data-tier={tier.value ?? 'none'}>
            {tier.value ? t(`tier.${tier.value}`) : t('popup.noMatch')}
          </div>
        </div>
        <div className="ts-suggestion__text ts-suggestion__buyer">
          <div className="ts-small ts-muted">{t('popup.buyerType')}</div>
          <div className="ts-suggestion__value" data-testid="suggested-buyer" data-buyer={buyerType.value}>
            {t(`buyer.${buyerType.value}`)}
            {buyerType.secondary && ` & ${t(`buyer.${buyerType.secondary}`)}`}
          </div>
        </div>
      </div>
      {(tier.reasons.length > 0 || buyerType.reasons.length > 0) && (
        <ul className="ts-reasons" data-testid="reasons">
          {[...tier.reasons, ...buyerType.reasons].map((reason, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: reasons are a fixed list per render.
            <li key={i}>
              <span className="ts-reason">{render(reason)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
