import { countryName } from '@/components/common/CountryFlag';
import { useLang } from '@/lib/i18n/react';
import type { ProspectFilter } from '@/lib/manager/filter';
import { BUYER_TYPES, OUTREACH, STATUSES, TIERS } from '@/lib/model';

export interface FilterOptions {
  countries: string[];
  regions: string[];
  searchPlans: string[];
  tags: string[];
}

type ListKey =
  | 'tiers'
  | 'buyerTypes'
  | 'statuses'
  | 'outreach'
  | 'countries'
  | 'regions'
  | 'searchPlans'
  | 'tags';

/** Search box and one select per structured filter; each select picks one value or "any". */
export function FilterBar(props: {
  filter: ProspectFilter;
  options: FilterOptions;
  onChange: (f: ProspectFilter) => void;
  t: (key: string) => string;
}) {
  const { filter, options, onChange, t } = props;
  const lang = useLang();
  const select = (key: ListKey, label: string, values: readonly string[], labelOf: (v: string) => string) => (
    <label className="filter">
      <span>{t(label)}</span>
      <select
        data-testid={`filter-${key}`}
        value={filter[key][0] ?? ''}
        onChange={(e) => onChange({ ...filter, [key]: e.target.value ? [e.target.value] : [] })}
      >
        <option value="">{t('manager.filter.any')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {labelOf(v)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="filters">
      <input
        type="search"
        className="search"
        data-testid="search"
        placeholder={t('manager.search.placeholder')}
        value={filter.text}
        onChange={(e) => onChange({ ...filter, text: e.target.value })}
      />
      {select('tiers', 'manager.col.tier', [...TIERS, 'none'], (v) => (v === 'none' ? t('tier.none') : v))}
      {select('buyerTypes', 'manager.col.buyerType', BUYER_TYPES, (v) => t(`buyer.${v}`))}
      {select('statuses', 'manager.col.status', STATUSES, (v) => t(`status.${v}`))}
      {select('outreach', 'manager.col.outreach', OUTREACH, (v) => t(`outreach.${v}`))}
      {select('countries', 'manager.col.country', options.countries, (v) =>
        countryName(v, lang === 'zh' ? 'zh-CN' : 'en'),
      )}
      {select('regions', 'manager.col.region', options.regions, (v) => v)}
      {select('searchPlans', 'manager.col.searchPlan', options.searchPlans, (v) => v)}
      {select('tags', 'manager.col.tags', options.tags, (v) => v)}
      <div className="filter">
        <span>{t('manager.filter.from')}</span>
        <span className="date-range">
          <input
            type="date"
            aria-label={t('manager.filter.from')}
            data-testid="filter-dateFrom"
            value={filter.dateFrom}
            onChange={(e) => onChange({ ...filter, dateFrom: e.target.value })}
          />
          –
          <input
            type="date"
            aria-label={t('manager.filter.to')}
            data-testid="filter-dateTo"
            value={filter.dateTo}
            onChange={(e) => onChange({ ...filter, dateTo: e.target.value })}
          />
        </span>
      </div>
    </div>
  );
}
