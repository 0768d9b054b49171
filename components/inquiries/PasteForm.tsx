import type { PasteNotice } from '@/lib/inquiry/paste-check';

interface Props {
  t: (key: string, params?: Record<string, string | number>) => string;
  subject: string;
  from: string;
  body: string;
  sourceUrl: string;
  notices: PasteNotice[];
  busy: boolean;
  onChange: (field: 'subject' | 'from' | 'body', value: string) => void;
  onSave: () => void;
  onClear: () => void;
}

/** The paste: subject, sender and the mail text (plain, webmail copy or HTML source), with what the paste needs. */
export function PasteForm({
  t,
  subject,
  from,
  body,
  sourceUrl,
  notices,
  busy,
  onChange,
  onSave,
  onClear,
}: Props) {
  return (
    <section className="card paste" data-testid="paste">
      <h2>{t('inquiry.paste.title')}</h2>
      {sourceUrl && <p className="muted">{t('inquiry.paste.fromSelection', { url: sourceUrl })}</p>}
      <label>
        {t('inquiry.paste.subject')}
        <input
          value={subject}
          onChange={(e) => onChange('subject', e.target.value)}
          data-testid="paste-subject"
        />
      </label>
      <label>
        {t('inquiry.paste.from')}
        <input value={from} onChange={(e) => onChange('from', e.target.value)} data-testid="paste-from" />
      </label>
      <label>
        {t('inquiry.paste.body')}
        <textarea
          value={body}
          rows={12}
          spellCheck={false}
          onChange={(e) => onChange('body', e.target.value)}
          data-testid="paste-body"
        />
      </label>
      <ul className="notices" data-testid="paste-notices">
        {notices.map((n) => (
          <li key={n.key} className={`notice ${n.tone}`} data-key={n.key}>
            {t(n.key, n.params)}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={onSave} data-testid="save">
          {t('inquiry.paste.save')}
        </button>
        <button type="button" onClick={onClear} data-testid="clear">
          {t('inquiry.paste.clear')}
        </button>
      </div>
    </section>
  );
}
