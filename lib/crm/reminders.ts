/**
 * The follow-up reminder: one `chrome.alarms` alarm at the next due next-contact time, and a browser notification
 * when it rings, naming the prospects that came due. Both APIs are optional permissions (`alarms`,
 * `notifications`), asked for the first time the rep sets a follow-up; without them the follow-up still shows in
 * the manager's Follow-ups view. The `crm.nextContact` index (Dexie version 6) finds the next due row without
 * reading the table.
 */
import { browser, storage } from '#imports';
import type { TierScoutDB } from '../db/db';
import { resolveLang, t } from '../i18n';
import '../i18n/strings/crm';
import { languageSetting } from '../settings';

export const REMINDER_ALARM = 'tierscout-follow-up';
/** The permissions the reminder needs, asked together. */
export const REMINDER_PERMISSIONS = ['alarms', 'notifications'] as const;

/** Time up to which due follow-ups were already notified, so each rings once. Added 2026-12-03 (issue 14). */
export const remindedUntil = storage.defineItem<string>('local:followUpsRemindedUntil', { fallback: '' });

type Alarms = typeof browser.alarms;
type Notifications = typeof browser.notifications;

/** The alarm and notification APIs when the permissions are granted (Chrome leaves them undefined otherwise). */
function apis(): { alarms: Alarms; notifications: Notifications } | null {
  const b = browser as unknown as { alarms?: Alarms; notifications?: Notifications };
  return b.alarms && b.notifications ? { alarms: b.alarms, notifications: b.notifications } : null;
}

/**
 * Asks for the reminder permissions. Call it directly in the click handler (Chrome needs the user gesture);
 * resolves true when granted (at once, without a prompt, when they already are).
 */
export function askReminderPermission(): Promise<boolean> {
  return browser.permissions.request({ permissions: [...REMINDER_PERMISSIONS] }).catch(() => false);
}

/**
 * Sets the alarm to the earliest next-contact time after `remindedUntil` (clears it when none).
 * @returns the alarm time (ms), or null when none is set or the permission is missing.
 */
export async function scheduleReminder(db: TierScoutDB): Promise<number | null> {
  const api = apis();
  if (!api) return null;
  const after = await remindedUntil.getValue();
  const next = await db.prospects.where('crm.nextContact').above(after).first();
  const due = next?.crm?.nextContact;
  if (!due) {
    await api.alarms.clear(REMINDER_ALARM);
    return null;
  }
  // An alarm in the past rings at once (Chrome fires it on the next minute at the latest).
  const when = Math.max(Date.parse(due), Date.now() + 1000);
  await api.alarms.create(REMINDER_ALARM, { when });
  return when;
}

/**
 * Notifies the follow-ups that came due since the last reminder (one notification naming the first company and
 * how many more), remembers the time, and sets the next alarm.
 * @returns the domains notified.
 */
export async function remindDue(db: TierScoutDB, now = new Date()): Promise<string[]> {
  const api = apis();
  if (!api) return [];
  const after = await remindedUntil.getValue();
  const nowIso = now.toISOString();
  const due = await db.prospects.where('crm.nextContact').between(after, nowIso, false, true).toArray();
  if (due.length > 0) {
    const lang = resolveLang(await languageSetting.getValue(), browser.i18n.getUILanguage());
    const first = due[0]!;
    const name = first.company.name || first.domain;
    await api.notifications.create(`${REMINDER_ALARM}:${nowIso}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t(lang, 'followups.notification.title'),
      message:
        due.length === 1
          ? t(lang, 'followups.notification.single', { name })
          : t(lang, 'followups.notification.several', { name, more: due.length - 1 }),
    });
  }
  await remindedUntil.setValue(nowIso);
  await scheduleReminder(db);
  return due.map((p) => p.domain);
}

let isWired = false;

/**
 * Background wiring: rings on the alarm, opens the Follow-ups view on a click, and starts once the rep grants the
 * permissions (Chrome adds the APIs to the running worker then).
 */
export function wireReminders(db: TierScoutDB): void {
  const wire = () => {
    const api = apis();
    if (!api || isWired) return;
    isWired = true;
    api.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === REMINDER_ALARM) void remindDue(db);
    });
    api.notifications.onClicked.addListener((id) => {
      if (!id.startsWith(REMINDER_ALARM)) return;
      void browser.tabs.create({ url: browser.runtime.getURL('/prospects.html#followups') });
      void api.notifications.clear(id);
    });
    void scheduleReminder(db);
  };
  wire();
  browser.permissions.onAdded.addListener((added) => {
    if (added.permissions?.some((p) => (REMINDER_PERMISSIONS as readonly string[]).includes(p))) wire();
  });
}
