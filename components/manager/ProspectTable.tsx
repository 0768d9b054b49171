import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type MouseEvent, useRef } from 'react';
import { type IndexedProspect, type Sort, type SortKey, buyerTypeOf, tierOf } from '@/lib/manager/filter';
import type { Prospect, Tier } from '@/lib/model';

const ROW_HEIGHT = 34;

const COLUMNS: { key: SortKey; label: string; width: string }[] = [
  { key: 'tier', label: 'manager.col.tier', width: '56px' },
  { key: 'company', label: 'manager.col.company', width: 'minmax(160px, 2fr)' },
  { key: 'domain', label: 'manager.col.domain', width: 'minmax(140px, 1.4fr)' },
  { key: 'buyerType', label: 'manager.col.buyerType', width: '110px' },
  { key: 'country', label: 'manager.col.country', width: '70px' },
  { key: 'status', label: 'manager.col.status', width: '100px' },
  { key: 'outreach', label: 'manager.col.outreach', width: '100px' },
  { key: 'region', label: 'manager.col.region', width: '110px' },
  { key: 'updatedAt', label: 'manager.col.updatedAt', width: '96px' },
];
const GRID = `32px ${COLUMNS.map((c) => c.width).join(' ')} minmax(140px, 1.4fr)`;

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

export interface ProspectTableProps {
  items: IndexedProspect[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  cursor: number;
  onCursor: (index: number) => void;
  /** Click with modifiers: plain = only this row, ctrl/meta = toggle, shift = range from the last anchor. */
  onRowClick: (index: number, mode: 'only' | 'toggle' | 'range') => void;
  onToggleAll: () => void;
  onOpen: (p: Prospect) => void;
  onTier: (tier: Tier) => void;
  onOpenSite: (p: Prospect) => void;
  t: (key: string, params?: Record<string, string | number>) => string;
}

/** The virtualised prospect table: only the visible rows are in the DOM, so 100,000 rows scroll smoothly. */
export function ProspectTable(props: ProspectTableProps) {
  const { items, sort, selected, cursor, t } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const action = tableKeyAction(e.key);
    if (!action) return;
    e.preventDefault();
    const current = items[cursor]?.prospect;
    if (action.kind === 'move') {
      const next = Math.max(0, Math.min(items.length - 1, cursor + action.delta));
      props.onCursor(next);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    } else if (action.kind === 'tier') props.onTier(action.tier);
    else if (action.kind === 'open' && current) props.onOpen(current);
    else if (action.kind === 'site' && current) props.onOpenSite(current);
  };

  const click = (index: number) => (e: MouseEvent) => {
    props.onRowClick(index, e.shiftKey ? 'range' : e.ctrlKey || e.metaKey ? 'toggle' : 'only');
  };
  const allSelected = items.length > 0 && selected.size >= items.length;

  return (
    <div className="table" data-testid="prospect-table">
      <div className="table-head" style={{ gridTemplateColumns: GRID }}>
        <span>
          <input
            type="checkbox"
            aria-label={t('manager.selectAll')}
            checked={allSelected}
            onChange={props.onToggleAll}
          />
        </span>
        {COLUMNS.map((c) => (
          <button
            type="button"
            key={c.key}
            className={sort.key === c.key ? 'sorted' : ''}
            aria-pressed={sort.key === c.key}
            onClick={() => props.onSort(c.key)}
          >
            {t(c.label)}
            {sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
          </button>
        ))}
        <span>{t('manager.col.email')}</span>
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
        data-testid="table-body"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const item = items[v.index];
            if (!item) return null;
            const p = item.prospect;
            const tier = tierOf(p);
            const isRepTier = p.tier !== null;
            return (
              // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the list body.
              // biome-ignore lint/a11y/useFocusableInteractive: the list body holds the focus and moves the cursor.
              <div
                key={p.domain}
                role="option"
                aria-selected={selected.has(p.domain)}
                data-domain={p.domain}
                className={`row${selected.has(p.domain) ? ' selected' : ''}${v.index === cursor ? ' cursor' : ''}`}
                style={{
                  gridTemplateColumns: GRID,
                  transform: `translateY(${v.start}px)`,
                  height: ROW_HEIGHT,
                }}
                onClick={click(v.index)}
                onDoubleClick={() => props.onOpen(p)}
              >
                <span>
                  <input
                    type="checkbox"
                    aria-label={p.domain}
                    checked={selected.has(p.domain)}
                    onClick={(e) => e.stopPropagation()}
                    onChange={(e) =>
                      props.onRowClick(
                        v.index,
                        (e.nativeEvent as unknown as { shiftKey: boolean }).shiftKey ? 'range' : 'toggle',
                      )
                    }
                  />
                </span>
                <span>
                  <span
                    className={`tier tier-${tier}${isRepTier ? '' : ' suggested'}`}
                    title={isRepTier ? '' : t('manager.suggested')}
                  >
                    {tier === 'none' ? '–' : tier}
                  </span>
                </span>
                <span className="strong" title={p.company.name}>
                  {p.company.name || '—'}
                </span>
                <span className="muted">{p.domain}</span>
                <span>{t(`buyer.${buyerTypeOf(p)}`)}</span>
                <span>{p.company.country}</span>
                <span>{t(`status.${p.status}`)}</span>
                <span>{t(`outreach.${p.outreach}`)}</span>
                <span className="muted">{p.region}</span>
                <span className="muted">{p.updatedAt.slice(0, 10)}</span>
                <span className="muted">{p.contacts.emails[0]?.value ?? ''}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
