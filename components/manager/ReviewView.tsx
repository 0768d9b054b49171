import { formatDate, type Lang } from '@/lib/i18n/index';
import { type ReviewEntry, type ReviewKind, reviewValueText } from '@/lib/crm/review';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The monthly review: a month picker, the month's new customers, moved grades and lost customers, and the CSV. */
export function ReviewView(props: {
  month: string;
  onMonth: (month: string) => void;
  entries: readonly ReviewEntry[] | undefined;
  onCsv: () => void;
  onOpen: (domain: string) => void;
  lang: Lang;
  t: Translate;
}) {
  const { entries, lang, t } = props;
  const of = (kind: ReviewKind) => (entries ?? []).filter((e) => e.kind === kind);
  return (
    <section className="review" data-testid="review">
      <header className="review-head">
        <h2>{t('review.title')}</h2>
        <label>
          {t('review.month')}{' '}
          <input
            type="month"
            value={props.month}
            onChange={(e) => e.target.value && props.onMonth(e.target.value)}
            data-testid="review-month"
          />
        </label>
        <button type="button" onClick={props.onCsv} disabled={!entries?.length} data-testid="review-csv">
          {t('review.csv')}
        </button>
        {entries ? (
          <span className="muted" data-testid="review-count">
            {t('review.count', { n: of('new').length, m: of('moved').length, l: of('lost').length })}
          </span>
        ) : null}
      </header>
      {entries && entries.length === 0 ? <p className="muted">{t('review.none')}</p> : null}
      {(['new', 'moved', 'lost'] as const).map((kind) =>
        of(kind).length === 0 ? null : (
          <div key={kind} className={`review-group ${kind}`} data-testid={`review-${kind}`}>
            <h3>{t(`review.${kind}`)}</h3>
            <ul className="plain">
              {of(kind).map((e) => (
                <li key={`${e.kind}|${e.domain}`} data-domain={e.domain}>
                  <button type="button" className="link strong" onClick={() => props.onOpen(e.domain)}>
                    {e.name}
                  </button>
                  <span className="muted">
                    {' '}
                    · {e.domain} · {formatDate(lang, e.at)}
                  </span>
                  {e.from || e.to ? (
                    <span>
                      {' '}
                      · {reviewValueText(lang, e.kind, e.from) || '—'} → {reviewValueText(lang, e.kind, e.to)}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}
