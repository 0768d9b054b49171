import type { FollowUpLists } from '@/lib/crm/follow-ups';
import { formatDateTime, formatNumber, type Lang } from '@/lib/i18n/index';
import type { ManagerRow } from '@/lib/manager/rows';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Rows listed per group; the rest are counted (a rep with 2,000 overdue calls needs the oldest first, not all). */
const SHOWN = 200;

/** The follow-ups due: overdue, today and the coming week, each row opening its customer file. */
export function FollowUpsView(props: {
  lists: FollowUpLists;
  lang: Lang;
  onOpen: (domain: string) => void;
  t: Translate;
}) {
  const { lists, lang, t } = props;
  const groups = [
    ['overdue', lists.overdue],
    ['today', lists.today],
    ['later', lists.later],
  ] as const;
  if (groups.every(([, rows]) => rows.length === 0)) {
    return (
      <section className="followups" data-testid="followups">
        <h2>{t('followups.title')}</h2>
        <p className="muted">{t('followups.none')}</p>
      </section>
    );
  }
  return (
    <section className="followups" data-testid="followups">
      <h2>{t('followups.title')}</h2>
      {groups.map(([key, rows]) =>
        rows.length === 0 ? null : (
          <div key={key} className={`followup-group ${key}`} data-testid={`followups-${key}`}>
            <h3>
              {t(`followups.${key}`)} <span className="muted">({formatNumber(lang, rows.length)})</span>
            </h3>
            <ul className="plain">
              {rows.slice(0, SHOWN).map((row: ManagerRow) => (
                <li key={row.domain} className="followup" data-domain={row.domain}>
                  <button type="button" className="link strong" onClick={() => props.onOpen(row.domain)}>
                    {row.name || row.domain}
                  </button>
                  <span className="muted"> · {row.domain}</span>
                  <span className={key === 'later' ? 'muted' : 'due'}>
                    {' '}
                    · {t('followups.due', { when: formatDateTime(lang, row.crm!.nextContact) })}
                  </span>
                  {row.crm?.lastContact ? (
                    <span className="muted">
                      {' '}
                      · {t('followups.lastContact', { when: formatDateTime(lang, row.crm.lastContact) })}
                    </span>
                  ) : null}
                  {row.crm?.people[0] ? <span className="muted"> · {row.crm.people[0].name}</span> : null}
                </li>
              ))}
            </ul>
            {rows.length > SHOWN ? (
              <p className="muted">{t('followups.more', { n: rows.length - SHOWN })}</p>
            ) : null}
          </div>
        ),
      )}
    </section>
  );
}
