import { useState } from 'react';
import { LOYALTIES, type Loyalty } from '@/lib/crm/schema';
import type { LevelsPatch, ProspectPatch } from '@/lib/db/prospects';
import { OUTREACH, type Outreach, STATUSES, type Status, TIERS, type Tier } from '@/lib/model';

/** Value of the loyalty select that clears the level (an empty value is the select's own prompt). */
const CLEAR = '-';

/**
 * Actions on the selected rows: tier, relationship (status), loyalty, outreach, add a tag, delete. The selects are
 * native, so Tab reaches them and the arrow keys pick a value.
 */
export function BulkBar(props: {
  count: number;
  onPatch: (patch: ProspectPatch) => void;
  /** Relationship and loyalty levels, which keep the rest of each row's customer file. */
  onLevels: (levels: LevelsPatch) => void;
  onAddTag: (tag: string) => void;
  onDelete: () => void;
  onClear: () => void;
  t: (key: string, params?: Record<string, string | number>) => string;
}) {
  const { count, t } = props;
  const [tag, setTag] = useState('');
  return (
    <div className="bulk" data-testid="bulk-bar">
      <strong>{t('manager.selected', { n: count })}</strong>
      <span className="bulk-group">
        {TIERS.map((tier: Tier) => (
          <button
            type="button"
            key={tier}
            className={`tier-btn tier-${tier}`}
            onClick={() => props.onPatch({ tier })}
          >
            {tier}
          </button>
        ))}
      </span>
      <select
        aria-label={t('manager.col.status')}
        data-testid="bulk-status"
        value=""
        onChange={(e) => e.target.value && props.onLevels({ status: e.target.value as Status })}
      >
        <option value="">{t('manager.bulk.status')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('crm.loyalty')}
        data-testid="bulk-loyalty"
        value=""
        onChange={(e) => {
          const v = e.target.value;
          if (v) props.onLevels({ loyalty: v === CLEAR ? null : (v as Loyalty) });
        }}
      >
        <option value="">{t('manager.bulk.loyalty')}</option>
        {LOYALTIES.map((x) => (
          <option key={x} value={x}>
            {t(`loyalty.${x}`)}
          </option>
        ))}
        <option value={CLEAR}>{t('crm.loyalty.none')}</option>
      </select>
      <select
        aria-label={t('manager.col.outreach')}
        data-testid="bulk-outreach"
        value=""
        onChange={(e) => e.target.value && props.onPatch({ outreach: e.target.value as Outreach })}
      >
        <option value="">{t('manager.bulk.outreach')}</option>
        {OUTREACH.map((o) => (
          <option key={o} value={o}>
            {t(`outreach.${o}`)}
          </option>
        ))}
      </select>
      <form
        className="bulk-group"
        onSubmit={(e) => {
          e.preventDefault();
          if (tag.trim()) props.onAddTag(tag.trim());
          setTag('');
        }}
      >
        <input
          value={tag}
          placeholder={t('manager.bulk.tag')}
          onChange={(e) => setTag(e.target.value)}
          data-testid="bulk-tag"
        />
        <button type="submit">{t('manager.bulk.addTag')}</button>
      </form>
      <button type="button" className="danger" onClick={props.onDelete} data-testid="bulk-delete">
        {t('manager.bulk.delete')}
      </button>
      <button type="button" className="link" onClick={props.onClear}>
        {t('manager.bulk.clear')}
      </button>
    </div>
  );
}
