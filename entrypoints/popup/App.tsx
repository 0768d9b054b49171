import { browser } from '#imports';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { copyText } from '@/components/common/CopyButton';
import { KeyHint } from '@/components/common/KeyHint';
import { BuyerTypePicker } from '@/components/popup/BuyerTypePicker';
import { CompanyCard } from '@/components/popup/CompanyCard';
import { CustomerLevels } from '@/components/popup/CustomerLevels';
import { DuplicateWarning } from '@/components/popup/DuplicateWarning';
import { ContactList, contactLines } from '@/components/popup/ContactList';
import { PopupHeader } from '@/components/popup/PopupHeader';
import { SessionFields } from '@/components/popup/SessionFields';
import { ShortcutHelp } from '@/components/popup/ShortcutHelp';
import { type ScanFailure, scanFailureOf } from '@/components/popup/scanFailure';
import { StatePanel } from '@/components/popup/StatePanel';
import { KeyContacts } from '@/components/popup/KeyContacts';
import { ListingPanel } from '@/components/popup/ListingPanel';
import { ReasonList, reasonsOf } from '@/components/popup/ReasonList';
import { SuggestionPanel } from '@/components/popup/SuggestionPanel';
import { TierPicker } from '@/components/popup/TierPicker';
import { type ErrorPageVerdict, errorPageOf } from '@/lib/error-page';
import { type PopupTab, readTab as readTabPage, span, takeFirstRead } from '@/lib/popup/first-read';
import { foldQueued } from '@/lib/popup/key-queue';
import { renderReason } from '@/lib/classify/reasons';
import { getActiveProfile, getThresholds } from '@/lib/profile/storage';
import { prepareGrading } from '@/lib/classify/index';
import { gradeScan, gradingLangsOf, measure } from '@/lib/grading/pipeline';
import type { StoredReading } from '@/lib/grading/stored-reading';
import { db } from '@/lib/db/db';
import { keepBoth, mergeDuplicate } from '@/lib/db/duplicates';
import { useProspect, useProspectCount, useSavedDuplicates, useSavedKeys } from '@/lib/db/hooks';
import { saveListingProspects } from '@/lib/db/listing';
import { type ListingView, listingProspects, listingViewOf } from '@/lib/listing/view';
import type { DuplicatePair } from '@/lib/prospect/duplicates';
import {
  type LevelsPatch,
  saveScan,
  setBuyerType,
  setLevels,
  toStoreError,
  updateProspect,
} from '@/lib/db/prospects';
import '@/lib/i18n/strings/popup';
import '@/lib/i18n/strings/listing';
import '@/lib/i18n/strings/sheets';
import '@/lib/i18n/strings/shortcuts';
import { localizeParams } from '@/lib/i18n/index';
import { useLang, useT } from '@/lib/i18n/react';
import { sendMessage } from '@/lib/messages';
import type {
  BuyerType,
  BuyerTypeSuggestion,
  PageCapture,
  Profile,
  Reason,
  ScanResult,
  Suggestion,
  Thresholds,
  Tier,
} from '@/lib/model';
import { analyzeCaptures } from '@/lib/scan/analyze';
import { registrableDomain } from '@/lib/scan/domain';
import { isScannableUrl, isSearchResultsUrl } from '@/lib/scan/restricted';
import { pickSitePages } from '@/lib/scan/site-pages';
import { noteDrafts, setNoteDraft, type WorkSession, workSession } from '@/lib/settings';
import { keyLabel, type PopupAction, popupActionForKey } from '@/lib/shortcuts';
import { TIMEOUT_MESSAGE } from '@/lib/background/scan-failure';
import { captureSiteInTab } from '@/lib/tabs';

type Phase = 'loading' | 'restricted' | 'search' | 'error' | 'error-page' | 'ready';
type SiteScan =
  | { state: 'idle' }
  | { state: 'running'; n: number }
  | { state: 'done'; ok: number; failed: number; why?: string };

