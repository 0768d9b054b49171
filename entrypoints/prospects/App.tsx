import { browser } from '#imports';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { BulkBar } from '@/components/manager/BulkBar';
import { DetailPanel } from '@/components/manager/DetailPanel';
import { DuplicateNotice } from '@/components/manager/DuplicateNotice';
import { ReadingNote } from '@/components/manager/ReadingNote';
import { RegradeStatusLine } from '@/components/common/RegradeStatusLine';
import { SheetProgress } from '@/components/manager/SheetProgress';
import { DuplicatesView } from '@/components/manager/DuplicatesView';
import { EmptyState } from '@/components/manager/EmptyState';
import { FilterBar } from '@/components/manager/FilterBar';
import { ImportDialog } from '@/components/manager/ImportDialog';
import { ProspectTable } from '@/components/manager/ProspectTable';
import { CrmSection } from '@/components/manager/CrmSection';
import { FollowUpsView } from '@/components/manager/FollowUpsView';
import { ReviewView } from '@/components/manager/ReviewView';
import { dueCount, followUpLists } from '@/lib/crm/follow-ups';
import { type HeldCustomer, needsRegrade, regradeCustomers } from '@/lib/crm/regrade';
import { askReminderPermission, scheduleReminder } from '@/lib/crm/reminders';
import { monthlyReview, monthOf, type ReviewEntry, reviewCandidates, reviewColumns } from '@/lib/crm/review';
import type { Crm } from '@/lib/crm/schema';
import { readValueSettings } from '@/lib/crm/settings';
import { toCsv } from '@/lib/export/csv';
import '@/lib/i18n/strings/crm';
import { StatsDashboard } from '@/components/stats/StatsDashboard';
import { db } from '@/lib/db/db';
import { useManagerRows, useProspect, useSavedDuplicates } from '@/lib/db/hooks';
import {
  bulkAddTag,
  bulkUpdate,
  deleteProspects,
  type LevelsPatch,
  type ProspectPatch,
  setLevels,
  toStoreError,
  undoDelete,
  updateProspect,
} from '@/lib/db/prospects';
import { keepBoth, mergeDuplicate } from '@/lib/db/duplicates';
import { MAIL_MERGE_COLUMNS, mailMergeRows } from '@/lib/export/columns';
import { csvChunks } from '@/lib/export/csv';
import { blobOfChunks, datedFilename, downloadBlob } from '@/lib/export/download';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/export/sheet-file';
import { useSheetExport } from '@/lib/export/use-sheet-export';
import '@/lib/i18n/strings/data-safety';
import '@/lib/i18n/strings/manager';
import '@/lib/i18n/strings/sheets';
import '@/lib/i18n/strings/shortcuts';
import { useLang, useT } from '@/lib/i18n/react';
import { useSheetImport } from '@/lib/import/use-sheet-import';
import {
  distinctValues,
  EMPTY_FILTER,
  filterRows,
  patchInPlace,
  type ProspectFilter,
  refines,
  type Sort,
  type SortKey,
  sortRows,
} from '@/lib/manager/filter';
import type { ManagerRow } from '@/lib/manager/rows';
import { computeStats } from '@/lib/manager/stats';
import type { Tier } from '@/lib/model';
import { type DuplicatePair, findDuplicates } from '@/lib/prospect/duplicates';
import { siteUrlOf } from '@/lib/prospect/url';

/** How long a manager toast shows, and one that offers Undo. */
const TOAST_MS = 4000;
const TOAST_UNDO_MS = 8000;

