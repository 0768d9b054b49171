import { useState } from 'react';
import { formatDateTime, joinList, type Lang } from '@/lib/i18n/index';
import type { RestoreMode, RestorePlan } from '@/lib/backup/plan';

type T = (key: string, params?: Record<string, string | number>) => string;

/** One settings key as the rep reads it ("product profiles (2 here, 1 in the backup)"). */
function settingLabel(key: string, plan: RestorePlan, t: T): string {
  return t(`restore.setting.${key}`, { here: plan.profilesHere, backup: plan.profilesInBackup });
}

/**
 * The choice before a restore writes anything: what the backup holds against this browser (rows added, older,
 * edited here after the backup, settings that differ), then merge / replace / cancel; while it runs, progress
 * and a stop button (the restore is one transaction, so stopping writes nothing). Profiles and settings are
 * replaced only when the rep ticks the box; otherwise either choice keeps them and adds only what is missing.
 */
export function RestoreDialog(props: {
  plan: RestorePlan;
  exportedAt: string;
  progress: { done: number; total: number } | null;
  /** `withSettings`: the rep ticked "also replace my product profiles and settings". */
  onChoose: (mode: RestoreMode, withSettings: boolean) => void;
  onCancel: () => void;
  onStop: () => void;
  lang: Lang;
  t: T;
}) {
  const { plan, t, lang, progress } = props;
  const [withSettings, setWithSettings] = useState(false);
  const settings = joinList(
    lang,
    plan.settings.map((s) => settingLabel(s.key, plan, t)),
  );
  return (
    <div className="dialog-backdrop">
      <section className="dialog" role="dialog" aria-label={t('restore.title')} data-testid="restore-dialog">
        <h2>{t('restore.title')}</h2>
        <p>
          {t('restore.holds', {
            date: formatDateTime(lang, props.exportedAt),
            n: plan.total,
            profiles: plan.profilesInBackup,
          })}
        </p>
        <p data-testid="restore-rows">
          {t('restore.rows', {
            add: plan.add,
            older: plan.older,
            newer: plan.newerHere,
            same: plan.same,
            kept: plan.notInBackup,
          })}
        </p>
        {plan.newerHere > 0 ? (
          <p className="warn wrap" data-testid="restore-newer">
            {t('restore.newerList', {
              list: joinList(lang, [
                ...plan.newerHereDomains,
                ...(plan.newerHere > plan.newerHereDomains.length ? ['…'] : []),
              ]),
            })}
          </p>
        ) : null}
        <p data-testid="restore-settings">
          {settings ? t('restore.settings', { list: settings }) : t('restore.settingsSame')}
        </p>
        {plan.settings.length > 0 && !progress ? (
          <label className="restore-settings-choice" data-testid="restore-with-settings-label">
            <input
              type="checkbox"
              checked={withSettings}
              onChange={(e) => setWithSettings(e.target.checked)}
              data-testid="restore-with-settings"
            />{' '}
            {t('restore.withSettings')}
            <span className="muted">
              {' '}
              {withSettings
                ? plan.settings.some((s) => s.key === 'profiles')
                  ? t('restore.replaceProfiles', { here: plan.profilesHere, backup: plan.profilesInBackup })
                  : ''
                : t('restore.keepSettings')}
            </span>
          </label>
        ) : null}
        {plan.dropped.length > 0 ? (
          <p className="muted wrap" data-testid="restore-dropped">
            {t('restore.dropped', { list: joinList(lang, plan.dropped) })}
          </p>
        ) : null}
        {progress ? (
          <div className="progress-row" data-testid="restore-progress">
            <progress max={progress.total || 1} value={progress.done} />
            <span>
              {t('restore.progress', {
                done: progress.done,
                total: progress.total,
              })}
            </span>
            <button type="button" onClick={props.onStop} data-testid="restore-stop">
              {t('restore.stop')}
            </button>
          </div>
        ) : (
          <div className="choices">
            <button
              type="button"
              className="primary"
              onClick={() => props.onChoose('merge', withSettings)}
              data-testid="restore-merge"
            >
              {t('restore.merge')}
            </button>
            <span className="muted">
              {t('restore.mergeHelp', { add: plan.add, older: plan.older, newer: plan.newerHere })}
            </span>
            <button
              type="button"
              onClick={() => props.onChoose('replace', withSettings)}
              data-testid="restore-replace"
            >
              {t('restore.replace')}
            </button>
            <span className="muted">
              {t('restore.replaceHelp', {
                add: plan.add,
                replace: plan.older + plan.newerHere,
                newer: plan.newerHere,
              })}
            </span>
            <button type="button" onClick={props.onCancel} data-testid="restore-cancel">
              {t('restore.cancel')}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
