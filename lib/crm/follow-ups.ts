/**
 * Follow-ups: which prospects are overdue, due today or coming up, from the manager's rows. Pure; the clock is a
 * parameter. "Today" is the rep's local calendar day: a call planned for 09:00 is still "due today" at 15:00.
 */
import type { ManagerRow } from '../manager/rows';

export interface FollowUpLists {
  /** Due before today, oldest first. */
  overdue: ManagerRow[];
  /** Due at any time today, earliest first. */
  today: ManagerRow[];
  /** Due in the next `days` days after today, earliest first. */
  later: ManagerRow[];
}

function startOfDay(d: Date, plusDays = 0): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + plusDays);
}

/**
 * Sorts the rows with a next-contact date into overdue / today / coming up.
 * @example followUpLists(rows, new Date()).today.length // how many calls to make today
 */
export function followUpLists(rows: readonly ManagerRow[], now: Date, days = 7): FollowUpLists {
  const today = startOfDay(now).toISOString();
  const tomorrow = startOfDay(now, 1).toISOString();
  const horizon = startOfDay(now, 1 + days).toISOString();
  const out: FollowUpLists = { overdue: [], today: [], later: [] };
  for (const row of rows) {
    const due = row.crm?.nextContact;
    if (!due) continue;
    if (due < today) out.overdue.push(row);
    else if (due < tomorrow) out.today.push(row);
    else if (due < horizon) out.later.push(row);
  }
  const byDue = (a: ManagerRow, b: ManagerRow) => a.crm!.nextContact.localeCompare(b.crm!.nextContact);
  out.overdue.sort(byDue);
  out.today.sort(byDue);
  out.later.sort(byDue);
  return out;
}

/** How many follow-ups are due now or earlier (the tab's count). */
export function dueCount(lists: FollowUpLists, now: Date): number {
  const iso = now.toISOString();
  return lists.overdue.length + lists.today.filter((r) => r.crm!.nextContact <= iso).length;
}
