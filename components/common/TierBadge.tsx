import { TIER_COLORS } from '@/lib/background/badge';
import type { Tier } from '@/lib/model';

/** The tier letter on its colour; an outlined dash when there is no tier. `size` in px. */
export function TierBadge({ tier, size = 28, title }: { tier: Tier | null; size?: number; title?: string }) {
  return (
    <span
      className={`ts-tier${tier ? '' : ' ts-tier--none'}`}
      data-tier={tier ?? 'none'}
      title={title}
      style={{
        width: size,
        height: size,
        fontSize: Math.round(size * 0.55),
        background: tier ? TIER_COLORS[tier] : undefined,
      }}
    >
      {tier ?? '–'}
    </span>
  );
}
