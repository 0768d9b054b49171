import type { Reason, Suggestion } from '@/lib/model';

/** Every reason behind the tier and the buyer type, in full, below the fold. */
export function ReasonList({
  t,
  reasons,
  render,
}: {
  t: (key: string) => string;
  reasons: Reason[];
  render: (reason: Reason) => string;
}) {
  if (reasons.length === 0) return null;
  return (
    <section className="ts-section">
      <div className="ts-section__head">
        <h3>{t('popup.why')}</h3>
      </div>
      <ul className="ts-reasons" data-testid="reasons">
        {reasons.map((reason, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: reasons are a fixed list per render.
          <li key={i}>{render(reason)}</li>
        ))}
      </ul>
    </section>
  );
}

/** The reasons of a suggestion in the order the popup lists them: tier first, then buyer type. */
export function reasonsOf(suggestion: Suggestion | null, buyerReasons: Reason[]): Reason[] {
  return [...(suggestion?.tier.reasons ?? []), ...buyerReasons];
}
