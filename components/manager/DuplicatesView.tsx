import { DuplicateList, type DuplicateNames } from '@/components/common/DuplicateList';
import type { DuplicatePair } from '@/lib/prospect/duplicates';

/** The manager's "possible duplicates" view: every likely pair in the list, each with merge / keep both. */
export function DuplicatesView(props: {
  pairs: readonly DuplicatePair[];
  names: DuplicateNames;
  onSettle: (pair: DuplicatePair, how: 'merge' | 'keep') => void;
  t: (key: string, params?: Record<string, string | number>) => string;
}) {
  const { t } = props;
  return (
    <section className="duplicates-view" data-testid="duplicates-view">
      <h2>{t('dup.title')}</h2>
      {props.pairs.length === 0 ? (
        <p className="muted">{t('dup.none')}</p>
      ) : (
        <DuplicateList
          pairs={props.pairs}
          names={props.names}
          onMerge={(pair) => props.onSettle(pair, 'merge')}
          onKeepBoth={(pair) => props.onSettle(pair, 'keep')}
          t={t}
        />
      )}
    </section>
  );
}
