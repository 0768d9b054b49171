/**
 * Keys pressed while the popup is still "Reading this page…" are kept and applied once the page is read, so a
 * rep who knows the site at a glance need not wait for the scan. Pure: the popup keeps the queue and applies the
 * folded result.
 */
import type { BuyerType, Tier } from '../model';
import type { PopupAction } from '../shortcuts';

/** What a queue of popup actions amounts to once the page is read. */
export interface QueuedOutcome {
  /** The last tier key pressed (a tier key saves, as it does when ready). */
  tier: Tier | null;
  /** The last buyer-type key pressed. */
  buyerType: BuyerType | null;
  /** True when a tier key or Enter was pressed: the prospect is saved once, with tier and buyer type together. */
  save: boolean;
  /** The other actions (note, site scan, copy, open a page), each once, in the order first pressed. */
  rest: PopupAction[];
}

/**
 * Folds queued actions into one outcome: a later tier or buyer-type key overrides an earlier one (the rep
 * corrected themselves), and tier + buyer + save become one save instead of several racing writes.
 * @example foldQueued([{ kind: 'buyer', buyerType: 'importer' }, { kind: 'tier', tier: 'B' }])
 * // { tier: 'B', buyerType: 'importer', save: true, rest: [] }
 */
export function foldQueued(actions: readonly PopupAction[]): QueuedOutcome {
  const out: QueuedOutcome = { tier: null, buyerType: null, save: false, rest: [] };
  for (const action of actions) {
    if (action.kind === 'tier') {
      out.tier = action.tier;
      out.save = true;
    } else if (action.kind === 'buyer') out.buyerType = action.buyerType;
    else if (action.kind === 'save') out.save = true;
    else if (!out.rest.some((a) => a.kind === action.kind)) out.rest.push(action);
  }
  return out;
}
