import { KeyHint } from '@/components/common/KeyHint';
import { TIER_COLORS } from '@/lib/background/badge';
import { TIERS, type Tier } from '@/lib/model';
import { POPUP_KEYS } from '@/lib/shortcuts';

function keysOf(tier: Tier): string {
  return POPUP_KEYS.filter((k) => k.action.kind === 'tier' && k.action.tier === tier)
    .map((k) => k.label)
    .join('/');
}

/** Four tier buttons with their keys; the suggested one is outlined, the chosen one filled. */
export function TierPicker({
  t,
  value,
  suggested,
  onPick,
}: {
  t: (key: string) => string;
  value: Tier | null;
  suggested: Tier | null;
  onPick: (tier: Tier) => void;
}) {
  return (
    <fieldset className="ts-tiers" aria-label={t('popup.yourTier')}>
      {TIERS.map((tier) => (
        <button
          key={tier}
          type="button"
          aria-pressed={value === tier}
          data-testid={`tier-${tier}`}
          className={`ts-tierbtn${value === tier ? ' is-chosen' : ''}${suggested === tier ? ' is-suggested' : ''}`}
          style={{ '--tier': TIER_COLORS[tier] } as React.CSSProperties}
          title={t(`tier.${tier}`)}
          onClick={() => onPick(tier)}
        >
          <span className="ts-tierbtn__letter">{tier}</span>
          <span className="ts-tierbtn__label">{t(`tier.${tier}`).split('·')[1]?.trim()}</span>
          <KeyHint label={keysOf(tier)} />
        </button>
      ))}
    </fieldset>
  );
}
