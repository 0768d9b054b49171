import { useEffect, useRef } from 'react';
import type { SavedDuplicate } from '@/lib/db/duplicates';
import { formatDayMonth, type Lang, nameWithDomain } from '@/lib/i18n/index';
import type { DuplicatePair } from '@/lib/prospect/duplicates';

/**
 * Under the save button once the site is saved: the saved prospects it looks like ("same phone as ACME GmbH,
 * saved 3 Dec"), each with merge / keep both, so the rep settles it before moving to the next tab.
 */
export function DuplicateWarning(props: {
  duplicates: readonly SavedDuplicate[];
  lang: Lang;
  onSettle: (pair: DuplicatePair, how: 'merge' | 'keep') => void;
  t: (key: string, params?: Record<string, string | number>) => string;
  /** Scroll it into view when it appears (after a save made in this popup; not on opening, which keeps the top). */
  reveal: boolean;
}) {
  const { duplicates, t, reveal } = props;
  const ref = useRef<HTMLElement>(null);
  const isShown = duplicates.length > 0;
  useEffect(() => {
    if (isShown && reveal) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [isShown, reveal]);
  if (!isShown) return null;
  // One is what a rep meets; a site matching several saved ones lists two and counts the rest.
  const shown = duplicates.slice(0, 2);
  return (
    <section className="ts-dup" data-testid="popup-duplicates" role="status" ref={ref}>
      <h3 className="ts-dup__title">⚠ {t('popup.dupTitle')}</h3>
      <ul className="ts-dup__list">
        {shown.map(({ pair, name, firstSeen }) => (
          <li className="ts-dup__item" key={pair.other} data-testid={`popup-dup-${pair.other}`}>
            <span className="ts-dup__why">
              {t(`dup.${pair.reason}`, {
                name: nameWithDomain(props.lang, name, pair.other),
                date: firstSeen ? formatDayMonth(props.lang, firstSeen) : '',
              })}
            </span>
            <span className="ts-dup__value">{pair.value}</span>
            <span className="ts-dup__actions">
              <button
                type="button"
                className="ts-btn ts-btn--small"
                data-testid="popup-dup-merge"
                onClick={() => props.onSettle(pair, 'merge')}
              >
                {t('dup.merge', { domain: pair.other })}
              </button>
              <button
                type="button"
                className="ts-btn ts-btn--small"
                data-testid="popup-dup-keep"
                onClick={() => props.onSettle(pair, 'keep')}
              >
                {t('dup.keepBoth')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {duplicates.length > shown.length && (
        <p className="ts-dup__more">{t('popup.dupMore', { n: duplicates.length - shown.length })}</p>
      )}
    </section>
  );
}
