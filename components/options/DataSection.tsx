import { FileButton } from '@/components/common/FileButton';
import { RestoreDialog } from '@/components/options/RestoreDialog';
import { useRef, useState } from 'react';
import { type Backup, backupToJson, BackupError, parseBackup } from '@/lib/backup/backup';
import type { RestoreMode, RestorePlan } from '@/lib/backup/plan';
import {
  applyRestore,
  collectBackup,
  type RestoreUndo,
  readRestorePlan,
  undoRestore,
} from '@/lib/backup/storage-io';
import { db } from '@/lib/db/db';
import { useProspectCount } from '@/lib/db/hooks';
import { toStoreError } from '@/lib/db/prospects';
import { datedFilename, downloadText } from '@/lib/export/download';
import '@/lib/i18n/strings/data-safety';
import '@/lib/i18n/strings/options';
import '@/lib/i18n/strings/shortcuts';
import { joinList, type Lang } from '@/lib/i18n/index';
import { useLang, useT } from '@/lib/i18n/react';

/** A restore between picking the file and the rep's answer, then while it runs. */
interface PendingRestore {
  backup: Backup;
  plan: RestorePlan;
  progress: { done: number; total: number } | null;
}

type Translate = (key: string, params?: Record<string, string | number>) => string;
/** A message in whatever language is current when it shows. */
type Say = (t: Translate, lang: Lang) => string;

/** Backup, restore, CSV import entry and "delete all" behind a typed confirmation. */
export function DataSection() {
  const t = useT();
  const lang = useLang();
  const count = useProspectCount() ?? 0;
  // The message is kept as a function of the language, so it reads in the new one when the rep switches it here.
  const [message, setMessage] = useState<{ say: Say } | null>(null);
  const say = (text: Say) => setMessage({ say: text });
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [undo, setUndo] = useState<RestoreUndo | null>(null);
  const stop = useRef<AbortController | null>(null);

  const backup = async () => {
    downloadText(backupToJson(await collectBackup()), datedFilename('backup', 'json'), 'application/json');
  };
  // Nothing is written until the rep has seen the plan and chosen merge or replace.
  const pickBackup = async (file: File) => {
    setUndo(null);
    say((t) => t('restore.reading', { file: file.name }));
    try {
      const { backup, dropped } = parseBackup(await file.text());
      const plan = await readRestorePlan(backup, dropped);
      setMessage(null);
      setPending({ backup, plan, progress: null });
    } catch (e) {
      say((t) =>
        e instanceof BackupError
          ? t(e.detail ? 'backup.error.damaged' : e.key, { detail: e.detail })
          : t('restore.failed', { reason: t(`store.error.${toStoreError(e).kind}`) }),
      );
    }
  };
  const restore = async (mode: RestoreMode, withSettings: boolean) => {
    if (!pending) return;
    const controller = new AbortController();
    stop.current = controller;
    setPending({ ...pending, progress: { done: 0, total: pending.plan.total } });
    try {
      const outcome = await applyRestore(pending.backup, mode, db, {
        // Profiles and settings are replaced only when the rep ticked the box (issue 12).
        settings: withSettings ? 'replace' : 'merge',
        signal: controller.signal,
        onProgress: (done, total) => setPending((p) => (p ? { ...p, progress: { done, total } } : p)),
      });
      const plan = pending.plan;
      say((t, lang) =>
        t('restore.done', {
          added: outcome.added,
          replaced: outcome.replaced,
          kept: outcome.keptNewer,
          unchanged: outcome.unchanged,
          settings:
            joinList(
              lang,
              outcome.settings.map((k) =>
                t(`restore.setting.${k}`, { here: plan.profilesHere, backup: plan.profilesInBackup }),
              ),
            ) || t('restore.noSettings'),
        }),
      );
      setUndo(outcome.undo);
    } catch (e) {
      const kind = toStoreError(e).kind;
      say((t) =>
        kind === 'cancelled'
          ? t('restore.stopped')
          : t('restore.failed', { reason: t(`store.error.${kind}`) }),
      );
    } finally {
      stop.current = null;
      setPending(null);
    }
  };
  const undoLast = async () => {
    if (!undo) return;
    try {
      const kept = await undoRestore(undo);
      setUndo(null);
      say((t) =>
        kept > 0 ? `${t('restore.undone')} ${t('restore.undoKept', { n: kept })}` : t('restore.undone'),
      );
    } catch (e) {
      say((t) => t(`store.error.${toStoreError(e).kind}`));
    }
  };
  const deleteAll = async () => {
    await db.transaction('rw', db.prospects, db.readings, async () => {
      await db.prospects.clear();
      await db.readings.clear();
    });
    setConfirming(false);
    setTyped('');
    say((t) => t('data.deleted'));
  };

  return (
    <section className="ts-options-section" data-testid="data-section">
      <h2>{t('data.title')}</h2>
      <p data-testid="data-count">{t('data.count', { n: count })}</p>
      <p>
        <button type="button" onClick={() => void backup()} data-testid="backup">
          {t('data.backup')}
        </button>{' '}
        <span className="muted">{t('data.backupHelp')}</span>
      </p>
      <p>
        <FileButton accept=".json,application/json" testId="restore-file" onFile={(f) => void pickBackup(f)}>
          {t('data.restore')}
        </FileButton>
      </p>
      <p>
        <a href="/prospects.html#import">{t('data.import')}</a>
      </p>
      {confirming ? (
        <div className="danger-zone">
          <p>{t('data.deleteConfirm', { n: count })}</p>
          <input
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            data-testid="delete-confirm"
            aria-label={t('data.deleteWord')}
          />{' '}
          <button
            type="button"
            className="danger"
            disabled={typed !== t('data.deleteWord')}
            onClick={() => void deleteAll()}
            data-testid="delete-now"
          >
            {t('data.deleteNow')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('data.cancel')}
          </button>
        </div>
      ) : (
        <p>
          <button
            type="button"
            className="danger"
            onClick={() => setConfirming(true)}
            data-testid="delete-all"
          >
            {t('data.deleteAll')}
          </button>
        </p>
      )}
      {message ? (
        <p role="status" className="wrap" data-testid="data-message">
          {message.say(t, lang)}{' '}
          {undo ? (
            <button type="button" onClick={() => void undoLast()} data-testid="restore-undo">
              {t('restore.undo')}
            </button>
          ) : null}
        </p>
      ) : null}
      {pending ? (
        <RestoreDialog
          plan={pending.plan}
          exportedAt={pending.backup.exportedAt}
          progress={pending.progress}
          onChoose={(mode, withSettings) => void restore(mode, withSettings)}
          onCancel={() => {
            setPending(null);
            say((t) => t('restore.cancelled'));
          }}
          onStop={() => stop.current?.abort()}
          lang={lang}
          t={t}
        />
      ) : null}
    </section>
  );
}
