import { type KeyboardEvent, memo, type ReactElement, useLayoutEffect, useRef, useState } from 'react';
import type { Sort, SortKey } from '@/lib/manager/filter';
import { type ManagerRow, shownBuyerType } from '@/lib/manager/rows';
import { countryName } from '@/components/common/CountryFlag';
import { formatDate } from '@/lib/i18n/index';
import type { Tier } from '@/lib/model';
import { gradeText, gradeTitle } from '@/lib/crm/explain';

const ROW_HEIGHT = 34;
/** Rows rendered above and below the viewport, so a fast scroll does not show blank space. */
const OVERSCAN = 10;

type ColumnKey = SortKey | 'email';

const COLUMNS: { key: ColumnKey; label: string; width: string; compactWidth?: string; isKey?: boolean }[] = [
  { key: 'tier', label: 'manager.col.tier', width: '56px', isKey: true },
  {
    key: 'company',
    label: 'manager.col.company',
    // Company names are what the rep reads down the list: the largest share of a wide screen goes to them.
    width: 'minmax(160px, 2.6fr)',
    compactWidth: 'minmax(120px, 2fr)',
    isKey: true,
  },
  {
    key: 'domain',
    label: 'manager.col.domain',
    width: 'minmax(120px, 1.4fr)',
    compactWidth: 'minmax(110px, 1.4fr)',
    isKey: true,
  },
  { key: 'buyerType', label: 'manager.col.buyerType', width: '110px', compactWidth: '96px', isKey: true },
  {
    key: 'country',
    label: 'manager.col.country',
    width: 'minmax(96px, 1fr)',
    compactWidth: '80px',
    isKey: true,
  },
  { key: 'status', label: 'manager.col.status', width: '108px' },
  { key: 'outreach', label: 'manager.col.outreach', width: '100px' },
  { key: 'region', label: 'manager.col.region', width: '100px' },
  // The minimums, with the 8 px gaps and the row padding, add up to about 1,345 px: every column fits a 1,366 px
  // laptop screen, and the wide ones (company, domain, country, e-mail) share what a larger screen has to spare.
  // The next contact is not a column (the table would overflow): the Follow-ups view lists it.
  { key: 'value', label: 'manager.col.value', width: '110px' },
  { key: 'updatedAt', label: 'manager.col.updatedAt', width: '104px' },
  { key: 'email', label: 'manager.col.email', width: 'minmax(120px, 1.1fr)' },
];

/**
 * The columns shown: all, or with the detail panel open only the key ones (tier, company, domain, buyer type,
 * country), so the panel never covers what the rep triages by, even at 1024 px.
 */
function columnsOf(isCompact: boolean) {
  const columns = isCompact ? COLUMNS.filter((c) => c.isKey) : COLUMNS;
  const grid = `32px ${columns.map((c) => (isCompact ? (c.compactWidth ?? c.width) : c.width)).join(' ')}`;
  return { columns, grid };
}

