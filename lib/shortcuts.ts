/**
 * The one table of keyboard shortcuts. `wxt.config.ts` builds the manifest `commands` from it, the background
 * dispatches on its command names, and the popup and options list it as help.
 *
 * Chrome allows at most four commands with a suggested key, `_execute_action` included
 * (shared/RECIPE.md "Commands limit"). The four are chosen for the loop open → tier → save → next tab (issue 11):
 * - open TierScout (Alt+Shift+O): looking is the step every prospect needs, and inside the popup each tier is
 *   one plain key that also saves, so "open + B" is the whole decision with contacts in view;
 * - save with the suggested tier (Alt+Shift+S): when the suggestion is right, no look is needed;
 * - tier A (Alt+Shift+1): a clear hit is filed at once and worked on later from the list;
 * - tier D (Alt+Shift+4): a clear miss is filed at once so it is never visited again.
 * Tiers B and C are judgement calls a rep makes with the reasons and contacts in view, so they live in the popup
 * (and can still be given browser keys on chrome://extensions/shortcuts).
 */
import type { BuyerType, Tier } from './model';

export type CommandName =
  | 'save-suggested'
  | 'tier-a'
  | 'tier-b'
  | 'tier-c'
  | 'tier-d'
  | '_execute_action'
  | 'send-to-inquiries';

export interface CommandSpec {
  name: CommandName;
  /** Tier the command sets; 'suggested' saves with the classifier's tier; null opens the popup. */
  tier: Tier | 'suggested' | null;
  /** Suggested key, or undefined when the rep assigns one. */
  key?: string;
  /** i18n key of the description. */
  help: string;
}

export const COMMANDS: readonly CommandSpec[] = [
  { name: 'save-suggested', tier: 'suggested', key: 'Alt+Shift+S', help: 'shortcut.saveSuggested' },
  { name: 'tier-a', tier: 'A', key: 'Alt+Shift+1', help: 'shortcut.tierA' },
  { name: 'tier-b', tier: 'B', help: 'shortcut.tierB' },
  { name: 'tier-c', tier: 'C', help: 'shortcut.tierC' },
  { name: 'tier-d', tier: 'D', key: 'Alt+Shift+4', help: 'shortcut.tierD' },
  { name: '_execute_action', tier: null, key: 'Alt+Shift+O', help: 'shortcut.openPopup' },
  // Not a tier command: the background sends the page's selection to the inquiries page (lib/inquiry).
  { name: 'send-to-inquiries', tier: null, help: 'shortcut.sendToInquiries' },
];

/** Description strings stay in English in the manifest; the UI shows translated help. */
const MANIFEST_DESCRIPTIONS: Record<CommandName, string> = {
  'save-suggested': 'Save this site with the suggested tier',
  'tier-a': 'Save this site as tier A',
  'tier-b': 'Save this site as tier B',
  'tier-c': 'Save this site as tier C',
  'tier-d': 'Save this site as tier D',
  _execute_action: 'Open TierScout',
  'send-to-inquiries': 'Send selection to TierScout inquiries',
};

/** The manifest `commands` object built from the table. */
export function manifestCommands(): Record<
  string,
  { description: string; suggested_key?: { default: string } }
> {
  return Object.fromEntries(
    COMMANDS.map((c) => [
      c.name,
      {
        description: MANIFEST_DESCRIPTIONS[c.name],
        ...(c.key ? { suggested_key: { default: c.key } } : {}),
      },
    ]),
  );
}

// ───────────────────────────── Popup keys (no browser modifier) ─────────────────────────────

/** What a key does inside the popup. */
export type PopupAction =
  | { kind: 'tier'; tier: Tier }
  | { kind: 'buyer'; buyerType: BuyerType }
  | { kind: 'save' }
  | { kind: 'note' }
  | { kind: 'siteScan' }
  | { kind: 'copyAll' }
  | { kind: 'openManager' }
  | { kind: 'openOptions' };

export interface PopupKeySpec {
  /** A {@link normalizedKey} value: lower-case letters, digits, upper-case for Shift+letter, 'Enter'. */
  key: string;
  action: PopupAction;
  /** How the key is shown in hints. */
  label: string;
}

/**
 * The one table of popup keys: tiers by letter or digit, buyer types by Shift + their initial (so they never
 * clash with the tier letters), and the actions. Hints and the key handler both read it.
 */
export const POPUP_KEYS: readonly PopupKeySpec[] = [
  ...(['A', 'B', 'C', 'D'] as const).flatMap((tier, i) => [
    { key: tier.toLowerCase(), action: { kind: 'tier', tier } as const, label: tier },
    { key: String(i + 1), action: { kind: 'tier', tier } as const, label: String(i + 1) },
  ]),
  { key: 'R', action: { kind: 'buyer', buyerType: 'retailer' }, label: '⇧R' },
  { key: 'W', action: { kind: 'buyer', buyerType: 'wholesaler' }, label: '⇧W' },
  { key: 'D', action: { kind: 'buyer', buyerType: 'distributor' }, label: '⇧D' },
  { key: 'I', action: { kind: 'buyer', buyerType: 'importer' }, label: '⇧I' },
  { key: 'M', action: { kind: 'buyer', buyerType: 'manufacturer' }, label: '⇧M' },
  { key: 'U', action: { kind: 'buyer', buyerType: 'unknown' }, label: '⇧U' },
  { key: 'Enter', action: { kind: 'save' }, label: '↵' },
  { key: 'n', action: { kind: 'note' }, label: 'N' },
  { key: 's', action: { kind: 'siteScan' }, label: 'S' },
  { key: 'y', action: { kind: 'copyAll' }, label: 'Y' },
  { key: 'l', action: { kind: 'openManager' }, label: 'L' },
  { key: 'o', action: { kind: 'openOptions' }, label: 'O' },
];

