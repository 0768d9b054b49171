/**
 * The keyboard commands (lib/shortcuts.ts): scan the tab the rep is on, classify it with the active profile, save
 * it with the chosen (or suggested) tier, and confirm with an in-page toast and the toolbar badge.
 * Every browser dependency is injected, so unit tests drive it with stubs and e2e drives the real one through
 * the e2e-only `globalThis.__tierscout` hook.
 */
import { isSearchResultsUrl } from '../scan/restricted';
import type { TierScoutDB } from '../db/db';
import { savedDuplicatesOf } from '../db/duplicates';
import { deleteProspects, getProspect, putProspects, saveScan, toStoreError } from '../db/prospects';
import { errorPageOf } from '../error-page';
import { formatDayMonth, type Lang, nameWithDomain, t } from '../i18n/index';
import '../i18n/strings/sheets';
import '../i18n/strings/shortcuts';
import type { GradedScan } from '../grading/pipeline';
import type { PageCapture, ScanResult, Suggestion, Tier } from '../model';
import type { WorkSession } from '../settings';
import { COMMANDS } from '../shortcuts';
import { badgeFor, type BadgeSpec, TIER_COLORS } from './badge';
import { leftPage, scanFailureKindOf } from './scan-failure';
import type { ToastSpec } from './toast';
import type { UndoRegistry } from './undo';

/** What the handler needs of a tab (the `tab` argument of `commands.onCommand`). */
export interface CommandTab {
  id?: number;
  url?: string;
}

export interface CommandDeps {
  db: TierScoutDB;
  /** The tab to act on when `onCommand` gave none. */
  activeTab(): Promise<CommandTab | undefined>;
  isScannable(url: string): boolean;
  captureTab(tabId: number): Promise<PageCapture>;
  analyze(captures: PageCapture[]): ScanResult;
  /**
   * Reads and grades the site with the active profile (lib/grading/pipeline.ts `gradeScan`, the popup's step too);
   * its suggestion is null when the rep has no profile yet.
   */
  grade(captures: PageCapture[], scan: ScanResult): Promise<GradedScan>;
  workSession(): Promise<WorkSession>;
  lang(): Promise<Lang>;
  showToast(tabId: number, toast: ToastSpec): Promise<void>;
  setBadge(tabId: number, badge: BadgeSpec | null): Promise<void>;
  /** The URL the tab shows now (undefined when hidden or the tab is gone); tells a page that navigated mid-scan. */
  tabUrl?(tabId: number): Promise<string | undefined>;
  /** The HTTP status of the tab's page when the browser knows it (lib/page-status.ts). */
  httpStatus?(tabId: number): Promise<number | undefined>;
  /** Where a save remembers what it replaced, so its toast can offer undo. */
  undo?: UndoRegistry;
}

export type CommandOutcome =
  | { ok: true; domain: string; tier: Tier | null; duplicateOf?: string }
  | {
      ok: false;
      reason:
        | 'unknown-command'
        | 'no-tab'
        | 'restricted'
        | 'search-page'
        | 'error-page'
        | 'no-tier'
        | 'scan-failed'
        | 'store';
      message: string;
    };

/**
 * Handles one command by name. Never throws: failures come back as an outcome and, when there is a page to
 * show it on, as an error toast.
 */
