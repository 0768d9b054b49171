import { describe, expect, it } from 'vitest';
import { foldQueued } from '../../../lib/popup/key-queue';
import type { PopupAction } from '../../../lib/shortcuts';

describe('foldQueued', () => {
  it.each<[string, PopupAction[], ReturnType<typeof foldQueued>]>([
    ['nothing pressed', [], { tier: null, buyerType: null, save: false, rest: [] }],
    [
      'a tier key saves with that tier',
      [{ kind: 'tier', tier: 'B' }],
      { tier: 'B', buyerType: null, save: true, rest: [] },
    ],
    [
      'the last tier wins and the buyer type joins the same save',
      [
        { kind: 'tier', tier: 'A' },
        { kind: 'buyer', buyerType: 'importer' },
        { kind: 'tier', tier: 'C' },
      ],
      { tier: 'C', buyerType: 'importer', save: true, rest: [] },
    ],
    [
      'a buyer type alone does not save',
      [{ kind: 'buyer', buyerType: 'wholesaler' }],
      { tier: null, buyerType: 'wholesaler', save: false, rest: [] },
    ],
    [
      'Enter saves with the suggestion; other actions run once each',
      [{ kind: 'copyAll' }, { kind: 'save' }, { kind: 'copyAll' }, { kind: 'note' }],
      { tier: null, buyerType: null, save: true, rest: [{ kind: 'copyAll' }, { kind: 'note' }] },
    ],
  ])('%s', (_name, actions, outcome) => {
    expect(foldQueued(actions)).toEqual(outcome);
  });
});
