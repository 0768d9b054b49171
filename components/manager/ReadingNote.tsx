import { useLiveQuery } from 'dexie-react-hooks';
import { db as sharedDb, type TierScoutDB } from '@/lib/db/db';
import { decodeReading } from '@/lib/grading/stored-reading';
import '@/lib/i18n/strings/grading';
import { formatDate } from '@/lib/i18n/index';
import { useLang, useT } from '@/lib/i18n/react';

/**
 * Whether a profile change re-grades this prospect: yes, from the reading kept on a given day; or not until the
 * rep opens the site again (saved before readings were kept, or kept by an older version of the grading).
 */
export function ReadingNote({ domain, db = sharedDb }: { domain: string; db?: TierScoutDB }) {
  const t = useT();
  const lang = useLang();
  const row = useLiveQuery(() => db.readings.get(domain), [domain, db], null);
  if (row === null) return null;
  const decoded = row ? decodeReading(row.stored) : null;
  return decoded && row ? (
    <p className="muted reading-note" data-testid="reading-note" data-regradable="yes">
      {t('grading.regradable', { date: formatDate(lang, row.stored.at) })}
    </p>
  ) : (
    <p className="reading-note reading-note--stale" data-testid="reading-note" data-regradable="no">
      {t('grading.notRegradable')}
    </p>
  );
}
