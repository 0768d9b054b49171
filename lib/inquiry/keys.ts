/**
 * The inquiries page's keys (no browser modifier), one table for the handler and the hints. Typing in a field never
 * triggers them.
 */
import { isEditableTarget } from '../shortcuts';

export type InquiryKeyAction = 'copyReply' | 'openSite' | 'next' | 'previous';

export const INQUIRY_KEYS: readonly { key: string; action: InquiryKeyAction; label: string }[] = [
  { key: 'c', action: 'copyReply', label: 'C' },
  { key: 'o', action: 'openSite', label: 'O' },
  { key: 'ArrowDown', action: 'next', label: '↓' },
  { key: 'ArrowUp', action: 'previous', label: '↑' },
];

/** The action of a key press on the page, or null. */
export function inquiryActionForKey(event: {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  target?: unknown;
}): InquiryKeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey || isEditableTarget(event.target)) return null;
  return INQUIRY_KEYS.find((k) => k.key === event.key)?.action ?? null;
}

/** The hint label of an action's key. */
export function inquiryKeyLabel(action: InquiryKeyAction): string {
  return INQUIRY_KEYS.find((k) => k.key && k.action === action)?.label ?? '';
}