/** Pure key → action of the table, ignoring keys typed into fields (handled by the caller's target check). */
export function tableKeyAction(
  key: string,
):
  | { kind: 'move'; delta: number }
  | { kind: 'tier'; tier: Tier }
  | { kind: 'open' }
  | { kind: 'site' }
  | { kind: 'selectAll' }
  | null {
  const tierKeys: Record<string, Tier> = {
    a: 'A',
    b: 'B',
    c: 'C',
    d: 'D',
    '1': 'A',
    '2': 'B',
    '3': 'C',
    '4': 'D',
  };
  if (key === 'ArrowDown' || key === 'j') return { kind: 'move', delta: 1 };
  if (key === 'ArrowUp' || key === 'k') return { kind: 'move', delta: -1 };
  if (key === 'PageDown') return { kind: 'move', delta: 20 };
  if (key === 'PageUp') return { kind: 'move', delta: -20 };
  if (key === 'Enter') return { kind: 'open' };
  if (key.toLowerCase() === 'o') return { kind: 'site' };
  const tier = tierKeys[key.toLowerCase()];
  return tier ? { kind: 'tier', tier } : null;
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface ProspectTableProps {
  /** How many rows the list has. */
  count: number;
  /**
   * The row at a position. The table reads only the rows in view, so the list itself is never a prop: React's
   * development build diffs changed props of every re-rendered component and enumerates every index of an array
   * prop to do so, which at 100,000 rows cost more than the render itself.
   */
  rowAt: (index: number) => ManagerRow | undefined;
  sort: Sort;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  cursor: number;
  onCursor: (index: number) => void;
  /** Click with modifiers: plain = only this row, ctrl/meta = toggle, shift = range from the last anchor. */
  onRowClick: (index: number, mode: 'only' | 'toggle' | 'range') => void;
  onToggleAll: () => void;
  onOpen: (row: ManagerRow) => void;
  onTier: (tier: Tier) => void;
  onOpenSite: (row: ManagerRow) => void;
  /** The detail panel is open beside the table: only the key columns show. */
  isCompact?: boolean;
  /** The UI language, for country names and dates. */
  lang: string;
  t: Translate;
}

/** Callbacks of a row, read through a ref so a row re-renders only when what it shows changes. */
type RowHandlers = Pick<ProspectTableProps, 'onRowClick' | 'onOpen'>;

interface RowProps {
  row: ManagerRow;
  index: number;
  isSelected: boolean;
  isCursor: boolean;
  handlers: { current: RowHandlers };
  columns: ReturnType<typeof columnsOf>;
  lang: string;
  t: Translate;
}

/** One cell of a row. */
function Cell({
  column,
  row: p,
  lang,
  t,
}: {
  column: ColumnKey;
  row: ManagerRow;
  lang: string;
  t: Translate;
}) {
  switch (column) {
    case 'tier': {
      const tier = p.effectiveTier;
      const isRepTier = p.tier !== null;
      return (
        <span>
          <span
            className={`tier tier-${tier}${isRepTier ? '' : ' suggested'}`}
            title={isRepTier ? '' : t('manager.suggested')}
          >
            {tier === 'none' ? '–' : tier}
          </span>
        </span>
      );
    }
    case 'company':
      return (
        <span className="strong" title={p.name}>
          {p.name || '—'}
        </span>
      );
    case 'domain':
      return (
        <span className="muted" title={p.domain}>
          {p.domain}
        </span>
      );
    case 'buyerType':
      return <span>{t(`buyer.${shownBuyerType(p)}`)}</span>;
    case 'country': {
      // The same country name the popup shows (德国, Germany), not the bare code.
      const name = countryName(p.country, lang === 'zh' ? 'zh-CN' : 'en');
      return <span title={p.country}>{name}</span>;
    }
    case 'status':
      return <span>{t(`status.${p.status}`)}</span>;
    case 'outreach':
      return <span>{t(`outreach.${p.outreach}`)}</span>;
    case 'region':
      return (
        <span className="muted" title={p.region}>
          {p.region}
        </span>
      );
    case 'updatedAt':
      return (
        <span className="muted" title={p.updatedAt}>
          {formatDate(lang === 'zh' ? 'zh' : 'en', p.updatedAt)}
        </span>
      );
    case 'firstSeen':
      return <span className="muted">{formatDate(lang === 'zh' ? 'zh' : 'en', p.firstSeen)}</span>;
    case 'value': {
      const l = lang === 'zh' ? 'zh' : 'en';
      return (
        <span title={gradeTitle(l, p.crm)} data-testid="value-cell">
          {p.crm?.grade ? (
            <span className={`grade grade-${p.crm.grade}${p.crm.isJudged ? ' judged' : ''}`}>
              {gradeText(l, p.crm)}
            </span>
          ) : (
            <span className="muted">—</span>
          )}
        </span>
      );
    }
    case 'loyalty':
      return <span>{p.crm?.loyalty ? t(`loyalty.${p.crm.loyalty}`) : ''}</span>;
    case 'nextContact': {
      const next = p.crm?.nextContact ?? '';
      const isDue = next !== '' && next <= new Date().toISOString();
      return (
        <span className={isDue ? 'due' : 'muted'} title={next}>
          {next ? formatDate(lang === 'zh' ? 'zh' : 'en', next) : ''}
        </span>
      );
    }
    case 'email':
      return (
        <span className="muted" title={p.emails[0] ?? ''}>
          {p.emails[0] ?? ''}
        </span>
      );
  }
}

/** One table row. Memoised: moving the cursor or selecting re-renders the two or three rows affected. */
const Row = memo(function Row({ row: p, index, isSelected, isCursor, handlers, columns, lang, t }: RowProps) {
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the list body.
    // biome-ignore lint/a11y/useFocusableInteractive: the list body holds the focus and moves the cursor.
    <div
      role="option"
      aria-selected={isSelected}
      data-domain={p.domain}
      className={`row${isSelected ? ' selected' : ''}${isCursor ? ' cursor' : ''}`}
      style={{
        gridTemplateColumns: columns.grid,
        transform: `translateY(${index * ROW_HEIGHT}px)`,
        height: ROW_HEIGHT,
      }}
      onClick={(e) =>
        handlers.current.onRowClick(index, e.shiftKey ? 'range' : e.ctrlKey || e.metaKey ? 'toggle' : 'only')
      }
      onDoubleClick={() => handlers.current.onOpen(p)}
    >
      <span>
        <input
          type="checkbox"
          aria-label={p.domain}
          checked={isSelected}
          onClick={(e) => e.stopPropagation()}
          onChange={(e) =>
            handlers.current.onRowClick(
              index,
              (e.nativeEvent as unknown as { shiftKey: boolean }).shiftKey ? 'range' : 'toggle',
            )
          }
        />
      </span>
      {columns.columns.map((c) => (
        <Cell key={c.key} column={c.key} row={p} lang={lang} t={t} />
      ))}
    </div>
  );
});

