import { type ReactNode, useEffect, useState } from 'react';
import { countryName } from '@/components/common/CountryFlag';
import { formatDateTime } from '@/lib/i18n/index';
import { useLang } from '@/lib/i18n/react';
import type { ProspectPatch } from '@/lib/db/prospects';
import {
  BUYER_TYPES,
  type BuyerType,
  OUTREACH,
  type Outreach,
  type Prospect,
  STATUSES,
  type Status,
  TIERS,
  type Tier,
} from '@/lib/model';
import { siteUrlOf } from '@/lib/prospect/url';

/** One prospect: contacts, the editable fields and the change history. */
export function DetailPanel(props: {
  prospect: Prospect;
  onSave: (patch: ProspectPatch) => Promise<void>;
  onClose: () => void;
  /** Shown under the header: likely duplicates of this prospect, with merge / keep both. */
  notice?: ReactNode;
  /** The customer file (components/manager/CrmSection.tsx), shown under the editable fields. */
  crm?: ReactNode;
  t: (key: string, params?: Record<string, string | number>) => string;
}) {
  const { prospect: p, t } = props;
  // Rendered as a link only when it is http(s): an old or restored row may hold a data: or chrome: address.
  const site = siteUrlOf(p);
  const lang = useLang();
  const [draft, setDraft] = useState(() => toDraft(p));
  useEffect(() => setDraft(toDraft(p)), [p]);
  const save = () =>
    props.onSave({
      tier: draft.tier || null,
      buyerType: draft.buyerType || null,
      status: draft.status,
      outreach: draft.outreach,
      region: draft.region.trim(),
      searchPlan: draft.searchPlan.trim(),
      tags: [
        ...new Set(
          draft.tags
            .split(/[;,]/)
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ],
      notes: draft.notes,
    });
  return (
    <aside className="detail" data-testid="detail" aria-label={p.domain}>
      <header>
        <div>
          <h2>{p.company.name || p.domain}</h2>
          {site ? (
            <a href={site} target="_blank" rel="noreferrer">
              {p.domain}
            </a>
          ) : (
            <span>{p.domain}</span>
          )}
          {p.company.country ? (
            <span className="muted"> · {countryName(p.company.country, lang === 'zh' ? 'zh-CN' : 'en')}</span>
          ) : null}
        </div>
        <button type="button" className="link" onClick={props.onClose} aria-label={t('manager.detail.close')}>
          ✕
        </button>
      </header>
      {props.notice}
      <div className="detail-grid">
        <label>
          {t('manager.col.tier')}
          <select
            value={draft.tier}
            onChange={(e) => setDraft({ ...draft, tier: e.target.value as Tier | '' })}
            data-testid="detail-tier"
          >
            <option value="">
              {p.suggestedTier ? t('manager.detail.suggested', { tier: p.suggestedTier }) : t('tier.none')}
            </option>
            {TIERS.map((x) => (
              <option key={x} value={x}>
                {t(`tier.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('manager.col.buyerType')}
          <select
            value={draft.buyerType}
            onChange={(e) => setDraft({ ...draft, buyerType: e.target.value as BuyerType | '' })}
          >
            <option value="">
              {t('manager.detail.suggested', { tier: t(`buyer.${p.suggestedBuyerType}`) })}
            </option>
            {BUYER_TYPES.map((x) => (
              <option key={x} value={x}>
                {t(`buyer.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('manager.col.status')}
          <select
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value as Status })}
          >
            {STATUSES.map((x) => (
              <option key={x} value={x}>
                {t(`status.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('manager.col.outreach')}
          <select
            value={draft.outreach}
            onChange={(e) => setDraft({ ...draft, outreach: e.target.value as Outreach })}
          >
            {OUTREACH.map((x) => (
              <option key={x} value={x}>
                {t(`outreach.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('manager.col.region')}
          <input value={draft.region} onChange={(e) => setDraft({ ...draft, region: e.target.value })} />
        </label>
        <label>
          {t('manager.col.searchPlan')}
          <input
            value={draft.searchPlan}
            onChange={(e) => setDraft({ ...draft, searchPlan: e.target.value })}
          />
        </label>
        <label className="wide">
          {t('manager.col.tags')}
          <input
            value={draft.tags}
            onChange={(e) => setDraft({ ...draft, tags: e.target.value })}
            data-testid="detail-tags"
          />
        </label>
        <label className="wide">
          {t('manager.col.notes')}
          <textarea
            rows={4}
            value={draft.notes}
            onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
            data-testid="detail-notes"
          />
        </label>
      </div>
      <button type="button" className="primary" onClick={save} data-testid="detail-save">
        {t('manager.detail.save')}
      </button>
      {props.crm}
      <h3>{t('manager.detail.contacts')}</h3>
      <ul className="plain">
        {p.contacts.emails.map((e) => (
          <li key={e.value}>
            <a href={`mailto:${e.value}`}>{e.value}</a>
          </li>
        ))}
        {p.contacts.phones.map((x) => (
          <li key={x.value}>{x.value}</li>
        ))}
        {p.company.address ? <li className="muted">{p.company.address}</li> : null}
      </ul>
      <h3>{t('manager.detail.history')}</h3>
      <ol className="history" data-testid="history">
        {[...p.history].reverse().map((h, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: history entries have no id and never reorder.
          <li key={i}>
            <span className="muted">{formatDateTime(lang, h.at)}</span> {h.field}: {h.from || '—'} →{' '}
            {h.to || '—'}
          </li>
        ))}
      </ol>
    </aside>
  );
}

function toDraft(p: Prospect) {
  return {
    tier: (p.tier ?? '') as Tier | '',
    buyerType: (p.buyerType ?? '') as BuyerType | '',
    status: p.status,
    outreach: p.outreach,
    region: p.region,
    searchPlan: p.searchPlan,
    tags: p.tags.join(', '),
    notes: p.notes,
  };
}
