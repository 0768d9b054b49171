import { isOverdue } from '@/lib/inquiry/queue';
import { INQUIRY_STATUSES, type Inquiry, type InquiryStatus } from '@/lib/inquiry/schema';

interface Props {
  t: (key: string, params?: Record<string, string | number>) => string;
  /** Already in answer-first order. */
  rows: Inquiry[];
  selectedId: string | null;
  now: number;
  formatTime: (iso: string) => string;
  onSelect: (id: string) => void;
  onStatus: (id: string, status: InquiryStatus) => void;
  onDelete: (id: string) => void;
  onExport: () => void;
}

/** The queue: what to answer first on top, each with its kind, sender, reply-by time and status. */
export function QueueList({
  t,
  rows,
  selectedId,
  now,
  formatTime,
  onSelect,
  onStatus,
  onDelete,
  onExport,
}: Props) {
  return (
    <section className="card queue" data-testid="queue">
      <div className="queue-head">
        <h2>
          {t('inquiry.queue.title')} <span className="muted">({rows.length})</span>
        </h2>
        <button type="button" onClick={onExport} disabled={rows.length === 0} data-testid="export-csv">
          {t('inquiry.queue.export')}
        </button>
      </div>
      {rows.length === 0 && <p className="muted">{t('inquiry.queue.empty')}</p>}
      <ol className="queue-rows">
        {rows.map((r) => {
          const overdue = isOverdue(r, now);
          return (
            <li
              key={r.id}
              className={`queue-row${r.id === selectedId ? ' selected' : ''}${overdue ? ' overdue' : ''}`}
              data-testid="queue-row"
              data-id={r.id}
              data-status={r.status}
            >
              <button type="button" className="link queue-main" onClick={() => onSelect(r.id)}>
                <span
                  className={`kind-dot kind-${r.triage.kind}`}
                  title={t(`inquiry.kind.${r.triage.kind}`)}
                />
                <b>{r.subject || r.senderEmail || '—'}</b>
                <span className="muted">
                  {' '}
                  · {r.triage.facts.company?.value ?? (r.senderName || r.senderEmail)}
                </span>
                <span className={`due${overdue ? ' late' : ''}`} data-testid="reply-by">
                  {r.replyBy
                    ? t(overdue ? 'inquiry.queue.overdue' : 'inquiry.queue.replyBy', {
                        time: formatTime(r.replyBy),
                      })
                    : t('inquiry.queue.settled')}
                </span>
              </button>
              <select
                value={r.status}
                onChange={(e) => onStatus(r.id, e.target.value as InquiryStatus)}
                data-testid="status"
                aria-label={t('inquiry.queue.title')}
              >
                {INQUIRY_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`inquiry.status.${s}`)}
                  </option>
                ))}
              </select>
              <button type="button" className="link danger" onClick={() => onDelete(r.id)}>
                {t('inquiry.queue.delete')}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