/**
 * The virtualised prospect table: rows have one fixed height, so the visible window is computed from the scroll
 * position alone (no per-row measurement, nothing proportional to the row count), and only those rows are in the
 * DOM. 100,000 rows scroll smoothly and a filter change re-renders a few dozen rows.
 */
export function ProspectTable(props: ProspectTableProps) {
  const { count, rowAt, sort, selected, cursor, t, lang } = props;
  const columns = columnsOf(props.isCompact ?? false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const handlers = useRef<RowHandlers>(props);
  handlers.current = props;
  const [viewport, setViewport] = useState({ top: 0, height: 800 });

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => setViewport({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const scrollToIndex = (index: number) => {
    const el = scrollRef.current;
    if (!el) return;
    const y = index * ROW_HEIGHT;
    if (y < el.scrollTop) el.scrollTop = y;
    else if (y + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = y + ROW_HEIGHT - el.clientHeight;
  };

  // Keeps the cursor row in view when it moves for any reason (keys, or its row re-sorted after an edit).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a cursor move should scroll, not a resize.
  useLayoutEffect(() => scrollToIndex(cursor), [cursor]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const action = tableKeyAction(e.key);
    if (!action) return;
    e.preventDefault();
    const current = rowAt(cursor);
    if (action.kind === 'move') {
      const next = Math.max(0, Math.min(count - 1, cursor + action.delta));
      props.onCursor(next);
    } else if (action.kind === 'tier') props.onTier(action.tier);
    else if (action.kind === 'open' && current) props.onOpen(current);
    else if (action.kind === 'site' && current) props.onOpenSite(current);
  };

  const allSelected = count > 0 && selected.size >= count;
  // The scroll position may still hold a longer list's offset for one frame after a filter shrinks the list.
  const maxTop = Math.max(0, count * ROW_HEIGHT - viewport.height);
  const top = Math.min(viewport.top, maxTop);
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(count, Math.ceil((top + viewport.height) / ROW_HEIGHT) + OVERSCAN);
  const windowRows: ReactElement[] = [];
  for (let index = first; index < end; index++) {
    const row = rowAt(index);
    if (!row) break;
    windowRows.push(
      <Row
        key={row.domain}
        row={row}
        index={index}
        isSelected={selected.has(row.domain)}
        isCursor={index === cursor}
        handlers={handlers}
        columns={columns}
        lang={lang}
        t={t}
      />,
    );
  }

  return (
    <div className="table" data-testid="prospect-table">
      <div className="table-head" style={{ gridTemplateColumns: columns.grid }}>
        <span>
          <input
            type="checkbox"
            aria-label={t('manager.selectAll')}
            checked={allSelected}
            onChange={props.onToggleAll}
          />
        </span>
        {columns.columns.map((c) =>
          c.key === 'email' ? (
            <span key={c.key} data-column={c.key}>
              {t(c.label)}
            </span>
          ) : (
            <button
              type="button"
              key={c.key}
              className={sort.key === c.key ? 'sorted' : ''}
              aria-pressed={sort.key === c.key}
              data-column={c.key}
              onClick={() => props.onSort(c.key as SortKey)}
            >
              {t(c.label)}
              {sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
            </button>
          ),
        )}
      </div>
      {/* A virtualised list of absolutely placed rows; the body holds the focus and takes the keys. */}
      <div
        role="listbox"
        aria-multiselectable
        aria-label={t('manager.title')}
        className="table-body"
        ref={scrollRef}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={(e) => {
          const el = e.currentTarget;
          setViewport({ top: el.scrollTop, height: el.clientHeight });
        }}
        data-testid="table-body"
      >
        <div style={{ height: count * ROW_HEIGHT, position: 'relative' }}>{windowRows}</div>
      </div>
    </div>
  );
}
