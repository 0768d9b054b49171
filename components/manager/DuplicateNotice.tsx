import { DuplicateList } from '@/components/common/DuplicateList';
import type { SavedDuplicate } from '@/lib/db/duplicates';
import type { Prospect } from '@/lib/model';
import type { DuplicatePair } from '@/lib/prospect/duplicates';

/** Under a prospect's details: the saved prospects it looks like ("same phone as ACME GmbH, saved 3 Dec"). */
export function DuplicateNotice(props: {
  prospect: Prospect;
  duplicates: readonly SavedDuplicate[];
  onSettle: (pair: DuplicatePair, how: 'merge' | 'keep') => void;
  t: (key: string, params?: Record<string, string | number>) => string;
}) {
  const { prospect, duplicates } = props;
  if (duplicates.length === 0) return null;
  return (
    <div className="dup-notice" data-testid="detail-duplicates">
      <DuplicateList
        pairs={duplicates.map((d) => d.pair)}
        names={(domain) => {
          if (domain === prospect.domain)
            return { name: prospect.company.name, firstSeen: prospect.firstSeen };
          const d = duplicates.find((x) => x.pair.other === domain);
          return d ? { name: d.name, firstSeen: d.firstSeen } : undefined;
        }}
        onMerge={(pair) => props.onSettle(pair, 'merge')}
        onKeepBoth={(pair) => props.onSettle(pair, 'keep')}
        showSelf={false}
        t={props.t}
      />
    </div>
  );
}
