/**
 * The one table of keyboard shortcuts. `wxt.config.ts` builds the manifest `commands` from it, the background
 * dispatches on its command names, and the popup and options list it as help.
 *
 * Chrome allows at most four commands with a suggested key, `_execute_action` included
 * (shared/RECIPE.md "Commands limit"). The four keyed ones are those a rep uses on every site: save with the
 * suggested tier, and tier A, B, C directly. Tier D and opening the popup are listed too, without a key, so the
 * rep can assign them on the browser's shortcuts page.
 */
import type { Tier } from './model';

export type CommandName = 'save-suggested' | 'tier-a' | 'tier-b' | 'tier-c' | 'tier-d' | '_execute_action';

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
  { name: 'tier-b', tier: 'B', key: 'Alt+Shift+2', help: 'shortcut.tierB' },
  { name: 'tier-c', tier: 'C', key: 'Alt+Shift+3', help: 'shortcut.tierC' },
  { name: 'tier-d', tier: 'D', help: 'shortcut.tierD' },
  { name: '_execute_action', tier: null, help: 'shortcut.openPopup' },
];

/** Description strings stay in English in the manifest; the UI shows translated help. */
const MANIFEST_DESCRIPTIONS: Record<CommandName, string> = {
  'save-suggested': 'Save this site with the suggested tier',
  'tier-a': 'Save this site as tier A',
  'tier-b': 'Save this site as tier B',
  'tier-c': 'Save this site as tier C',
  'tier-d': 'Save this site as tier D',
  _execute_action: 'Open TierScout',
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

/** In-popup keys (no modifier). Letters and digits both set the tier; one letter per buyer type. */
export const POPUP_TIER_KEYS: Record<string, Tier> = {
  a: 'A',
  b: 'B',
  c: 'C',
  d: 'D',
  '1': 'A',
  '2': 'B',
  '3': 'C',
  '4': 'D',
};
