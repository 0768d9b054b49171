import { FileButton } from '@/components/common/FileButton';
import { useState } from 'react';
import { backupToJson, BackupError, parseBackup } from '@/lib/backup/backup';
import { applyBackup, collectBackup } from '@/lib/backup/storage-io';
import { db } from '@/lib/db/db';
import { useProspectCount } from '@/lib/db/hooks';
import { toStoreError } from '@/lib/db/prospects';
import { datedFilename, downloadText } from '@/lib/export/download';
import '@/lib/i18n/strings/options';
import { useT } from '@/lib/i18n/react';

/** Backup, restore, CSV import entry and "delete all" behind a typed confirmation. */
export function DataSection() {
  const t = useT();
  const count = useProspectCount() ?? 0;
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');

  const backup = async () => {
    downloadText(backupToJson(await collectBackup()), datedFilename('backup', 'json'), 'application/json');
  };
  const restore = async (file: File) => {
    try {
      const n = await applyBackup(parseBackup(await file.text()));
      setMessage(t('data.restored', { n }));
    } catch (e) {
      setMessage(e instanceof BackupError ? t(e.key) : toStoreError(e).message);
    }
  };
  const deleteAll = async () => {
    await db.prospects.clear();
    setConfirming(false);
    setTyped('');
    setMessage(t('data.deleted'));
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
        <FileButton accept=".json,application/json" testId="restore-file" onFile={(f) => void restore(f)}>
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
        <p role="status" data-testid="data-message">
          {message}
        </p>
      ) : null}
    </section>
  );
}
