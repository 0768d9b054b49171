import { describe, expect, it } from 'vitest';
import { isOverdue, replyByFor, sortQueue } from '../../../lib/inquiry/queue';
import { REPLY_HOURS } from '../../../lib/inquiry/rules';
import type { Inquiry } from '../../../lib/inquiry/schema';

const at = '2026-12-01T08:00:00.000Z';
const plus = (h: number) => new Date(Date.parse(at) + h * 3_600_000).toISOString();

describe('replyByFor', () => {
  it.each(['generic', 'detailed', 'complete'] as const)(
    'a new %s inquiry is due by its kind’s hours',
    (kind) => {
      expect(replyByFor(kind, 'new', at, at)).toBe(plus(REPLY_HOURS[kind]));
    },
  );
  it('answers owed after a holding reply run from the reply; settled ones owe nothing', () => {
    expect(replyByFor('generic', 'holding', at, plus(1))).toBe(plus(49));
    expect(replyByFor('detailed', 'quoted', at, at)).toBe('');
    expect(replyByFor('detailed', 'closed', at, at)).toBe('');
  });
});

describe('sortQueue', () => {
  const row = (id: string, replyBy: string, updatedAt = at) => ({ id, replyBy, updatedAt }) as Inquiry;
  it('puts the earliest reply-by first and settled ones last, newest first', () => {
    const sorted = sortQueue([
      row('settled-old', '', plus(1)),
      row('late', plus(8)),
      row('settled-new', '', plus(5)),
      row('soon', plus(2)),
    ]);
    expect(sorted.map((r) => r.id)).toEqual(['soon', 'late', 'settled-new', 'settled-old']);
  });
  it('knows what is overdue', () => {
    expect(isOverdue({ replyBy: plus(2) }, Date.parse(plus(3)))).toBe(true);
    expect(isOverdue({ replyBy: '' }, Date.parse(plus(3)))).toBe(false);
  });
});