export async function handleCommand(
  name: string,
  tabArg: CommandTab | undefined,
  deps: CommandDeps,
): Promise<CommandOutcome> {
  const spec = COMMANDS.find((c) => c.name === name);
  if (!spec || spec.tier === null) {
    return { ok: false, reason: 'unknown-command', message: `Unknown command ${name}` };
  }
  const lang = await deps.lang().catch((): Lang => 'en');
  const tab = tabArg?.id !== undefined ? tabArg : await deps.activeTab();
  if (tab?.id === undefined) return { ok: false, reason: 'no-tab', message: t(lang, 'toast.noTab') };
  const tabId = tab.id;
  const fail = async (
    reason: 'restricted' | 'search-page' | 'error-page' | 'no-tier' | 'scan-failed' | 'store',
    message: string,
  ): Promise<CommandOutcome> => {
    await deps
      .showToast(tabId, {
        mark: '!',
        color: '#b91c1c',
        title: t(lang, 'toast.failed'),
        detail: message,
        tone: 'error',
      })
      .catch(() => undefined);
    return { ok: false, reason, message };
  };
  // Without the `tabs` permission the URL may be hidden; activeTab (granted by the shortcut) still lets us scan.
  if (tab.url && !deps.isScannable(tab.url)) {
    return { ok: false, reason: 'restricted', message: t(lang, 'toast.restricted') };
  }
  // A shortcut pressed on the results page would otherwise save the search engine as a buyer.
  if (tab.url && isSearchResultsUrl(tab.url)) return fail('search-page', t(lang, 'toast.searchPage'));
  let capture: PageCapture;
  let scan: ScanResult;
  let suggestion: Suggestion | null;
  let graded: GradedScan | null;
  let status: number | undefined;
  try {
    [capture, status] = await Promise.all([
      deps.captureTab(tabId),
      deps.httpStatus ? deps.httpStatus(tabId).catch(() => undefined) : undefined,
    ]);
    scan = deps.analyze([capture]);
    graded = await deps.grade([capture], scan).catch(() => null);
    suggestion = graded?.suggestion ?? null;
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    const now = deps.tabUrl ? await deps.tabUrl(tabId).catch(() => undefined) : tab.url;
    const kind = scanFailureKindOf(error);
    const navigated = leftPage(tab.url, now) || kind === 'navigated';
    return fail(
      'scan-failed',
      navigated
        ? t(lang, 'toast.navigated')
        : kind === 'timeout'
          ? t(lang, 'toast.timedOut')
          : t(lang, 'toast.scanFailed', { error }),
    );
  }
  // A 404 or a server error page is no company ("404 Not Found" was once saved as one).
  const errorPage = errorPageOf(capture, status);
  if (errorPage) return fail('error-page', t(lang, 'toast.errorPage', { cue: errorPage.cue }));
  let before: Awaited<ReturnType<typeof getProspect>>;
  try {
    before = await getProspect(deps.db, scan.domain);
  } catch (e) {
    return fail('store', t(lang, `store.error.${toStoreError(e).kind}`));
  }
  const chosen: Tier | null | undefined =
    spec.tier === 'suggested' ? (suggestion?.tier.value ?? before?.tier ?? undefined) : spec.tier;
  // Saved with the suggestion, the tier may follow later re-grades; a tier key is the rep's own choice.
  const tierBy = spec.tier !== 'suggested' ? 'hand' : suggestion?.tier.value ? 'suggestion' : before?.tierBy;
  // "Save with the suggested tier" with no tier to save would file an unrelated page untiered: say so instead.
  if (spec.tier === 'suggested' && !chosen) {
    return fail('no-tier', t(lang, suggestion ? 'toast.noSuggestion' : 'toast.noProfile'));
  }
  try {
    const session = await deps.workSession().catch(() => ({ region: '', searchPlan: '' }));
    const saved = await saveScan(deps.db, {
      scan,
      suggestion,
      tier: chosen,
      ...(tierBy ? { tierBy } : {}),
      ...(graded ? { reading: graded.stored } : {}),
      region: session.region,
      searchPlan: session.searchPlan,
    });
    const tier = saved.tier ?? null;
    const name = saved.company.name || saved.domain;
    await deps.setBadge(tabId, badgeFor(true, tier)).catch(() => undefined);
    const buyer = saved.buyerType ?? suggestion?.buyerType.value;
    const detail = [saved.domain, buyer && buyer !== 'unknown' ? t(lang, `buyer.${buyer}`) : '']
      .filter(Boolean)
      .join(t(lang, 'toast.separator'));
    const token = deps.undo?.remember({ domain: saved.domain, before });
    // A save is where a second site of a known company shows up: name the likely duplicate in the toast.
    const [duplicate] = await savedDuplicatesOf(deps.db, saved, 1).catch(() => []);
    const warning = duplicate
      ? t(lang, 'toast.duplicate', {
          why: t(lang, `dup.${duplicate.pair.reason}`, {
            name: nameWithDomain(lang, duplicate.name, duplicate.pair.other),
            date: duplicate.firstSeen ? formatDayMonth(lang, duplicate.firstSeen) : '',
          }),
        })
      : undefined;
    await deps
      .showToast(tabId, {
        mark: tier ?? '✓',
        color: tier ? TIER_COLORS[tier] : '#475569',
        title: tier ? t(lang, 'toast.savedTier', { name, tier }) : t(lang, 'toast.saved', { name }),
        detail,
        tone: 'ok',
        ...(warning ? { warning } : {}),
        ...(token ? { undo: { token, label: t(lang, 'toast.undo'), hint: 'Z' } } : {}),
      })
      .catch(() => undefined);
    return {
      ok: true,
      domain: saved.domain,
      tier,
      ...(duplicate ? { duplicateOf: duplicate.pair.other } : {}),
    };
  } catch (e) {
    const error = toStoreError(e);
    return fail('store', t(lang, `store.error.${error.kind}`));
  }
}

/**
 * Undoes a keyboard save from its toast: the row goes back to what it was (or away, if the save created it), and
 * the toast and badge say so. An unknown or expired token changes nothing.
 */
export async function undoSave(
  token: string,
  tabId: number | undefined,
  deps: CommandDeps,
): Promise<boolean> {
  const entry = deps.undo?.take(token);
  if (!entry) return false;
  const lang = await deps.lang().catch((): Lang => 'en');
  if (entry.before) await putProspects(deps.db, [entry.before], { merge: false });
  else await deleteProspects(deps.db, [entry.domain]);
  if (tabId !== undefined) {
    const tier = entry.before?.tier ?? null;
    await deps.setBadge(tabId, entry.before ? badgeFor(true, tier) : null).catch(() => undefined);
    await deps
      .showToast(tabId, {
        mark: '↶',
        color: '#475569',
        title: entry.before
          ? tier
            ? t(lang, 'toast.undoneTier', { tier })
            : t(lang, 'toast.undoneUntiered')
          : t(lang, 'toast.undoneRemoved'),
        detail: entry.domain,
        tone: 'ok',
      })
      .catch(() => undefined);
  }
  return true;
}
