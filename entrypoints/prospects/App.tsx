import { browser } from '#imports';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { BulkBar } from '@/components/manager/BulkBar';
import { DetailPanel } from '@/components/manager/DetailPanel';
import { EmptyState } from '@/components/manager/EmptyState';
import { FilterBar } from '@/components/manager/FilterBar';
import { ImportDialog } from '@/components/manager/ImportDialog';
import { ProspectTable } from '@/components/manager/ProspectTable';
import { StatsDashboard } from '@/components/stats/StatsDashboard';
import { db, type ProspectRow } from '@/lib/db/db';
import {
  bulkUpdate,
  deleteProspects,
  type ProspectPatch,
  putProspects,
  toStoreError,
  updateProspect,
} from '@/lib/db/prospects';
import { MAIL_MERGE_COLUMNS, mailMergeRows, PROSPECT_COLUMNS } from '@/lib/export/columns';
import { toCsv } from '@/lib/export/csv';
import { datedFilename, downloadText } from '@/lib/export/download';
import '@/lib/i18n/strings/manager';
import { useT } from '@/lib/i18n/react';
import { type ColumnMapping, guessMapping, headerSignature } from '@/lib/import/mapping';
import { decodeCsvBytes, parseCsv } from '@/lib/import/read-csv';
import { rememberedMapping, rememberMapping } from '@/lib/import/remembered';
import { importRows, type RejectedRow } from '@/lib/import/rows';
import {
  distinctValues,
  EMPTY_FILTER,
  filterProspects,
  type IndexedProspect,
  indexProspects,
  refines,
  type ProspectFilter,
  type Sort,
  type SortKey,
  sortProspects,
} from '@/lib/manager/filter';
import { computeStats } from '@/lib/manager/stats';
import type { Tier } from '@/lib/model';

interface PendingImport {
  fileName: string;
  headers: string[];
  rows: string[][];
  mapping: ColumnMapping;
  report: { imported: number; rejected: RejectedRow[] } | null;
  busy: boolean;
}

