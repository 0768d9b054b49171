import './CustomerLevels.css';
import { useEffect, useState } from 'react';
import '@/lib/i18n/strings/crm';
import { LOYALTIES, type Loyalty } from '@/lib/crm/schema';
import type { LevelsPatch } from '@/lib/db/prospects';
import { type Prospect, STATUSES, type Status } from '@/lib/model';

/**
 * The saved prospect's relationship (status: not a customer … lost) and loyalty levels, as two small native
 * selects below the fold (issue 14). Tab reaches them and the arrow keys change them; letters typed there stay in
 * the select (`isEditableTarget`), and Esc gives the keys back to the popup. Shown only once the prospect is saved:
 * the levels belong to the stored customer file.
 */
export function CustomerLevels({
  t,
  prospect,
  onChange,
}: {
  t: (key: string) => string;
  prospect: Prospect | null | undefined;
  onChange: (levels: LevelsPatch) => void;
}) {
  // What the rep picked, shown at once: the stored value comes back a moment later through the live query, and a
  // select bound to it alone would jump back meanwhile and lose the next arrow key.
  const status = prospect?.status;
  const loyalty = prospect?.crm?.loyalty ?? '';
  const [shown, setShown] = useState({ status, loyalty });
  useEffect(() => setShown({ status, loyalty }), [status, loyalty]);
  if (!prospect) return null;
  const blurOnEscape = (e: React.KeyboardEvent<HTMLSelectElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.currentTarget.blur();
    }
  };
  return (
    <fieldset className="ts-levels" data-testid="levels" aria-label={t('crm.levels')}>
      <label>
        <span>{t('crm.relationship')}</span>
        <select
          data-testid="levels-relationship"
          value={shown.status}
          onChange={(e) => {
            const next = e.target.value as Status;
            setShown({ ...shown, status: next });
            onChange({ status: next });
          }}
          onKeyDown={blurOnEscape}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('crm.loyalty')}</span>
        <select
          data-testid="levels-loyalty"
          value={shown.loyalty}
          onChange={(e) => {
            const next = e.target.value as Loyalty | '';
            setShown({ ...shown, loyalty: next });
            onChange({ loyalty: next || null });
          }}
          onKeyDown={blurOnEscape}
        >
          <option value="">{t('crm.loyalty.none')}</option>
          {LOYALTIES.map((x) => (
            <option key={x} value={x}>
              {t(`loyalty.${x}`)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
