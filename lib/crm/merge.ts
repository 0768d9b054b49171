/**
 * Merging and history of the customer file, used by lib/prospect/merge.ts when a site is saved again, a sheet is
 * imported or a backup restored: nothing the rep recorded is lost.
 */
import type { HistoryEntry } from '../model';
import type { ContactLogEntry, ContactPerson, Crm } from './schema';

const personKey = (p: ContactPerson) =>
  p.email ? `e:${p.email.toLowerCase()}` : `n:${p.name.toLowerCase()}`;

/**
 * Contact persons of both lists, each once (same e-mail, else same name). The stored entry wins, its blanks are
 * filled from the incoming one: a scan never overwrites what the rep typed.
 */
export function mergePeople(
  a: readonly ContactPerson[] = [],
  b: readonly ContactPerson[] = [],
): ContactPerson[] {
  const out = a.map((p) => ({ ...p }));
  for (const p of b) {
    const same = out.find(
      (q) =>
        personKey(q) === personKey(p) ||
        (q.name.toLowerCase() === p.name.toLowerCase() && (!q.email || !p.email)),
    );
    if (!same) {
      out.push({ ...p });
      continue;
    }
    for (const k of ['salutation', 'title', 'email', 'phone', 'language', 'notes'] as const) {
      if (!same[k] && p[k]) (same as Record<string, unknown>)[k] = p[k];
    }
  }
  return out;
}

function mergeLog(a: readonly ContactLogEntry[] = [], b: readonly ContactLogEntry[] = []): ContactLogEntry[] {
  const key = (e: ContactLogEntry) => `${e.at}|${e.channel}|${e.note}`;
  const seen = new Set<string>();
  const out: ContactLogEntry[] = [];
  for (const e of [...a, ...b]) {
    if (seen.has(key(e))) continue;
    seen.add(key(e));
    out.push(e);
  }
  return out.sort((x, y) => x.at.localeCompare(y.at));
}

/**
 * The customer file of a re-saved, imported or restored record: people and log are unions; loyalty, figures,
 * judged grade and next contact take the incoming value when it has one (an import or backup is newer news), else
 * keep the stored one; the valuation is the stored one (recomputed across customers afterwards).
 * Invariant: `mergeCrm(undefined, c)` is `c` and `mergeCrm(c, undefined)` is `c`.
 */
export function mergeCrm(existing: Crm | undefined, incoming: Crm | undefined): Crm | undefined {
  if (!existing) return incoming;
  if (!incoming) return existing;
  const merged: Crm = { ...existing };
  for (const k of ['loyalty', 'figures', 'judgedGrade', 'nextContact'] as const) {
    if (incoming[k] !== undefined) (merged as Record<string, unknown>)[k] = incoming[k];
  }
  merged.valuation = existing.valuation ?? incoming.valuation;
  if (!merged.valuation) delete merged.valuation;
  if (existing.people || incoming.people) merged.people = mergePeople(existing.people, incoming.people);
  if (existing.log || incoming.log) merged.log = mergeLog(existing.log, incoming.log);
  return merged;
}

/** The customer-file fields whose changes go into the prospect's history (the monthly review reads them). */
export const CRM_TRACKED = ['loyalty', 'judgedGrade', 'valueGrade'] as const;

function tracked(crm: Crm | undefined, field: (typeof CRM_TRACKED)[number]): string {
  if (!crm) return '';
  if (field === 'valueGrade') return crm.valuation?.grade ?? '';
  return crm[field] ?? '';
}

/** History entries for the tracked customer-file fields that differ between two versions. */
export function crmHistory(before: Crm | undefined, after: Crm | undefined, at: string): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const field of CRM_TRACKED) {
    const from = tracked(before, field);
    const to = tracked(after, field);
    if (from !== to) entries.push({ at, field, from, to });
  }
  return entries;
}
