import { useEffect, useState } from 'react';
import { db } from '@/lib/db/db';
import { readCutoffs, readWeights } from '@/lib/crm/input';
import { regradeCustomers } from '@/lib/crm/regrade';
import { DEFAULT_VALUE_SETTINGS, type ValueSettings } from '@/lib/crm/schema';
import { readValueSettings, valueSettings } from '@/lib/crm/settings';
import '@/lib/i18n/strings/crm';
import { useT } from '@/lib/i18n/react';

interface Draft {
  credit: string;
  order: string;
  profit: string;
  vip: string;
  important: string;
  lateDays: string;
}

const toDraft = (s: ValueSettings): Draft => ({
  credit: String(s.weights.credit),
  order: String(s.weights.order),
  profit: String(s.weights.profit),
  vip: String(s.cutoffs.vip),
  important: String(s.cutoffs.important),
  lateDays: String(s.lateDaysForZero),
});

/**
 * The value grade's weights (credit / order amount / profit, adding up to 100 %), the VIP and important cut-offs and
 * the days late that zero the credit part. Saving regrades every current customer at once.
 */
export function ValueSection() {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(() => toDraft(DEFAULT_VALUE_SETTINGS));
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  useEffect(() => {
    readValueSettings().then(
      (s) => setDraft(toDraft(s)),
      () => undefined,
    );
  }, []);
  const sum = ['credit', 'order', 'profit'].reduce((a, k) => a + (Number(draft[k as keyof Draft]) || 0), 0);
  const save = async () => {
    setDone('');
    const weights = readWeights({ credit: draft.credit, order: draft.order, profit: draft.profit });
    if (!weights.ok) return setError(t(weights.error, weights.params));
    const cutoffs = readCutoffs({ vip: draft.vip, important: draft.important });
    if (!cutoffs.ok) return setError(t(cutoffs.error, cutoffs.params));
    const late = Number(draft.lateDays);
    if (!/^\d{1,4}$/.test(draft.lateDays.trim()) || late < 1)
      return setError(t('crm.error.days', { value: draft.lateDays }));
    setError('');
    const settings: ValueSettings = { weights: weights.value, cutoffs: cutoffs.value, lateDaysForZero: late };
    await valueSettings.setValue(settings);
    const changed = await regradeCustomers(db, settings);
    setDone(t('valueSettings.saved', { n: changed.length }));
  };
  const field = (key: keyof Draft, label: string) => (
    <label className="ts-value-field">
      <span>{label}</span>
      <input
        inputMode="numeric"
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        data-testid={`value-${key}`}
      />
    </label>
  );
  return (
    <section className="ts-options-section" data-testid="value-section">
      <h2>{t('valueSettings.title')}</h2>
      <p className="ts-muted">{t('valueSettings.help')}</p>
      <fieldset className="ts-value-row">
        <legend>{t('valueSettings.weights')}</legend>
        {field('credit', t('valueSettings.credit'))}
        {field('order', t('valueSettings.order'))}
        {field('profit', t('valueSettings.profit'))}
        <span className={sum === 100 ? 'ts-muted' : 'ts-error'} data-testid="value-sum">
          {t('valueSettings.sum', { sum })}
        </span>
      </fieldset>
      <fieldset className="ts-value-row">
        <legend>{t('valueSettings.cutoffs')}</legend>
        {field('vip', t('valueSettings.vip'))}
        {field('important', t('valueSettings.important'))}
        {field('lateDays', t('valueSettings.lateDays'))}
      </fieldset>
      {error ? (
        <p className="ts-error" role="alert" data-testid="value-error">
          {error}
        </p>
      ) : null}
      {done ? (
        <p role="status" data-testid="value-saved">
          {done}
        </p>
      ) : null}
      <button type="button" className="primary" onClick={() => void save()} data-testid="value-save">
        {t('valueSettings.save')}
      </button>{' '}
      <button type="button" onClick={() => setDraft(toDraft(DEFAULT_VALUE_SETTINGS))}>
        {t('valueSettings.reset')}
      </button>
    </section>
  );
}