export function App() {
  const t = useT();
  const [sort, setSort] = useState<Sort>({ key: 'updatedAt', dir: 'desc' });
  // First paint: the 60 newest rows from the updatedAt index (fast even at 100k), then the whole table.
  const firstPage = useLiveQuery(() => db.prospects.orderBy('updatedAt').reverse().limit(60).toArray(), []);
  // While an import writes batch after batch, the full-table query is paused: re-reading 100k rows after every
  // batch would multiply the import time. It re-runs once when the import ends.
  const [paused, setPaused] = useState(false);
  const lastAll = useRef<ProspectRow[] | undefined>(undefined);
  const all = useLiveQuery(async () => (paused ? lastAll.current : await db.prospects.toArray()), [paused]);
  if (all) lastAll.current = all;
  // Rows are used as they come (the extra `effectiveTier` field is harmless): copying 100k objects would double memory.
  const indexed = useMemo(() => indexProspects(all ?? []), [all]);
  // Sorted once per data or sort change; filtering keeps this order, so a filter change is one linear pass.
  const sorted = useMemo(() => sortProspects(indexed, sort), [indexed, sort]);
  const [filter, setFilter] = useState<ProspectFilter>(EMPTY_FILTER);
  const deferredFilter = useDeferredValue(filter);
  const [view, setView] = useState<'table' | 'stats'>(() => (location.hash === '#stats' ? 'stats' : 'table'));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [cursor, setCursor] = useState(0);
  const anchor = useRef(0);
  const [openDomain, setOpenDomain] = useState<string | null>(null);
  const [toast, setToast] = useState<{ text: string; undo?: () => void } | null>(null);
  const [delimiter, setDelimiter] = useState<',' | ';'>(',');
  const [pending, setPending] = useState<PendingImport | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const lastFilter = useRef<{
    source: IndexedProspect[];
    filter: ProspectFilter;
    result: IndexedProspect[];
  } | null>(null);
  const visible = useMemo(() => {
    if (!all) return indexProspects(firstPage ?? []);
    // Typing on refines the search: text that extends the previous text can only match a subset of the previous
    // rows, so only those are searched again (one keystroke then scans hundreds of rows, not 100,000).
    const last = lastFilter.current;
    const base =
      last && last.source === sorted && refines(last.filter, deferredFilter) ? last.result : sorted;
    const result = filterProspects(base, deferredFilter);
    lastFilter.current = { source: sorted, filter: deferredFilter, result };
    return result;
  }, [all, firstPage, sorted, deferredFilter]);
  const options = useMemo(
    () => ({
      countries: distinctValues(indexed, (p) => p.company.country),
      regions: distinctValues(indexed, (p) => p.region),
      searchPlans: distinctValues(indexed, (p) => p.searchPlan),
      tags: distinctValues(indexed, (p) => p.tags),
    }),
    [indexed],
  );
  const stats = useMemo(
    () =>
      view === 'stats'
        ? computeStats(
            visible.map((i) => i.prospect),
            new Date().toISOString().slice(0, 10),
          )
        : null,
    [view, visible],
  );
  const opened = useMemo(
    () => (openDomain ? indexed.find((i) => i.prospect.domain === openDomain)?.prospect : undefined),
    [openDomain, indexed],
  );

  useEffect(() => {
    if (location.hash === '#import') fileInput.current?.click();
  }, []);

  const fail = useCallback(
    (e: unknown) => setToast({ text: t(`manager.error.${toStoreError(e).kind}`) }),
    [t],
  );

  // The rows an action applies to: the selection, else the row under the cursor.
  const targets = (): string[] => {
    if (selected.size > 0) return [...selected];
    const current = visible[cursor]?.prospect.domain;
    return current ? [current] : [];
  };
  const patch = (p: ProspectPatch) => {
    const domains = targets();
    bulkUpdate(db, domains, p).then((n) => setToast({ text: t('manager.updated', { n }) }), fail);
  };
  const addTag = (tag: string) => {
    const domains = new Set(targets());
    const rows = visible.filter((i) => domains.has(i.prospect.domain)).map((i) => i.prospect);
    Promise.all(rows.map((p) => updateProspect(db, p.domain, { tags: [...new Set([...p.tags, tag])] }))).then(
      () => setToast({ text: t('manager.updated', { n: rows.length }) }),
      fail,
    );
  };
  const remove = () => {
    const domains = targets();
    deleteProspects(db, domains).then((rows) => {
      setSelected(new Set());
      setToast({
        text: t('manager.deleted', { n: rows.length }),
        undo: () =>
          putProspects(db, rows, { merge: false }).then(
            () => setToast({ text: t('manager.restored', { n: rows.length }) }),
            fail,
          ),
      });
    }, fail);
  };
  const onRowClick = (index: number, mode: 'only' | 'toggle' | 'range') => {
    const domain = visible[index]?.prospect.domain;
    if (!domain) return;
    setCursor(index);
    if (mode === 'range') {
      const [from, to] = [Math.min(anchor.current, index), Math.max(anchor.current, index)];
      setSelected(new Set(visible.slice(from, to + 1).map((i) => i.prospect.domain)));
      return;
    }
    anchor.current = index;
    if (mode === 'toggle') {
      const next = new Set(selected);
      if (next.has(domain)) next.delete(domain);
      else next.add(domain);
      setSelected(next);
    } else setSelected(new Set([domain]));
  };
  // Moving with the keys carries a single selection along (as file managers do); a larger selection stays.
  const moveCursor = (index: number) => {
    setCursor(index);
    const domain = visible[index]?.prospect.domain;
    if (domain && selected.size <= 1) setSelected(new Set([domain]));
  };
  const toggleAll = () =>
    setSelected(
      selected.size >= visible.length && visible.length > 0
        ? new Set()
        : new Set(visible.map((i) => i.prospect.domain)),
    );
  const onSort = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: key === 'updatedAt' || key === 'firstSeen' ? 'desc' : 'asc' },
    );

  const exportCsv = (scope: 'filter' | 'all' | 'mail') => {
    const rows = (scope === 'all' ? indexed : visible).map((i) => i.prospect);
    const text =
      scope === 'mail'
        ? toCsv(mailMergeRows(rows), MAIL_MERGE_COLUMNS, { delimiter })
        : toCsv(rows, PROSPECT_COLUMNS, { delimiter });
    downloadText(
      text,
      datedFilename(scope === 'mail' ? 'mail-merge' : 'prospects', 'csv'),
      'text/csv;charset=utf-8',
    );
  };

  const pickFile = async (file: File) => {
    const { text } = decodeCsvBytes(await file.arrayBuffer());
    const table = parseCsv(text);
    const signature = headerSignature(table.headers);
    const mapping = (await rememberedMapping(signature)) ?? guessMapping(table.headers);
    setPending({
      fileName: file.name,
      headers: table.headers,
      rows: table.rows,
      mapping,
      report: null,
      busy: false,
    });
  };
  const runImport = async (mapping: ColumnMapping) => {
    if (!pending) return;
    setPending({ ...pending, busy: true });
    try {
      await rememberMapping(headerSignature(pending.headers), mapping);
      const result = importRows(pending.rows, mapping, new Date().toISOString());
      setPaused(true);
      const imported = await putProspects(db, result.prospects, { merge: true, batchSize: 5000 }).finally(
        () => setPaused(false),
      );
      setPending({ ...pending, mapping, busy: false, report: { imported, rejected: result.rejected } });
    } catch (e) {
      setPending({ ...pending, busy: false });
      fail(e);
    }
  };

  const isEmpty = all !== undefined && all.length === 0 && firstPage !== undefined && firstPage.length === 0;

  return (
    <div className="page">
      <header className="topbar">
        <h1>
          TierScout <span className="muted">· {t('manager.title')}</span>
        </h1>
        <nav className="tabs">
          <button
            type="button"
            className={view === 'table' ? 'active' : ''}
            onClick={() => setView('table')}
            data-testid="tab-table"
          >
            {t('manager.tab.table')}
          </button>
          <button
            type="button"
            className={view === 'stats' ? 'active' : ''}
            onClick={() => setView('stats')}
            data-testid="tab-stats"
          >
            {t('manager.tab.stats')}
          </button>
        </nav>
        <span className="count" data-testid="count">
          {all
            ? t('manager.count', {
                shown: visible.length.toLocaleString(),
                total: indexed.length.toLocaleString(),
              })
            : t('manager.loading')}
        </span>
        <div className="toolbar">
          <select
            aria-label={t('manager.export.delimiter')}
            value={delimiter}
            onChange={(e) => setDelimiter(e.target.value as ',' | ';')}
            data-testid="delimiter"
          >
            <option value=",">{t('manager.export.comma')}</option>
            <option value=";">{t('manager.export.semicolon')}</option>
          </select>
          <button type="button" onClick={() => exportCsv('filter')} data-testid="export-filter">
            {t('manager.export.filter')}
          </button>
          <button type="button" onClick={() => exportCsv('all')} data-testid="export-all">
            {t('manager.export.all')}
          </button>
          <button type="button" onClick={() => exportCsv('mail')} data-testid="export-mail">
            {t('manager.export.mail')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()} data-testid="import">
            {t('manager.import')}
          </button>
          <a href="/options.html">{t('manager.options')}</a>
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.txt,text/csv"
            hidden
            data-testid="import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) pickFile(file).catch(fail);
              e.target.value = '';
            }}
          />
        </div>
      </header>
      {isEmpty ? (
        <EmptyState t={t} onImport={() => fileInput.current?.click()} />
      ) : (
        <>
          <FilterBar filter={filter} options={options} onChange={setFilter} t={t} />
          {selected.size > 0 ? (
            <BulkBar
              count={selected.size}
              onPatch={patch}
              onAddTag={addTag}
              onDelete={remove}
              onClear={() => setSelected(new Set())}
              t={t}
            />
          ) : (
            <p className="hint muted">{t('manager.keys')}</p>
          )}
          <div className="content">
            {view === 'stats' && stats ? (
              <StatsDashboard stats={stats} t={t} />
            ) : (
              <ProspectTable
                items={visible}
                sort={sort}
                onSort={onSort}
                selected={selected}
                cursor={cursor}
                onCursor={moveCursor}
                onRowClick={onRowClick}
                onToggleAll={toggleAll}
                onOpen={(p) => setOpenDomain(p.domain)}
                onTier={(tier: Tier) => patch({ tier })}
                onOpenSite={(p) => browser.tabs.create({ url: p.url || `https://${p.domain}/` })}
                t={t}
              />
            )}
            {opened ? (
              <DetailPanel
                prospect={opened}
                t={t}
                onClose={() => setOpenDomain(null)}
                onSave={(p) =>
                  updateProspect(db, opened.domain, p).then(
                    () => setToast({ text: t('manager.saved') }),
                    fail,
                  )
                }
              />
            ) : null}
          </div>
        </>
      )}
      {toast ? (
        <div className="toast" role="status" data-testid="toast">
          {toast.text}
          {toast.undo ? (
            <button
              type="button"
              onClick={() => {
                toast.undo?.();
                setToast(null);
              }}
              data-testid="undo"
            >
              {t('manager.undo')}
            </button>
          ) : null}
          <button type="button" className="link" onClick={() => setToast(null)} aria-label="×">
            ×
          </button>
        </div>
      ) : null}
      {pending ? (
        <ImportDialog
          fileName={pending.fileName}
          headers={pending.headers}
          sample={pending.rows[0] ?? []}
          rowCount={pending.rows.length}
          initial={pending.mapping}
          busy={pending.busy}
          report={pending.report}
          onImport={runImport}
          onClose={() => setPending(null)}
          t={t}
        />
      ) : null}
    </div>
  );
}
