import { formatDayMonth, nameWithDomain } from '@/lib/i18n/index';
import type { DuplicatePair } from '@/lib/prospect/duplicates';

/** Domain → what the list shows of it: company name and when it was first saved. */
export type DuplicateNames = (domain: string) => { name: string; firstSeen: string } | undefined;

/** Likely duplicates, each with why ("same phone as ACME GmbH, saved 3 Dec") and merge / keep both. */
export function DuplicateList(props: {
  pairs: readonly DuplicatePair[];
  names: DuplicateNames;
  onMerge: (pair: DuplicatePair) => void;
  onKeepBoth: (pair: DuplicatePair) => void;
  t: (key: string, params?: Record<string, string | number>) => string;
  /** Name the prospect itself before the reason (off where the list sits under that prospect). */
  showSelf?: boolean;
}) {
  const { t } = props;
  const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  const dateOf = (iso: string) => (iso ? formatDayMonth(lang, iso) : '');
  return (
    <ul className="duplicates" data-testid="duplicates">
      {props.pairs.map((pair) => {
        const me = props.names(pair.domain);
        const other = props.names(pair.other);
        return (
          <li key={`${pair.domain}|${pair.other}`} data-testid={`dup-${pair.domain}`}>
            {props.showSelf === false ? null : (
              <>
                <strong>{me?.name || pair.domain}</strong>{' '}
                <span className="muted">
                  {lang === 'zh' ? `（${pair.domain}）：` : `(${pair.domain}):`}
                </span>{' '}
              </>
            )}
            {t(`dup.${pair.reason}`, {
              name: nameWithDomain(lang, other?.name ?? '', pair.other),
              date: dateOf(other?.firstSeen ?? ''),
            })}{' '}
            <span className="muted">“{pair.value}”</span>
            <span className="actions">
              <button type="button" onClick={() => props.onMerge(pair)} data-testid="dup-merge">
                {t('dup.merge', { domain: pair.other })}
              </button>
              <button type="button" onClick={() => props.onKeepBoth(pair)} data-testid="dup-keep">
                {t('dup.keepBoth')}
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
