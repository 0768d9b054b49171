import { TierBadge } from '@/components/common/TierBadge';
import type { BuyerTypeSuggestion, Reason, Suggestion } from '@/lib/model';

/**
 * The verdict at a glance: suggested tier, buyer type and the one reason that decided the tier (all reasons are
 * listed further down). The buyer type comes from the site itself, so it shows even before the rep has a profile.
 */
export function SuggestionPanel({
  t,
  suggestion,
  buyerType,
  render,
}: {
  t: (key: string, params?: Record<string, string | number>) => string;
  /** Null when the rep has no profile yet: no tier, but the buyer type still shows. */
  suggestion: Suggestion | null;
  buyerType: BuyerTypeSuggestion;
  render: (reason: Reason) => string;
}) {
  const tier = suggestion?.tier ?? null;
  const top = tier?.reasons[0] ?? buyerType.reasons[0];
  return (
    <section className="ts-suggestion" data-testid="suggestion">
      <div className="ts-suggestion__row">
        <TierBadge tier={tier?.value ?? null} size={34} />
        <div className="ts-suggestion__text">
          <div className="ts-small ts-muted">{t('popup.suggestedTier')}</div>
          <div
            className="ts-suggestion__value"
            data-testid="suggested-tier"
            data-tier={tier?.value ?? 'none'}
          >
            {tier ? (tier.value ? t(`tier.${tier.value}`) : t('popup.noMatch')) : t('popup.noProfileTier')}
          </div>
        </div>
        <div className="ts-suggestion__text ts-suggestion__buyer">
          <div className="ts-small ts-muted">{t('popup.buyerType')}</div>
          <div className="ts-suggestion__value" data-testid="suggested-buyer" data-buyer={buyerType.value}>
            {t(`buyer.${buyerType.value}`)}
            {buyerType.secondary && t('popup.buyerAnd', { other: t(`buyer.${buyerType.secondary}`) })}
          </div>
        </div>
      </div>
      {suggestion?.competitor && (
        <div className="ts-competitor" data-testid="competitor" title={t('popup.competitorHint')}>
          ⚑ {t('popup.competitor')}
        </div>
      )}
      {top && (
        <p className="ts-reason ts-reason--top" data-testid="top-reason">
          {render(top)}
        </p>
      )}
    </section>
  );
}