/** Tier by popup key (letters and digits), derived from {@link POPUP_KEYS}. */
export const POPUP_TIER_KEYS: Record<string, Tier> = Object.fromEntries(
  POPUP_KEYS.flatMap((k) => (k.action.kind === 'tier' ? [[k.key, k.action.tier]] : [])),
);

/** The hint label of the first key bound to an action, e.g. `keyLabel(a => a.kind === 'save')` → '↵'. */
export function keyLabel(match: (action: PopupAction) => boolean): string {
  return POPUP_KEYS.find((k) => match(k.action))?.label ?? '';
}

/** True for targets where typing must not trigger shortcuts (inputs, text areas, contenteditable). */
export function isEditableTarget(target: unknown): boolean {
  if (!target || typeof target !== 'object') return false;
  const el = target as { tagName?: string; isContentEditable?: boolean; type?: string };
  if (el.isContentEditable) return true;
  const tag = (el.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return (
    tag === 'INPUT' && !['button', 'checkbox', 'radio', 'submit'].includes((el.type ?? 'text').toLowerCase())
  );
}

/**
 * The table key of a press: a Latin letter is lower-case, or upper-case when Shift is held, whatever Caps Lock
 * says (Caps Lock turns `b` into `B` without Shift, which used to drop tier B and turn D into a buyer type).
 * A non-Latin layout (Russian, a Chinese IME) falls back to the physical key (`event.code` `KeyB`).
 * @example normalizedKey({ key: 'B', shiftKey: false }) // 'b' (Caps Lock on)
 */
export function normalizedKey(event: { key: string; code?: string; shiftKey?: boolean }): string {
  let letter: string | undefined;
  if (/^[a-z]$/i.test(event.key)) letter = event.key.toLowerCase();
  else if (event.key.length === 1 && event.code && /^Key[A-Z]$/.test(event.code)) {
    letter = event.code.slice(3).toLowerCase();
  }
  if (letter === undefined) return event.key;
  return event.shiftKey ? letter.toUpperCase() : letter;
}

/**
 * The popup action of a key press, or null. Keys with Ctrl/Alt/Meta are the browser's; in editable fields only
 * Enter counts (it saves), so typing a note never re-tiers the site. Letters are read by {@link normalizedKey},
 * so Caps Lock changes nothing.
 */
export function popupActionForKey(event: {
  key: string;
  code?: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  target?: unknown;
}): PopupAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (isEditableTarget(event.target) && event.key !== 'Enter') return null;
  const key = normalizedKey(event);
  return POPUP_KEYS.find((k) => k.key === key)?.action ?? null;
}

/** What a key does in the popup's listing panel (a page that lists many companies, issue 10). */
export type ListingAction =
  | { kind: 'select'; command: 'all' | 'none' | 'graded' }
  | { kind: 'toggle' }
  | { kind: 'move'; by: 1 | -1 }
  | { kind: 'tier'; tier: Tier }
  | { kind: 'saveSelection' }
  | { kind: 'asOneCompany' }
  | { kind: 'openManager' }
  | { kind: 'openOptions' };

export interface ListingKeySpec {
  key: string;
  action: ListingAction;
  label: string;
}

/**
 * The listing panel's keys: select all shown (A), none (N), graded only (G); move with ↑ ↓ or J K and toggle with
 * Space; 1–4 pick the tier the selection is saved with (D by default); Enter saves the selection. L and O open the
 * prospect list and options as everywhere in the popup.
 */
export const LISTING_KEYS: readonly ListingKeySpec[] = [
  { key: 'a', action: { kind: 'select', command: 'all' }, label: 'A' },
  { key: 'n', action: { kind: 'select', command: 'none' }, label: 'N' },
  { key: 'g', action: { kind: 'select', command: 'graded' }, label: 'G' },
  { key: ' ', action: { kind: 'toggle' }, label: 'Space' },
  { key: 'ArrowDown', action: { kind: 'move', by: 1 }, label: '↓' },
  { key: 'j', action: { kind: 'move', by: 1 }, label: 'J' },
  { key: 'ArrowUp', action: { kind: 'move', by: -1 }, label: '↑' },
  { key: 'k', action: { kind: 'move', by: -1 }, label: 'K' },
  ...(['A', 'B', 'C', 'D'] as const).map((tier, i) => ({
    key: String(i + 1),
    action: { kind: 'tier', tier } as const,
    label: String(i + 1),
  })),
  { key: 'Enter', action: { kind: 'saveSelection' }, label: '↵' },
  { key: 'p', action: { kind: 'asOneCompany' }, label: 'P' },
  { key: 'l', action: { kind: 'openManager' }, label: 'L' },
  { key: 'o', action: { kind: 'openOptions' }, label: 'O' },
];

/** The hint label of the first listing key bound to an action. */
export function listingKeyLabel(match: (action: ListingAction) => boolean): string {
  return LISTING_KEYS.find((k) => match(k.action))?.label ?? '';
}

/**
 * The listing action of a key press, or null; the same rules as {@link popupActionForKey} (browser modifiers and
 * typing in fields are left alone; Space on a focused checkbox or button is the control's own).
 */
export function listingActionForKey(event: {
  key: string;
  code?: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  target?: unknown;
}): ListingAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (isEditableTarget(event.target) && event.key !== 'Enter') return null;
  const key = normalizedKey(event);
  return LISTING_KEYS.find((k) => k.key === key)?.action ?? null;
}
