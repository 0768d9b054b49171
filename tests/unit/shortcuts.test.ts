import { describe, expect, it } from 'vitest';
import {
  COMMANDS,
  manifestCommands,
  POPUP_KEYS,
  POPUP_TIER_KEYS,
  popupActionForKey,
} from '../../lib/shortcuts';

describe('commands table', () => {
  it('has at most four suggested keys, _execute_action included (Chrome limit)', () => {
    const keyed = Object.values(manifestCommands()).filter((c) => c.suggested_key);
    expect(keyed).toHaveLength(4);
    expect(COMMANDS.map((c) => c.name)).toEqual([
      'save-suggested',
      'tier-a',
      'tier-b',
      'tier-c',
      'tier-d',
      '_execute_action',
      'send-to-inquiries',
    ]);
  });
});

describe('popup keys', () => {
  it('binds each key once', () => {
    const keys = POPUP_KEYS.map((k) => k.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maps letters and digits to tiers', () => {
    expect(POPUP_TIER_KEYS).toEqual({
      a: 'A',
      '1': 'A',
      b: 'B',
      '2': 'B',
      c: 'C',
      '3': 'C',
      d: 'D',
      '4': 'D',
    });
  });

  const input = { tagName: 'INPUT', type: 'text' };
  it.each([
    [{ key: 'b' }, { kind: 'tier', tier: 'B' }],
    [{ key: '4' }, { kind: 'tier', tier: 'D' }],
    [
      { key: 'D', shiftKey: true },
      { kind: 'buyer', buyerType: 'distributor' },
    ],
    [
      { key: 'W', shiftKey: true },
      { kind: 'buyer', buyerType: 'wholesaler' },
    ],
    // Caps Lock: upper-case letters without Shift are still tiers; Shift still means the buyer type.
    [
      { key: 'B', shiftKey: false },
      { kind: 'tier', tier: 'B' },
    ],
    [
      { key: 'D', shiftKey: false },
      { kind: 'tier', tier: 'D' },
    ],
    [
      { key: 'w', shiftKey: true },
      { kind: 'buyer', buyerType: 'wholesaler' },
    ],
    // A Russian layout: the physical key counts.
    [
      { key: 'и', code: 'KeyB' },
      { kind: 'tier', tier: 'B' },
    ],
    [{ key: 'Enter', code: 'Enter', shiftKey: true }, { kind: 'save' }],
    [{ key: 'Enter' }, { kind: 'save' }],
    [{ key: 'Enter', target: input }, { kind: 'save' }],
    [{ key: 'y' }, { kind: 'copyAll' }],
    [{ key: 'a', target: input }, null],
    [{ key: 'a', target: { tagName: 'DIV', isContentEditable: true } }, null],
    [
      { key: 'a', target: { tagName: 'BUTTON' } },
      { kind: 'tier', tier: 'A' },
    ],
    [{ key: 'a', ctrlKey: true }, null],
    [{ key: 'x' }, null],
  ])('%o → %o', (event, action) => {
    expect(popupActionForKey(event)).toEqual(action);
  });
});
