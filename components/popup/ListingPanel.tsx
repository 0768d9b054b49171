import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { countryName, flagOf } from '@/components/common/CountryFlag';
import { KeyHint } from '@/components/common/KeyHint';
import { TierBadge } from '@/components/common/TierBadge';
import type { Lang } from '@/lib/i18n/index';
import type { AnalyzedListing, ListingEntry } from '@/lib/listing/analyze';
import type { EntryGrades } from '@/lib/listing/grade';
import {
  applySelect,
  countriesOf,
  filterEntries,
  firstContact,
  type GradeFilter,
  gradeOf,
  type ListingFilter,
  NO_FILTER,
} from '@/lib/listing/select';
import type { Tier } from '@/lib/model';
import { type ListingAction, listingActionForKey, listingKeyLabel } from '@/lib/shortcuts';

/** Rows drawn at first and per "show more". */
const ROWS_DRAWN = 100;
/** Entries graded per step after the first rows show (~10 ms a step on a 2-core machine), between which keys run. */
const GRADE_STEP = 60;

type T = (key: string, params?: Record<string, string | number>) => string;

/**
 * The companies a listing page shows: filter by country and grade, select with keys or the mouse, save the selection
 * with one key. Each row: name, country, first contact, the entry's grade (D or –) and an "already saved" mark.
 * Keyboard: see `LISTING_KEYS` in lib/shortcuts.ts.
 */