/** One read of the tab: which tab, then its capture with the active profile (the capture rejects on failure). */
interface TabRead {
  tab: Promise<PopupTab>;
  page: Promise<{
    capture: PageCapture;
    status: number | undefined;
    profile: Profile | null;
    thresholds: Thresholds | undefined;
  }>;
}

/**
 * Reads the tab (the first read was started by main.tsx before this module loaded, lib/popup/first-read.ts) and,
 * meanwhile, the active profile, the thresholds and the vocabulary's tree, English and Chinese.
 */
function readTab(isFirst = false): TabRead {
  const read = isFirst ? takeFirstRead() : readTabPage();
  const page = read.tab.then(async () => {
    const [{ capture, status }, profile, thresholds] = await Promise.all([
      read.page,
      getActiveProfile().catch(() => null),
      getThresholds().catch(() => undefined),
      (async () => {
        const start = performance.now();
        await prepareGrading(['']).catch(() => undefined);
        span('tierscout:prepare', start);
      })(),
    ]);
    return { capture, status, profile, thresholds };
  });
  // Handled where awaited; this only keeps an early failure from being reported as unhandled meanwhile.
  page.catch(() => undefined);
  return { tab: read.tab, page };
}

/** The first read's profile and vocabulary part starts as soon as this module loads, beside React's first render. */
const firstRead = readTab(true);
performance.mark('tierscout:app-loaded');