export function App() {
  const t = useT();
  // The tab's title in the UI language, with the glossary's name of the page.
  useEffect(() => {
    document.title = `TierScout – ${t('manager.title')}`;
  }, [t]);
  const lang = useLang();
  const [sort, setSort] = useState<Sort>({ key: 'updatedAt', dir: 'desc' });
  // Compact rows of every prospect, patched in place after each write (see lib/manager/live-rows.ts).
  const live = useManagerRows();
  // Sorted once per load, sort change or "sort again"; a write patches its rows in place, so a tier key does not
  // move the row the rep just tiered (lib/manager/filter.ts patchInPlace) until they sort again.
  const [resort, setResort] = useState(0);
  const lastSorted = useRef<{
    version: number;
    sort: Sort;
    resort: number;
    rows: ManagerRow[];
    isStale: boolean;
  } | null>(null);
  const { rows: sorted, isStale } = useMemo(() => {
    const last = lastSorted.current;
    // React may run a memo twice for one change (StrictMode in development); the second run reuses the first.
    if (last && last.sort === sort && last.resort === resort && last.version === live.version) return last;
    const next =
      last && last.sort === sort && last.resort === resort && live.delta && last.version === live.version - 1
        ? (() => {
            const patched = patchInPlace(last.rows, live.delta.upserted, live.delta.touched, sort);
            return { rows: patched.rows, isStale: last.isStale || patched.isStale };
          })()
        : { rows: sortRows(live.rows, sort), isStale: false };
    lastSorted.current = { version: live.version, sort, resort, ...next };
    return lastSorted.current;
  }, [live, sort, resort]);
  const [filter, setFilter] = useState<ProspectFilter>(EMPTY_FILTER);
  const deferredFilter = useDeferredValue(filter);
  const [view, setView] = useState<'table' | 'stats' | 'duplicates' | 'followups' | 'review'>(() => {
    const hash = location.hash.slice(1);
    return hash === 'stats' || hash === 'duplicates' || hash === 'followups' || hash === 'review'
      ? hash
      : 'table';
  });
  const [reviewMonth, setReviewMonth] = useState(() => monthOf(new Date()));
  const [reviewEntries, setReviewEntries] = useState<ReviewEntry[] | undefined>(undefined);
  const [crmNotice, setCrmNotice] = useState<string | undefined>(undefined);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // The cursor follows its row, not its position: a new row or "sort again" moves rows, and the next key must
  // still act on the row the rep is looking at. When the row leaves the list, the position is kept instead.
  const [cursorAt, setCursorAt] = useState<{ domain: string | null; index: number }>({
    domain: null,
    index: 0,
  });
  const anchor = useRef(0);
  const [openDomain, setOpenDomain] = useState<string | null>(null);
  // A toast keeps its message, not the text: it reads in the language of the moment (the rep may switch it in
  // Options while the toast shows).
  const [toast, setToast] = useState<{
    key: string;
    params?: Record<string, string | number>;
    undo?: () => void;
  } | null>(null);
  const [delimiter, setDelimiter] = useState<',' | ';'>(',');
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const fileInput = useRef<HTMLInputElement>(null);

  const lastFilter = useRef<{
    source: readonly ManagerRow[];
    filter: ProspectFilter;
    result: readonly ManagerRow[];
  } | null>(null);
  const visible = useMemo(() => {
    // Typing on refines the search: text that extends the previous text can only match a subset of the previous
    // rows, so only those are searched again (one keystroke then scans hundreds of rows, not 100,000).
    const last = lastFilter.current;
    if (last && last.source === sorted && last.filter === deferredFilter) return last.result;
    const base =
      last && last.source === sorted && refines(last.filter, deferredFilter) ? last.result : sorted;
    const result = filterRows(base, deferredFilter);
    lastFilter.current = { source: sorted, filter: deferredFilter, result };
    return result;
  }, [sorted, deferredFilter]);
  const options = useMemo(
    () => ({
      countries: distinctValues(live.rows, (p) => p.country),
      regions: distinctValues(live.rows, (p) => p.region),
      searchPlans: distinctValues(live.rows, (p) => p.searchPlan),
      tags: distinctValues(live.rows, (p) => p.tags),
    }),
    [live.rows],
  );
  const cursor = useMemo(() => {
    if (cursorAt.domain !== null) {
      for (let i = 0; i < visible.length; i++) if (visible[i]!.domain === cursorAt.domain) return i;
    }
    return Math.max(0, Math.min(cursorAt.index, visible.length - 1));
  }, [visible, cursorAt]);
  const setCursor = (index: number) => setCursorAt({ domain: visible[index]?.domain ?? null, index });
  const rowAt = useCallback((index: number) => visible[index], [visible]);
  const stats = useMemo(
    () => (view === 'stats' ? computeStats(visible, new Date().toISOString().slice(0, 10)) : null),
    [view, visible],
  );
  // The detail panel shows the full prospect (contacts with evidence, history), read from the store by domain.
  const opened = useProspect(openDomain ?? undefined);
  // Checked on every save of the opened prospect (the live query re-runs after each write).
  const openedDuplicates = useSavedDuplicates(opened);

  useEffect(() => {
    if (location.hash === '#import') fileInput.current?.click();
  }, []);

  // Toasts go away by themselves; one with Undo stays long enough to reach for it, and none goes while the
  // pointer or the focus is on it (the rep is reading it or reaching for Undo: WCAG 2.2.1, timing adjustable).
  const [isToastHeld, setToastHeld] = useState(false);
  useEffect(() => {
    if (!toast || isToastHeld) return;
    const timer = setTimeout(() => setToast(null), toast.undo ? TOAST_UNDO_MS : TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, isToastHeld]);
  useEffect(() => {
    if (!toast) setToastHeld(false);
  }, [toast]);

  const fail = useCallback((e: unknown) => setToast({ key: `manager.error.${toStoreError(e).kind}` }), []);

  // The rows an action applies to: the selection, else the row under the cursor.
  const targets = (): string[] => {
    if (selected.size > 0) return [...selected];
    const current = visible[cursor]?.domain;
    return current ? [current] : [];
  };
  const patch = (p: ProspectPatch) => {
    const domains = targets();
    bulkUpdate(db, domains, p).then((n) => {
      live.refresh(domains);
      setToast({ key: 'manager.updated', params: { n } });
    }, fail);
  };
  // Relationship and loyalty: one transaction, each row's other customer-file fields kept.
  const levels = (l: LevelsPatch) => {
    const domains = targets();
    setLevels(db, domains, l).then((n) => {
      live.refresh(domains);
      setToast({ key: 'manager.updated', params: { n } });
    }, fail);
  };
  // One transaction for all rows: a failure tags none of them, and the toast counts what really changed.
  const addTag = (tag: string) => {
    const domains = targets();
    bulkAddTag(db, domains, tag).then((n) => {
      live.refresh(domains);
      setToast({ key: 'manager.tags', params: { n } });
    }, fail);
  };
  const remove = () => {
    const domains = targets();
    deleteProspects(db, domains).then((deleted) => {
      const { rows } = deleted;
      setSelected(new Set());
      setToast({
        key: 'manager.deleted',
        params: { n: rows.length },
        undo: () =>
          undoDelete(db, deleted).then(() => {
            live.refresh(rows.map((p) => p.domain));
            setToast({ key: 'manager.restored', params: { n: rows.length } });
          }, fail),
      });
    }, fail);
  };
  const onRowClick = (index: number, mode: 'only' | 'toggle' | 'range') => {
    const domain = visible[index]?.domain;
    if (!domain) return;
    setCursor(index);
    if (mode === 'range') {
      const [from, to] = [Math.min(anchor.current, index), Math.max(anchor.current, index)];
      setSelected(new Set(visible.slice(from, to + 1).map((row) => row.domain)));
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
    const domain = visible[index]?.domain;
    if (domain && selected.size <= 1) setSelected(new Set([domain]));
  };
  const toggleAll = () =>
    setSelected(
      selected.size >= visible.length && visible.length > 0
        ? new Set()
        : new Set(visible.map((row) => row.domain)),
    );
  const onSort = (key: SortKey) => {
    // A click on the current sort header while rows are out of order sorts them again, keeping the direction.
    if (key === sort.key && isStale) {
      setResort((n) => n + 1);
      return;
    }
    setSort((s) =>
      s.key === key
        ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' }
        : { key, dir: key === 'updatedAt' || key === 'firstSeen' ? 'desc' : 'asc' },
    );
  };

  // .xlsx and CSV are written in the sheet worker (progress, Stop); the mail-merge CSV is small and written here.
  const sheetExport = useSheetExport(fail);
  const exportRows = (scope: 'filter' | 'all' | 'mail') => {
    const rows = scope === 'all' ? sorted : visible;
    if (scope === 'mail') {
      const blob = blobOfChunks(
        csvChunks(mailMergeRows(rows), MAIL_MERGE_COLUMNS, { delimiter }),
        'text/csv;charset=utf-8',
      );
      downloadBlob(blob, datedFilename('mail-merge', 'csv'));
      return;
    }
    void sheetExport.run(rows, format, lang, delimiter);
  };

  const notify = useCallback(
    (key: string, params?: Record<string, string | number>) => setToast({ key, params }),
    [],
  );
  const sheet = useSheetImport({ live, fail, notify, t });

  // Esc closes the topmost thing: the detail panel, then the toast, then the selection.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || sheet.pending) return;
      if (openDomain) {
        setOpenDomain(null);
        // Back to the table, so ↓ and the tier keys work at once.
        document.querySelector<HTMLElement>('[data-testid="table-body"]')?.focus();
      } else if (toast) setToast(null);
      else if (selected.size > 1) setSelected(new Set());
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openDomain, toast, selected, sheet.pending]);
  // Names of the prospects in a duplicate list, indexed only while one is on screen (100,000 rows otherwise).
  const showsPairs = view === 'duplicates' || (sheet.pending?.report?.duplicates.length ?? 0) > 0;
  const byDomain = useMemo(
    () => (showsPairs ? new Map(live.rows.map((r) => [r.domain, r])) : new Map<string, ManagerRow>()),
    [showsPairs, live.rows],
  );
  const names = useCallback(
    (domain: string) => {
      const row = byDomain.get(domain);
      return row ? { name: row.name, firstSeen: row.firstSeen } : undefined;
    },
    [byDomain],
  );
  // Likely duplicates over the whole list: computed only while that view is open.
  const duplicates = useMemo(
    () => (view === 'duplicates' ? findDuplicates(live.rows) : []),
    [view, live.rows],
  );
  const settleDuplicate = (pair: DuplicatePair, how: 'merge' | 'keep') =>
    (how === 'merge'
      ? mergeDuplicate(db, pair.domain, pair.other)
      : keepBoth(db, pair.domain, pair.other)
    ).then(() => {
      live.refresh([pair.domain, pair.other]);
      setToast(
        how === 'merge'
          ? { key: 'dup.merged', params: { from: pair.domain, into: pair.other } }
          : { key: 'dup.kept' },
      );
    }, fail);

  // Follow-ups over the rows that have a next-contact date (a pointer check per row; 100,000 rows cost ~1 ms).
  const followUps = useMemo(() => followUpLists(live.rows, new Date()), [live.rows]);
  const due = dueCount(followUps, new Date());
  // Value grades are relative across current customers: whenever a customer's figures or the set of customers
  // changes (here, in the popup, by an import or a restore), the stored grades are recomputed (lib/crm/regrade.ts).
  // The check runs on the rows in memory, after the render (a tier key is never delayed by it), and only when a
  // write touched a customer; the store is read and written only when a grade is out of date.
  const customerDomains = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!live.complete) return;
    const delta = live.delta;
    const isRelevant =
      !delta ||
      delta.upserted.some((r) => r.status === 'customer') ||
      [...delta.touched].some((d) => customerDomains.current.has(d));
    if (!isRelevant) return;
    const held: HeldCustomer[] = [];
    const domains = new Set<string>();
    for (const r of live.rows) {
      if (r.status !== 'customer') continue;
      held.push({ domain: r.domain, figures: r.crm?.figures, valuation: r.crm?.valuation });
      domains.add(r.domain);
    }
    customerDomains.current = domains;
    // Not cancelled by a newer snapshot: that one may not touch a customer, and a regrade is idempotent.
    readValueSettings()
      .then((settings) => (needsRegrade(held, settings) ? regradeCustomers(db, settings) : []))
      .then((changed) => {
        if (changed.length > 0) live.refresh(changed);
      })
      .catch(fail);
  }, [live, fail]);
  // The monthly review reads the customers' history from the store (current and lost customers only).
  // biome-ignore lint/correctness/useExhaustiveDependencies: every write (a new version) may change the month's history.
  useEffect(() => {
    if (view !== 'review' || !live.complete) return;
    let isCurrent = true;
    reviewCandidates(db).then((ps) => {
      if (isCurrent) setReviewEntries(monthlyReview(ps, reviewMonth));
    }, fail);
    return () => {
      isCurrent = false;
    };
  }, [view, reviewMonth, live.version, live.complete, fail]);
  const downloadReview = () => {
    const csv = toCsv(reviewEntries ?? [], reviewColumns(lang), { delimiter });
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `tierscout-review-${reviewMonth}.csv`);
  };
  const openInTable = (domain: string) => {
    setView('table');
    setOpenDomain(domain);
  };
  const saveCrm = (crm: Crm, hasFollowUp: boolean) => {
    if (!opened) return Promise.resolve();
    const domain = opened.domain;
    // Asked in the click itself (Chrome needs the user gesture); answered at once when already allowed.
    const permission = hasFollowUp ? askReminderPermission() : Promise.resolve(true);
    if (hasFollowUp) setCrmNotice(t('crm.notify.asking'));
    return updateProspect(db, domain, { crm }).then(async () => {
      live.refresh([domain]);
      setToast({ key: 'crm.saved' });
      const isAllowed = await permission;
      setCrmNotice(isAllowed ? undefined : t('crm.notify.denied'));
      if (isAllowed) await scheduleReminder(db);
    }, fail);
  };

  const isEmpty = live.complete && live.rows.length === 0;

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
          <button
            type="button"
            className={view === 'duplicates' ? 'active' : ''}
            onClick={() => setView('duplicates')}
            data-testid="tab-duplicates"
          >
            {t('dup.title')}
          </button>
          <button
            type="button"
            className={view === 'followups' ? 'active' : ''}
            onClick={() => setView('followups')}
            data-testid="tab-followups"
          >
            {t('followups.tab')}
            {due > 0 ? (
              <span className="badge" data-testid="due-count">
                {due}
              </span>
            ) : null}
          </button>
          <button
            type="button"
            className={view === 'review' ? 'active' : ''}
            onClick={() => setView('review')}
            data-testid="tab-review"
          >
            {t('review.tab')}
          </button>
        </nav>
        <span className="count" data-testid="count">
          {live.complete
            ? t('manager.count', {
                shown: visible.length,
                total: live.rows.length,
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
          <select
            aria-label={t('export.format')}
            value={format}
            onChange={(e) => setFormat(e.target.value as ExportFormat)}
            data-testid="export-format"
          >
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(f === 'xlsx' ? 'export.xlsx' : f === 'csv' ? 'export.csv' : 'export.csvRaw')}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => exportRows('filter')} data-testid="export-filter">
            {t('manager.export.filter')}
          </button>
          <button type="button" onClick={() => exportRows('all')} data-testid="export-all">
            {t('manager.export.all')}
          </button>
          <button type="button" onClick={() => exportRows('mail')} data-testid="export-mail">
            {t('manager.export.mail')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()} data-testid="import">
            {t('manager.import')}
          </button>
          <a href="/inquiries.html" data-testid="open-inquiries">
            {t('manager.inquiries')}
          </a>
          <a href="/options.html">{t('manager.options')}</a>
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            hidden
            data-testid="import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) sheet.pickFile(file).catch(fail);
              e.target.value = '';
            }}
          />
        </div>
      </header>
      <RegradeStatusLine />
      {isEmpty ? (
        <EmptyState t={t} onImport={() => fileInput.current?.click()} />
      ) : (
        <>
          <FilterBar filter={filter} options={options} onChange={setFilter} t={t} />
          {selected.size > 0 ? (
            <BulkBar
              count={selected.size}
              onPatch={patch}
              onLevels={levels}
              onAddTag={addTag}
              onDelete={remove}
              onClear={() => setSelected(new Set())}
              t={t}
            />
          ) : (
            <p className="hint muted">{t('manager.keys')}</p>
          )}
          {isStale && view === 'table' ? (
            <p className="hint resort-line">
              {t('manager.resortHint')}
              <button
                type="button"
                className="link resort"
                onClick={() => setResort((n) => n + 1)}
                data-testid="resort"
              >
                {t('manager.resort')}
              </button>
            </p>
          ) : null}
          <div className="content">
            {view === 'stats' && stats ? (
              <StatsDashboard lang={lang} stats={stats} t={t} />
            ) : view === 'duplicates' ? (
              <DuplicatesView pairs={duplicates} names={names} onSettle={settleDuplicate} t={t} />
            ) : view === 'followups' ? (
              <FollowUpsView lists={followUps} lang={lang} onOpen={openInTable} t={t} />
            ) : view === 'review' ? (
              <ReviewView
                month={reviewMonth}
                onMonth={setReviewMonth}
                entries={reviewEntries}
                onCsv={downloadReview}
                onOpen={openInTable}
                lang={lang}
                t={t}
              />
            ) : (
              <ProspectTable
                count={visible.length}
                rowAt={rowAt}
                sort={sort}
                onSort={onSort}
                selected={selected}
                cursor={cursor}
                onCursor={moveCursor}
                onRowClick={onRowClick}
                onToggleAll={toggleAll}
                onOpen={(row) => setOpenDomain(row.domain)}
                onTier={(tier: Tier) => patch({ tier })}
                onOpenSite={(row) => {
                  // Only http(s) is ever opened: a data: or chrome: address from a file would be a page the
                  // extension itself opened (issue 17).
                  const url = siteUrlOf(row);
                  if (url) void browser.tabs.create({ url });
                }}
                isCompact={Boolean(opened)}
                lang={lang}
                t={t}
              />
            )}
            {opened && view === 'table' ? (
              <DetailPanel
                prospect={opened}
                t={t}
                onClose={() => setOpenDomain(null)}
                crm={<CrmSection prospect={opened} lang={lang} t={t} onSave={saveCrm} notice={crmNotice} />}
                notice={
                  <>
                    <DuplicateNotice
                      prospect={opened}
                      duplicates={openedDuplicates}
                      onSettle={(pair, how) =>
                        settleDuplicate(pair, how).then(() => how === 'merge' && setOpenDomain(pair.other))
                      }
                      t={t}
                    />
                    <ReadingNote domain={opened.domain} />
                  </>
                }
                onSave={(p) =>
                  updateProspect(db, opened.domain, p).then(() => setToast({ key: 'manager.saved' }), fail)
                }
              />
            ) : null}
          </div>
        </>
      )}
      {toast ? (
        <div
          className="toast"
          role="status"
          data-testid="toast"
          onMouseEnter={() => setToastHeld(true)}
          onMouseLeave={() => setToastHeld(false)}
          onFocus={() => setToastHeld(true)}
          onBlur={() => setToastHeld(false)}
        >
          {t(toast.key, toast.params)}
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
      {sheet.reading ? (
        <SheetProgress
          label={t('import.reading', { file: sheet.reading.fileName })}
          done={0}
          total={0}
          onStop={sheet.stopReading}
          t={t}
          testId="import-reading"
        />
      ) : null}
      {sheetExport.exporting ? (
        <SheetProgress
          label={t('export.progress', {
            file: t(
              sheetExport.exporting.format === 'xlsx'
                ? 'export.xlsx'
                : sheetExport.exporting.format === 'csv'
                  ? 'export.csv'
                  : 'export.csvRaw',
            ),
            done: sheetExport.exporting.done,
            total: sheetExport.exporting.total,
          })}
          done={sheetExport.exporting.done}
          total={sheetExport.exporting.total}
          onStop={sheetExport.stop}
          t={t}
          testId="export-progress"
        />
      ) : null}
      {sheet.pending ? (
        <ImportDialog
          key={`${sheet.pending.fileName}|${sheet.pending.sheet}|${sheet.pending.encoding}`}
          fileName={sheet.pending.fileName}
          sheets={sheet.pending.sheets}
          sheet={sheet.pending.sheet}
          onSheet={sheet.chooseSheet}
          headers={sheet.pending.headers}
          sample={sheet.pending.sample}
          preview={sheet.pending.preview}
          rowCount={sheet.pending.rowCount}
          encoding={sheet.pending.encoding}
          isEncodingSure={sheet.pending.isEncodingSure}
          onEncoding={sheet.chooseEncoding}
          initial={sheet.pending.mapping}
          busy={sheet.pending.busy}
          progress={sheet.pending.progress}
          phase={sheet.pending.phase}
          report={sheet.pending.report}
          failure={sheet.pending.failure}
          names={names}
          onImport={sheet.runImport}
          onStop={sheet.stop}
          onApplyFixes={sheet.applyFixes}
          onDownloadProblems={sheet.downloadProblems}
          onMerge={sheet.merge}
          onKeepBoth={sheet.keepBoth}
          onClose={sheet.close}
          t={t}
        />
      ) : null}
    </div>
  );
}