export function ListingPanel({
  t,
  lang,
  listing,
  grades,
  saved,
  status,
  onSave,
  onAsOneCompany,
  onNavigate,
}: {
  t: T;
  lang: Lang;
  listing: AnalyzedListing;
  /** Per entry key, graded on demand; null while the rep has no profile. */
  grades: EntryGrades | null;
  /** Keys already in the prospect list. */
  saved: Set<string>;
  status: { tone: 'ok' | 'error'; text: string } | null;
  onSave: (keys: string[], tier: Tier | null) => void;
  onAsOneCompany: () => void;
  onNavigate: (where: 'manager' | 'options') => void;
}) {
  const [filter, setFilter] = useState<ListingFilter>(NO_FILTER);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [cursor, setCursor] = useState(0);
  const [tier, setTier] = useState<Tier | null>(null);
  const [hint, setHint] = useState('');
  // Rows drawn at first; the rest on request (or as the cursor reaches them): 2,000 rows cost seconds to draw.
  const [drawn, setDrawn] = useState(ROWS_DRAWN);
  const listRef = useRef<HTMLOListElement>(null);
  const countries = useMemo(() => countriesOf(listing.entries), [listing]);
  const shown = useMemo(() => filterEntries(listing.entries, grades, filter), [listing, grades, filter]);
  // The drawn rows are graded as they render; the rest in steps after the list shows, so a 1,000-entry listing is
  // usable at once. The grade counts show when every entry is graded (a grade filter or `G` grades what it needs).
  const [isGraded, setIsGraded] = useState(() => grades?.isComplete ?? true);
  useEffect(() => {
    if (!grades || grades.isComplete) {
      setIsGraded(true);
      return;
    }
    setIsGraded(false);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      if (grades.gradeNext(GRADE_STEP)) setIsGraded(true);
      else timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [grades]);
  useEffect(() => {
    // Every entry graded: the listing bench reads this mark (tests/bench/listing.bench.ts).
    if (isGraded && grades) performance.mark('tierscout:listing-graded');
  }, [isGraded, grades]);
  const graded = useMemo(
    () => (isGraded ? listing.entries.filter((e) => gradeOf(grades, e.key) === 'D').length : null),
    [listing, grades, isGraded],
  );
  const at = Math.min(cursor, Math.max(0, shown.length - 1));

  // Stable, so a row redraws only when its own props change (see ListingRow).
  const toggle = useCallback(
    (key: string) =>
      setSelected((s) => {
        const next = new Set(s);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );
  const save = () => {
    const keys = listing.entries.filter((e) => selected.has(e.key)).map((e) => e.key);
    if (keys.length === 0) {
      setHint(t('listing.nothingSelected'));
      return;
    }
    setHint('');
    onSave(keys, tier);
  };

  const run = (action: ListingAction) => {
    switch (action.kind) {
      case 'select':
        setSelected((s) => applySelect(s, shown, grades, action.command));
        break;
      case 'toggle':
        if (shown[at]) toggle(shown[at].key);
        break;
      case 'move':
        setCursor(Math.max(0, Math.min(shown.length - 1, at + action.by)));
        if (at + action.by >= drawn) setDrawn((n) => n + ROWS_DRAWN);
        break;
      case 'tier':
        setTier(action.tier);
        break;
      case 'saveSelection':
        save();
        break;
      case 'asOneCompany':
        onAsOneCompany();
        break;
      case 'openManager':
        onNavigate('manager');
        break;
      case 'openOptions':
        onNavigate('options');
        break;
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as Element | null;
      // Space and Enter on a focused control (a checkbox, a button) are that control's own.
      if ((event.key === ' ' || event.key === 'Enter') && target?.matches?.('button, input, select, a[href]'))
        return;
      const action = listingActionForKey(event);
      if (!action) return;
      event.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // The cursor row stays in view as the rep moves with the keys.
  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>(`[data-index="${at}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [at]);

  const saveTier = tier ?? 'D';
  const count = selected.size;
  return (
    <section className="ts-listing" data-testid="listing" data-graded={isGraded ? 'true' : 'false'}>
      <div className="ts-listing__head">
        <h1 className="ts-listing__title" data-testid="listing-count">
          {t('listing.title', { n: listing.entries.length })}
        </h1>
        <p className="ts-muted ts-small">{t('listing.subtitle', { site: listing.site })}</p>
        {listing.skipped > 0 && (
          <p className="ts-small ts-listing__warn" data-testid="listing-skipped">
            {t('listing.skipped', { n: listing.skipped })}
          </p>
        )}
        {listing.truncated && (
          <p className="ts-small ts-muted">{t('listing.truncated', { n: listing.total })}</p>
        )}
      </div>
      <div className="ts-listing__filters">
        <label>
          <span className="ts-sr">{t('listing.country')}</span>
          <select
            data-testid="listing-country"
            value={filter.country}
            onChange={(e) => {
              setFilter((f) => ({ ...f, country: e.target.value }));
              setCursor(0);
              // Back to the list's keys at once (a focused select keeps its letters).
              e.currentTarget.blur();
            }}
          >
            <option value="">{t('listing.allCountries', { n: countries.length })}</option>
            {countries.map(({ country, n }) => (
              <option key={country} value={country}>
                {country === '?'
                  ? `🌐 ${t('listing.unknownCountry')} (${n})`
                  : `${flagOf(country)} ${countryName(country, lang)} (${n})`}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="ts-sr">{t('listing.grade')}</span>
          <select
            data-testid="listing-grade"
            value={filter.grade}
            disabled={!grades}
            onChange={(e) => {
              setFilter((f) => ({ ...f, grade: e.target.value as GradeFilter }));
              setCursor(0);
              e.currentTarget.blur();
            }}
          >
            <option value="all">{t('listing.gradeAll')}</option>
            <option value="D">
              {t('listing.gradeD')} ({graded ?? '…'})
            </option>
            <option value="none">
              {t('listing.gradeNone')} ({graded === null ? '…' : listing.entries.length - graded})
            </option>
          </select>
        </label>
      </div>
      <div className="ts-listing__select">
        <button
          type="button"
          className="ts-btn ts-btn--small"
          data-testid="listing-all"
          onClick={() => run({ kind: 'select', command: 'all' })}
        >
          {t('listing.selectAll')}{' '}
          <KeyHint label={listingKeyLabel((a) => a.kind === 'select' && a.command === 'all')} />
        </button>
        <button
          type="button"
          className="ts-btn ts-btn--small"
          data-testid="listing-none"
          onClick={() => run({ kind: 'select', command: 'none' })}
        >
          {t('listing.selectNone')}{' '}
          <KeyHint label={listingKeyLabel((a) => a.kind === 'select' && a.command === 'none')} />
        </button>
        <button
          type="button"
          className="ts-btn ts-btn--small"
          data-testid="listing-graded"
          disabled={!grades}
          onClick={() => run({ kind: 'select', command: 'graded' })}
        >
          {t('listing.selectGraded')}{' '}
          <KeyHint label={listingKeyLabel((a) => a.kind === 'select' && a.command === 'graded')} />
        </button>
        <span className="ts-muted ts-small ts-listing__shown" data-testid="listing-shown">
          {t('listing.shown', { shown: shown.length, selected: count })}
        </span>
      </div>
      {!grades && <p className="ts-small ts-muted">{t('listing.noProfile')}</p>}
      <ol className="ts-listing__list" ref={listRef} data-testid="listing-list">
        {shown.length === 0 && <li className="ts-muted ts-small ts-listing__empty">{t('listing.empty')}</li>}
        {shown.slice(0, drawn).map((entry, i) => {
          const lines = grades?.get(entry.key)?.lines ?? [];
          return (
            <ListingRow
              key={entry.key}
              t={t}
              lang={lang}
              entry={entry}
              index={i}
              isCursor={i === at}
              isSelected={selected.has(entry.key)}
              isSaved={saved.has(entry.key)}
              grade={gradeOf(grades, entry.key)}
              gradeTitle={lines.length ? t('listing.entryGraded', { lines: lines.join(', ') }) : undefined}
              onToggle={toggle}
              onCursor={setCursor}
            />
          );
        })}
        {shown.length > drawn && (
          <li className="ts-listing__more">
            <button
              type="button"
              className="ts-btn ts-btn--small"
              data-testid="listing-more"
              onClick={() => setDrawn((n) => n + ROWS_DRAWN * 4)}
            >
              {t('listing.showMore', { n: shown.length - drawn })}
            </button>
          </li>
        )}
      </ol>
      <div className="ts-actions">
        <footer className="ts-footer">
          <button type="button" className="ts-btn" data-testid="listing-as-one" onClick={onAsOneCompany}>
            {t('listing.asOneCompany')} <KeyHint label={listingKeyLabel((a) => a.kind === 'asOneCompany')} />
          </button>
          <button
            type="button"
            className="ts-btn ts-btn--primary"
            data-testid="listing-save"
            disabled={count === 0}
            onClick={save}
          >
            {t('listing.saveSelection', { n: count, tier: saveTier })}{' '}
            <KeyHint label={listingKeyLabel((a) => a.kind === 'saveSelection')} />
          </button>
        </footer>
        <div className="ts-statusline" aria-live="polite">
          {(hint || status) && (
            <span
              className={`ts-status ts-status--${hint ? 'error' : status?.tone}`}
              data-testid="listing-status"
              role={hint || status?.tone === 'error' ? 'alert' : undefined}
            >
              {hint || status?.text}
            </span>
          )}
        </div>
      </div>
      <p className="ts-small ts-muted ts-listing__keys">{t('listing.keys')}</p>
    </section>
  );
}

/**
 * One company of the list. Memoised: moving the cursor, a selection, the saved marks or the grading finishing
 * redraw the rows they change, not all 100 drawn.
 */
const ListingRow = memo(function ListingRow({
  t,
  lang,
  entry,
  index,
  isCursor,
  isSelected,
  isSaved,
  grade,
  gradeTitle,
  onToggle,
  onCursor,
}: {
  t: T;
  lang: Lang;
  entry: ListingEntry;
  index: number;
  isCursor: boolean;
  isSelected: boolean;
  isSaved: boolean;
  grade: Tier | null;
  gradeTitle: string | undefined;
  onToggle: (key: string) => void;
  onCursor: (index: number) => void;
}) {
  const contact = firstContact(entry);
  return (
    <li
      data-index={index}
      data-testid="listing-entry"
      data-key={entry.key}
      data-country={entry.country}
      className={`ts-listing__row${isCursor ? ' is-cursor' : ''}${isSelected ? ' is-selected' : ''}`}
      onMouseDown={() => onCursor(index)}
    >
      <label className="ts-listing__pick">
        <input
          type="checkbox"
          checked={isSelected}
          onChange={(e) => {
            onToggle(entry.key);
            // Back to the list's keys (Space, arrows) after a click.
            e.currentTarget.blur();
          }}
          aria-label={entry.name || entry.key}
        />
      </label>
      <div className="ts-listing__body">
        <div className="ts-listing__name" title={entry.name}>
          {entry.name || contact}
        </div>
        <div className="ts-listing__meta ts-small ts-muted">
          {/* By name in the UI language, as everywhere (docs/glossary.md): 德国, not DE. */}
          <span>{entry.country ? `${flagOf(entry.country)} ${countryName(entry.country, lang)}` : '🌐'}</span>
          <span className="ts-listing__contact">{contact || t('listing.noContact')}</span>
        </div>
      </div>
      {isSaved && (
        <span
          className="ts-listing__saved"
          data-testid="listing-saved"
          title={t('listing.alreadySavedTitle')}
        >
          ✓ {t('listing.alreadySaved')}
        </span>
      )}
      <TierBadge tier={grade} size={20} title={gradeTitle} />
    </li>
  );
});