/** Runs `run` in a task of its own; returns its cancel. */
function soon(run: () => void): () => void {
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

/** True for a focusable control the rep reached with Tab (mouse clicks blur, see below). */
function isKeyboardControl(target: EventTarget | null): boolean {
  const el = target as Element | null;
  return !!el?.matches?.('button, summary, a[href]');
}

/** The popup: one glance at a prospect, one key to tier it. */
export function App() {
  const t = useT();
  const lang = useLang();
  const [attempt, setAttempt] = useState(0);
  // How far the tab is read; a listing is 'ready' as soon as its list can show (see `phase` below).
  const [readPhase, setPhase] = useState<Phase>('loading');
  // The page read and graded as one company: at once on a company's page, after the list shows on a listing.
  const [oneCompanyRead, setOneCompanyRead] = useState(false);
  const [thresholds, setThresholds] = useState<Thresholds>();
  const [failure, setFailure] = useState<ScanFailure>({ kind: 'unknown', detail: '' });
  const [tabId, setTabId] = useState<number>();
  const [domain, setDomain] = useState<string>();
  const [captures, setCaptures] = useState<PageCapture[]>([]);
  const [scan, setScan] = useState<ScanResult>();
  const [profile, setProfile] = useState<Profile | null>();
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  // What grading read from the site, saved with the prospect so a profile edit can re-grade it.
  const [reading, setReading] = useState<StoredReading>();
  // The site's buyer type: the suggestion's, or read from the site alone while the rep has no profile.
  const [buyerGuess, setBuyerGuess] = useState<BuyerTypeSuggestion | null>(null);
  const [errorPage, setErrorPage] = useState<ErrorPageVerdict | null>(null);
  // Keys pressed while the page is still being read, applied once it is (lib/popup/key-queue.ts).
  const [queued, setQueued] = useState<PopupAction[]>([]);
  const [chosenTier, setChosenTier] = useState<Tier | null>(null);
  const [chosenBuyer, setChosenBuyer] = useState<BuyerType | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [isSavedHere, setIsSavedHere] = useState(false);
  const [isPartial, setIsPartial] = useState(false);
  const [siteScan, setSiteScan] = useState<SiteScan>({ state: 'idle' });
  const [session, setSession] = useState<WorkSession>({ region: '', searchPlan: '' });
  const noteRef = useRef<HTMLInputElement>(null);
  // A page that lists many companies (issue 10): the list, unless the rep asked to see the page as one company.
  const [listingView, setListingView] = useState<ListingView | null>(null);
  const [asOneCompany, setAsOneCompany] = useState(false);
  const [listingStatus, setListingStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const listingKeys = useMemo(() => listingView?.listing.entries.map((e) => e.key) ?? [], [listingView]);
  const savedEntries = useSavedKeys(listingKeys);
  const isListing = readPhase === 'ready' && listingView !== null && !asOneCompany;
  // The page as one company (P on a listing) is still loading until its own reading is graded.
  const phase: Phase = readPhase === 'ready' && !oneCompanyRead ? 'loading' : readPhase;
  const saved = useProspect(domain);
  const count = useProspectCount();
  // Saved prospects under other domains with the same e-mail, phone or company name (issue 12).
  const duplicates = useSavedDuplicates(saved);

  useEffect(() => {
    workSession.getValue().then(setSession, () => undefined);
  }, []);

  // A note typed earlier and lost with the popup comes back until it is saved.
  const [draftRestored, setDraftRestored] = useState(false);
  useEffect(() => {
    if (!domain) return;
    noteDrafts.getValue().then(
      (drafts) => {
        const draft = drafts[domain];
        if (draft === undefined) return;
        setNote((current) => current ?? draft);
        setDraftRestored(true);
      },
      () => undefined,
    );
  }, [domain]);

  // Scan the tab; the saved row (if any) paints from IndexedDB as soon as the domain is known. The first read was
  // started at module load (see `readTab`), before React's first render.
  useEffect(() => {
    let live = true;
    setPhase('loading');
    setOneCompanyRead(false);
    const read = attempt === 0 ? firstRead : readTab();
    let scannedTab: PopupTab | undefined;
    (async () => {
      const tab = await read.tab;
      scannedTab = tab;
      if (!live) return;
      setTabId(tab.id);
      if (tab.url !== undefined && !isScannableUrl(tab.url)) {
        setPhase('restricted');
        return;
      }
      if (tab.url !== undefined && isSearchResultsUrl(tab.url)) {
        setPhase('search');
        return;
      }
      if (tab.url) setDomain(registrableDomain(tab.url));
      const { capture, status, profile: activeProfileValue, thresholds: activeThresholds } = await read.page;
      if (!live) return;
      // An error page (404, 500, "Seite nicht gefunden") is never a company: show why and offer no save.
      const verdict = errorPageOf(capture, status);
      if (verdict) {
        setErrorPage(verdict);
        setQueued([]);
        setPhase('error-page');
        return;
      }
      const analyzeStart = performance.now();
      const result = analyzeCaptures([capture]);
      measure('tierscout:analyze', analyzeStart, performance.now());
      const view = listingViewOf(capture, result, activeProfileValue, activeThresholds);
      // A listing's entries are graded with the page language's vocabulary, as the site would be.
      if (view) await prepareGrading(gradingLangsOf([capture], result));
      // A listing shows without the site's own reading (~100 ms on a 1,000-entry page): that waits for P (the
      // effect below).
      const graded = view ? null : await gradeScan([capture], result, activeProfileValue, activeThresholds);
      if (!live) return;
      setCaptures([capture]);
      setScan(result);
      setDomain(result.domain);
      setProfile(activeProfileValue);
      setThresholds(activeThresholds);
      if (graded) {
        setSuggestion(graded.suggestion);
        setReading(graded.stored);
        setBuyerGuess(graded.buyerType);
        setOneCompanyRead(true);
      }
      setListingView(view);
      // A page cut by the scan's budgets (huge, or built to mislead it) says so; what was read is shown.
      setIsPartial(capture.truncated);
      setPhase('ready');
    })().catch(async (e: unknown) => {
      const found = await scanFailureOf(e, scannedTab);
      if (!live) return;
      setFailure(found);
      setPhase('error');
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  // A listing's page as one company is read and graded only when the rep asks for it (P): the list needs none of
  // it, and most listings are never looked at as one company.
  useEffect(() => {
    if (readPhase !== 'ready' || oneCompanyRead || !scan || !asOneCompany) return;
    let live = true;
    const cancel = soon(() => {
      gradeScan(captures, scan, profile ?? null, thresholds).then(
        (graded) => {
          if (!live) return;
          setSuggestion(graded.suggestion);
          setReading(graded.stored);
          setBuyerGuess(graded.buyerType);
          setOneCompanyRead(true);
        },
        // Shown ungraded rather than never: the rep can still save the page as one company.
        () => live && setOneCompanyRead(true),
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [readPhase, oneCompanyRead, asOneCompany, scan, captures, profile, thresholds]);

  // The moment the rep can decide: the bench reads this mark (tests/bench/popup.bench.ts).
  useEffect(() => {
    if (phase === 'ready' && profile !== undefined) performance.mark('tierscout:ready');
  }, [phase, profile]);

  // A listing's companies shown: the listing bench reads this mark (tests/bench/listing.bench.ts).
  useEffect(() => {
    if (isListing) performance.mark('tierscout:listing-shown');
  }, [isListing]);

  const tierValue = chosenTier ?? saved?.tier ?? null;
  const buyerValue = chosenBuyer ?? saved?.buyerType ?? null;
  const noteValue = note ?? saved?.notes ?? '';

  // Who sets the tier a save stores: the rep (a tier key), or the suggestion the rep saved with.
  const tierByNow = (): 'hand' | 'suggestion' | undefined =>
    chosenTier ? 'hand' : saved?.tier ? saved.tierBy : suggestion?.tier.value ? 'suggestion' : undefined;

  const save = useCallback(
    async (
      tier: Tier | null | undefined,
      buyerType: BuyerType | null = chosenBuyer,
      tierBy: 'hand' | 'suggestion' | undefined = 'hand',
    ) => {
      if (!scan) return;
      try {
        const session = await workSession.getValue();
        let row = await saveScan(db, {
          scan,
          suggestion,
          tier: tier ?? undefined,
          ...(tier && tierBy ? { tierBy } : {}),
          buyerType: buyerType ?? undefined,
          ...(reading ? { reading } : {}),
          region: session.region,
          searchPlan: session.searchPlan,
        });
        if (note !== null && note !== row.notes) row = await updateProspect(db, row.domain, { notes: note });
        if (note !== null) {
          await setNoteDraft(row.domain, null).catch(() => undefined);
          setDraftRestored(false);
        }
        setStatus({
          tone: 'ok',
          text: row.tier ? t('popup.savedJustNow', { tier: row.tier }) : t('popup.savedNoTier'),
        });
        setIsSavedHere(true);
        if (tabId !== undefined) {
          sendMessage('prospectSaved', { tabId, domain: row.domain, tier: row.tier }).catch(() => undefined);
        }
      } catch (e) {
        // Show what is really stored, not the tier that failed to save.
        setChosenTier(null);
        setStatus({ tone: 'error', text: t(`store.error.${toStoreError(e).kind}`) });
      }
    },
    [scan, suggestion, reading, chosenBuyer, note, tabId, t],
  );

  const settleDuplicate = useCallback(
    (pair: DuplicatePair, how: 'merge' | 'keep') => {
      (how === 'merge'
        ? mergeDuplicate(db, pair.domain, pair.other)
        : keepBoth(db, pair.domain, pair.other)
      ).then(
        () =>
          setStatus({
            tone: 'ok',
            text: how === 'merge' ? t('dup.merged', { from: pair.domain, into: pair.other }) : t('dup.kept'),
          }),
        (e: unknown) => setStatus({ tone: 'error', text: t(`store.error.${toStoreError(e).kind}`) }),
      );
    },
    [t],
  );

  const pickTier = useCallback(
    (tier: Tier) => {
      setChosenTier(tier);
      void save(tier, chosenBuyer, 'hand');
    },
    [save, chosenBuyer],
  );

  const pickBuyer = useCallback(
    (type: BuyerType) => {
      setChosenBuyer(type);
      if (saved && domain) {
        setBuyerType(db, domain, type).catch((e: unknown) =>
          setStatus({ tone: 'error', text: t(`store.error.${toStoreError(e).kind}`) }),
        );
      }
    },
    [saved, domain, t],
  );

  // Relationship and loyalty of the saved prospect (issue 14); the confirmation names the new level.
  const changeLevels = (levels: LevelsPatch) => {
    if (!saved) return;
    setLevels(db, [saved.domain], levels).then(
      () =>
        setStatus({
          tone: 'ok',
          text: levels.status
            ? t('crm.levels.relationshipSet', { value: t(`status.${levels.status}`) })
            : t('crm.levels.loyaltySet', {
                value: t(levels.loyalty ? `loyalty.${levels.loyalty}` : 'crm.loyalty.none'),
              }),
        }),
      (e: unknown) => setStatus({ tone: 'error', text: t(`store.error.${toStoreError(e).kind}`) }),
    );
  };

  const runSiteScan = useCallback(async () => {
    if (tabId === undefined || !captures[0] || siteScan.state === 'running') return;
    const urls = pickSitePages(captures[0], 6);
    if (urls.length === 0) {
      setSiteScan({ state: 'done', ok: 0, failed: 0 });
      return;
    }
    setSiteScan({ state: 'running', n: urls.length });
    const scannedTab = { id: tabId, url: captures[0].url };
    // A tab that navigated away (or closed) mid-scan loses the in-page fetches; what was read before stays.
    const navigatedAway = async () => (await scanFailureOf(new Error(''), scannedTab)).kind !== 'unknown';
    try {
      const more = await captureSiteInTab(tabId, urls);
      const moved = await navigatedAway();
      if (more.captures.length > 0) {
        const all = [captures[0], ...more.captures];
        const result = analyzeCaptures(all, more.failures);
        const graded = await gradeScan(all, result, profile ?? null, await getThresholds());
        setCaptures(all);
        setScan(result);
        setReading(graded.stored);
        if (graded.suggestion) setSuggestion(graded.suggestion);
        setBuyerGuess(graded.buyerType);
      }
      if (moved) {
        setSiteScan({ state: 'idle' });
        setStatus({ tone: 'error', text: t('popup.siteScanNavigated') });
        return;
      }
      setSiteScan({
        state: 'done',
        ok: more.captures.length,
        failed: more.failures.length,
        // The pages that could not be read, and why, on hover: "https://…/kontakt: HTTP 404".
        why: more.failures.map((f) => `${f.url}: ${f.error}`).join('\n'),
      });
      if (more.failures.some((f) => f.error.startsWith(TIMEOUT_MESSAGE)))
        setStatus({ tone: 'error', text: t('popup.siteScanTimedOut') });
    } catch (e) {
      setSiteScan({ state: 'idle' });
      setStatus({
        tone: 'error',
        text: (await navigatedAway())
          ? t('popup.siteScanNavigated')
          : t('popup.scanError', { error: e instanceof Error ? e.message : String(e) }),
      });
    }
  }, [tabId, captures, siteScan.state, profile, t]);

  // The badge follows the saved row whenever the popup shows it (also after an edit in another window), so the
  // rep sees the tier on the toolbar even without the optional `tabs` permission.
  useEffect(() => {
    if (tabId === undefined || !saved) return;
    sendMessage('prospectSaved', { tabId, domain: saved.domain, tier: saved.tier }).catch(() => undefined);
  }, [tabId, saved]);

  const openManager = () => browser.tabs.create({ url: browser.runtime.getURL('/prospects.html') });
  const openOptions = () => browser.runtime.openOptionsPage();

  const copyAll = useCallback(() => {
    if (!scan) return;
    void copyText(
      contactLines(scan.contacts)
        .map((l) => l.text)
        .join('\n'),
    ).then((ok) => ok && setStatus({ tone: 'ok', text: t('popup.copied') }));
  }, [scan, t]);

  const runAction = (action: PopupAction) => {
    switch (action.kind) {
      case 'tier':
        pickTier(action.tier);
        break;
      case 'buyer':
        pickBuyer(action.buyerType);
        break;
      case 'save':
        void save(tierValue ?? suggestion?.tier.value ?? undefined, chosenBuyer, tierByNow());
        break;
      case 'note':
        noteRef.current?.focus();
        break;
      case 'siteScan':
        void runSiteScan();
        break;
      case 'copyAll':
        copyAll();
        break;
      case 'openManager':
        void openManager();
        break;
      case 'openOptions':
        void openOptions();
        break;
    }
  };

  // Keys pressed while reading, applied once the page is read: tier, buyer type and save as one save.
  useEffect(() => {
    if (phase !== 'ready' || queued.length === 0) return;
    setQueued([]);
    const outcome = foldQueued(queued);
    if (outcome.buyerType) setChosenBuyer(outcome.buyerType);
    if (outcome.tier) setChosenTier(outcome.tier);
    if (outcome.save) {
      void save(
        outcome.tier ?? tierValue ?? suggestion?.tier.value ?? undefined,
        outcome.buyerType ?? chosenBuyer,
        outcome.tier ? 'hand' : tierByNow(),
      );
    } else if (outcome.buyerType) pickBuyer(outcome.buyerType);
    for (const action of outcome.rest) runAction(action);
  });

  // One key per action (lib/shortcuts.ts POPUP_KEYS); editable fields keep their keys except Enter.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // The listing panel has its own keys (LISTING_KEYS).
      if (isListing) return;
      // Enter on a control reached with Tab (a contact to copy, the shortcut list, Retry) activates that control.
      if (event.key === 'Enter' && isKeyboardControl(event.target)) return;
      const action = popupActionForKey(event);
      if (!action) return;
      const isNavigation = action.kind === 'openOptions' || action.kind === 'openManager';
      if (phase === 'loading' && !isNavigation) {
        event.preventDefault();
        setQueued((list) => [...list, action]);
        return;
      }
      if (phase !== 'ready' && !isNavigation) return;
      event.preventDefault();
      runAction(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // A mouse click must not leave focus on a button, or the next Enter would press that button instead of saving.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element | null;
      if (event.detail > 0) target?.closest<HTMLElement>('button, summary')?.blur();
    };
    window.addEventListener('click', onClick);
    return () => window.removeEventListener('click', onClick);
  }, []);

  const header = (
    <PopupHeader
      t={t}
      count={count}
      onOpenManager={() => void openManager()}
      onOpenOptions={() => void openOptions()}
    />
  );

  const saveListing = async (keys: string[], tier: Tier | null) => {
    if (!listingView) return;
    try {
      const picked = new Set(keys);
      const session = await workSession.getValue();
      const rows = listingProspects(
        listingView,
        listingView.listing.entries.filter((e) => picked.has(e.key)),
        tier,
        session,
      );
      const { added, updated } = await saveListingProspects(db, rows);
      setListingStatus({
        tone: 'ok',
        text: updated ? t('listing.saved', { added, updated }) : t('listing.savedNew', { n: added }),
      });
    } catch (e) {
      setListingStatus({ tone: 'error', text: t(`store.error.${toStoreError(e).kind}`) });
    }
  };

  if (isListing && listingView) {
    return (
      <main className="ts-popup ts-popup--listing" data-phase={readPhase}>
        {header}
        <ListingPanel
          t={t}
          lang={lang}
          listing={listingView.listing}
          grades={listingView.grades}
          saved={savedEntries}
          status={listingStatus}
          onSave={(keys, tier) => void saveListing(keys, tier)}
          onAsOneCompany={() => setAsOneCompany(true)}
          onNavigate={(where) => void (where === 'manager' ? openManager() : openOptions())}
        />
      </main>
    );
  }

  if (phase === 'restricted') {
    return (
      <main className="ts-popup" data-phase={phase}>
        {header}
        <StatePanel
          icon="🔒"
          title={t('popup.restrictedTitle')}
          body={t('popup.restrictedBody')}
          testId="state-restricted"
        />
      </main>
    );
  }
  if (phase === 'search') {
    return (
      <main className="ts-popup" data-phase={phase}>
        {header}
        <StatePanel
          icon="🔎"
          title={t('popup.searchTitle')}
          body={t('popup.searchBody')}
          testId="state-search"
        />
      </main>
    );
  }
  if (phase === 'error') {
    return (
      <main className="ts-popup" data-phase={phase}>
        {header}
        <StatePanel
          icon={failure.kind === 'navigated' ? '↪' : '⚠'}
          tone="error"
          title={t(`popup.fail.${failure.kind}.title`)}
          body={t(`popup.fail.${failure.kind}.body`)}
          testId="state-error"
          kind={failure.kind}
        >
          {/* The browser's own words (English only) help only when we could not tell what happened. */}
          {failure.detail && (failure.kind === 'unknown' || failure.kind === 'no-access') && (
            <p className="ts-state__detail">{failure.detail}</p>
          )}
          <button
            type="button"
            className="ts-btn ts-btn--primary"
            data-testid="retry"
            // Focused, so Enter retries at once (and the ↵ hint is true).
            autoFocus
            onClick={() => setAttempt((n) => n + 1)}
          >
            {t('popup.retry')} <KeyHint label="↵" />
          </button>
        </StatePanel>
      </main>
    );
  }

  if (phase === 'error-page' && errorPage) {
    return (
      <main className="ts-popup" data-phase={phase}>
        {header}
        <StatePanel
          icon="⚠"
          tone="warn"
          title={
            errorPage.status
              ? t('popup.errorPageStatusTitle', { status: errorPage.status })
              : t('popup.errorPageTitle')
          }
          body={
            errorPage.status
              ? t('popup.errorPageBody')
              : `${t('popup.errorPageCue', { cue: errorPage.cue })} ${t('popup.errorPageBody')}`
          }
          testId="state-error-page"
        />
      </main>
    );
  }

  const companyName = scan?.company.name || saved?.company.name || '';
  // Nothing to reach the company by: no contact and no address (a splash, a maintenance page, a bare shop page).
  const isEmpty =
    phase === 'ready' && scan && !scan.company.address && contactLines(scan.contacts).length === 0;
  const saveTier = tierValue ?? suggestion?.tier.value ?? null;
  const render = (reason: Reason) =>
    renderReason({ ...reason, params: localizeParams(lang, reason.params) }, lang);

  return (
    <main className="ts-popup" data-phase={phase}>
      {header}
      {phase === 'ready' && listingView && asOneCompany && (
        <button
          type="button"
          className="ts-link"
          data-testid="listing-back"
          onClick={() => setAsOneCompany(false)}
        >
          ← {t('listing.asListing', { n: listingView.listing.entries.length })}
        </button>
      )}
      {(domain || scan) && (
        <CompanyCard
          t={t}
          lang={lang}
          name={companyName}
          domain={scan?.domain ?? domain ?? ''}
          country={scan?.company.country || saved?.company.country || ''}
          language={scan?.company.language || saved?.company.language || ''}
          saved={saved}
        />
      )}
      {phase === 'loading' && (
        <div className="ts-loading" data-testid="state-loading" role="status">
          <span className="ts-spinner" aria-hidden="true" /> {t('popup.loading')}
          {queued.length > 0 && (
            <span className="ts-queued" data-testid="queued">
              {t('popup.queued', {
                keys: queued.map((a) => keyLabel((b) => JSON.stringify(b) === JSON.stringify(a))).join(' '),
              })}
            </span>
          )}
        </div>
      )}
      {/* Above the fold (Chrome's popup is at most 600 px tall): verdict, best contacts, tier keys, save. */}
      {phase === 'ready' && buyerGuess && (
        <SuggestionPanel t={t} suggestion={suggestion} buyerType={buyerGuess} render={render} />
      )}
      {phase === 'ready' &&
        scan &&
        (isEmpty ? (
          <StatePanel
            icon="∅"
            title={t('popup.emptyTitle')}
            body={t('popup.emptyBody')}
            testId="state-empty"
          />
        ) : (
          <KeyContacts t={t} contacts={scan.contacts} />
        ))}
      {phase === 'ready' && (
        <>
          <section className="ts-section">
            <div className="ts-section__head">
              <h3>{t('popup.yourTier')}</h3>
            </div>
            <TierPicker
              t={t}
              value={tierValue}
              suggested={suggestion?.tier.value ?? null}
              onPick={pickTier}
            />
            <BuyerTypePicker
              t={t}
              value={buyerValue}
              suggested={buyerGuess?.value ?? null}
              secondary={buyerGuess?.secondary ?? null}
              onPick={pickBuyer}
            />
          </section>
          <div className="ts-actions">
            <footer className="ts-footer">
              <button
                type="button"
                className="ts-btn"
                data-testid="site-scan"
                onClick={() => void runSiteScan()}
                disabled={siteScan.state === 'running'}
              >
                {siteScan.state === 'running' ? <span className="ts-spinner" aria-hidden="true" /> : '⌕'}{' '}
                {t('popup.siteScan')} <KeyHint label={keyLabel((a) => a.kind === 'siteScan')} />
              </button>
              <button
                type="button"
                className="ts-btn ts-btn--primary"
                data-testid="save"
                onClick={() => void save(saveTier ?? undefined, chosenBuyer, tierByNow())}
              >
                {saveTier ? t('popup.saveAs', { tier: saveTier }) : t('popup.save')}{' '}
                <KeyHint label={keyLabel((a) => a.kind === 'save')} />
              </button>
            </footer>
            <div className="ts-statusline" aria-live="polite">
              {siteScan.state === 'running' && (
                <span data-testid="site-scan-progress">
                  {t('popup.siteScanning', { n: siteScan.n })}
                  <span className="ts-progress" />
                </span>
              )}
              {siteScan.state === 'done' && (
                <span data-testid="site-scan-done" title={siteScan.why || undefined}>
                  {siteScan.ok + siteScan.failed === 0
                    ? t('popup.siteScanNone')
                    : siteScan.failed
                      ? t('popup.siteScannedFailed', { ok: siteScan.ok, failed: siteScan.failed })
                      : t('popup.siteScanned', { ok: siteScan.ok })}
                </span>
              )}
              {isPartial && (
                <span className="ts-status ts-status--error" data-testid="read-partly">
                  {t('popup.readPartly')}
                </span>
              )}
              {status && (
                <span
                  className={`ts-status ts-status--${status.tone}`}
                  data-testid="status"
                  role={status.tone === 'error' ? 'alert' : undefined}
                >
                  {status.text}
                </span>
              )}
            </div>
            <DuplicateWarning
              duplicates={duplicates}
              lang={lang}
              onSettle={settleDuplicate}
              reveal={isSavedHere}
              t={t}
            />
          </div>
          {/* Below the fold, in the one page scroll: the setup hint, all reasons, all contacts, note, session. */}
          {profile === null && (
            <StatePanel
              icon="✎"
              tone="warn"
              title={t('popup.noProfileTitle')}
              body={t('popup.noProfileBody')}
              testId="state-no-profile"
            >
              <button type="button" className="ts-btn ts-btn--primary" onClick={() => void openOptions()}>
                {t('popup.noProfileAction')} <KeyHint label={keyLabel((a) => a.kind === 'openOptions')} />
              </button>
            </StatePanel>
          )}
          {scan && !isEmpty && <ContactList t={t} contacts={scan.contacts} />}
          <ReasonList t={t} reasons={reasonsOf(suggestion, buyerGuess?.reasons ?? [])} render={render} />
          <CustomerLevels t={t} prospect={saved} onChange={changeLevels} />
          <label className="ts-note">
            <span>
              {t('popup.note')} <KeyHint label={keyLabel((a) => a.kind === 'note')} />
            </span>
            <input
              ref={noteRef}
              data-testid="note"
              value={noteValue}
              placeholder={t('popup.notePlaceholder')}
              onChange={(e) => {
                setNote(e.target.value);
                if (domain) void setNoteDraft(domain, e.target.value).catch(() => undefined);
              }}
              onKeyDown={(e) => e.key === 'Escape' && e.currentTarget.blur()}
            />
            {draftRestored && (
              <small className="ts-note__draft" data-testid="note-draft">
                {t('popup.noteDraft')}
              </small>
            )}
          </label>
          <SessionFields
            t={t}
            session={session}
            onChange={(next) => {
              setSession(next);
              void workSession.setValue(next);
            }}
          />
        </>
      )}
      <ShortcutHelp t={t} />
    </main>
  );
}
