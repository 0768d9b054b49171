import { useEffect, useState } from 'react';
import { explainText } from '@/lib/crm/explain';
import { type FiguresInput, readFigures, readNextContact, toLocalInput } from '@/lib/crm/input';
import { EMPTY_PERSON, splitHonorific } from '@/lib/crm/people';
import {
  CONTACT_CHANNELS,
  type ContactChannel,
  type ContactPerson,
  type Crm,
  LOYALTIES,
  type Loyalty,
  VALUE_GRADES,
  type ValueGrade,
} from '@/lib/crm/schema';
import { formatDateTime, type Lang } from '@/lib/i18n/index';
import type { Prospect } from '@/lib/model';

type Translate = (key: string, params?: Record<string, string | number>) => string;

const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]{2,}$/;

/** The form state: what the rep types, kept as strings until saved. */
interface Draft {
  loyalty: Loyalty | '';
  judgedGrade: ValueGrade | '';
  figures: FiguresInput;
  next: string;
  people: ContactPerson[];
}

function toDraft(p: Prospect): Draft {
  const c = p.crm ?? {};
  const f = c.figures;
  const s = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    loyalty: c.loyalty ?? '',
    judgedGrade: c.judgedGrade ?? '',
    figures: {
      year: String(f?.year ?? new Date().getFullYear()),
      orderAmount: s(f?.orderAmount),
      profit: s(f?.profit),
      daysLate: s(f?.daysLate),
    },
    next: c.nextContact ? toLocalInput(c.nextContact) : '',
    people: (c.people ?? []).map((x) => ({ ...x })),
  };
}

/**
 * The customer file of one prospect in the detail panel: loyalty, the value grade with its explanation, the year's
 * figures, the judged grade, the next contact, contact persons and the contact log. Bad input is named field by
 * field and nothing is saved until it reads.
 */
export function CrmSection(props: {
  prospect: Prospect;
  lang: Lang;
  t: Translate;
  /** Stores the new customer file; `hasFollowUp` tells the page to ask for the reminder permission first. */
  onSave: (crm: Crm, hasFollowUp: boolean) => Promise<void>;
  /** Set when asking for or refused the notification permission. */
  notice?: string;
}) {
  const { prospect: p, t, lang } = props;
  const [draft, setDraft] = useState(() => toDraft(p));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [logChannel, setLogChannel] = useState<ContactChannel>('email');
  const [logNote, setLogNote] = useState('');
  useEffect(() => {
    setDraft(toDraft(p));
    setErrors({});
  }, [p]);

  const crm = p.crm ?? {};
  const valuation = p.status === 'customer' ? crm.valuation : undefined;

  const build = (): Crm | null => {
    const next: Record<string, string> = {};
    const figures = readFigures(draft.figures);
    if (!figures.ok) {
      for (const [field, e] of Object.entries(figures.errors)) if (e) next[field] = t(e.error, e.params);
    }
    const when = readNextContact(draft.next.replace('T', ' '), new Date());
    // An unchanged follow-up that has meanwhile come due is kept as it is (it shows as overdue), not refused.
    const keptDue = crm.nextContact && draft.next === toLocalInput(crm.nextContact);
    if (!when.ok && !keptDue) next.next = t(when.error, when.params);
    draft.people.forEach((person, i) => {
      if (!person.name.trim()) next[`person${i}`] = t('crm.error.name');
      else if (person.email && !EMAIL.test(person.email.trim()))
        next[`person${i}`] = t('crm.error.email', { value: person.email });
    });
    setErrors(next);
    if (Object.keys(next).length > 0 || !figures.ok) return null;
    const out: Crm = { ...crm };
    const set = <K extends keyof Crm>(k: K, v: Crm[K] | undefined) => {
      if (v === undefined) delete out[k];
      else out[k] = v;
    };
    set('loyalty', draft.loyalty || undefined);
    set('judgedGrade', draft.judgedGrade || undefined);
    set('figures', figures.value);
    set('nextContact', keptDue ? crm.nextContact : when.ok ? (when.value ?? undefined) : undefined);
    set(
      'people',
      draft.people.length
        ? draft.people.map((x) => ({
            ...x,
            // "Herr Lukas Brandt" typed with no salutation chosen: the honorific becomes the salutation.
            ...(x.salutation ? { name: x.name.trim() } : splitHonorific(x.name)),
            email: x.email.trim().toLowerCase(),
            language: x.language.trim().toLowerCase(),
          }))
        : undefined,
    );
    return out;
  };

  const save = () => {
    const next = build();
    if (next) void props.onSave(next, Boolean(next.nextContact && next.nextContact !== crm.nextContact));
  };
  const addLog = () => {
    if (!logNote.trim()) {
      setErrors({ ...errors, log: t('crm.error.logNote') });
      return;
    }
    const entry = { at: new Date().toISOString(), channel: logChannel, note: logNote.trim() };
    void props
      .onSave({ ...crm, log: [...(crm.log ?? []), entry].slice(-200) }, false)
      .then(() => setLogNote(''));
  };
  const setPerson = (i: number, patch: Partial<ContactPerson>) =>
    setDraft({ ...draft, people: draft.people.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const fig = (field: keyof FiguresInput, label: string) => (
    <label>
      {label}
      <input
        inputMode={field === 'year' || field === 'daysLate' ? 'numeric' : 'decimal'}
        value={draft.figures[field]}
        aria-invalid={Boolean(errors[field])}
        onChange={(e) => setDraft({ ...draft, figures: { ...draft.figures, [field]: e.target.value } })}
        data-testid={`crm-${field}`}
      />
      {errors[field] ? (
        <span className="field-error" role="alert">
          {errors[field]}
        </span>
      ) : null}
    </label>
  );

  return (
    <section className="crm" data-testid="crm">
      <h3>{t('crm.title')}</h3>
      <div className="crm-value" data-testid="crm-value">
        {valuation ? (
          <>
            <span className={`grade grade-${valuation.grade}`}>{t(`grade.${valuation.grade}`)}</span>{' '}
            <span className="strong">
              {t('crm.why', { score: valuation.score, rank: valuation.rank, of: valuation.of })}
            </span>
            <div className="muted" data-testid="crm-why">
              {explainText(lang, valuation)}
            </div>
          </>
        ) : crm.judgedGrade ? (
          <>
            <span className={`grade grade-${crm.judgedGrade} judged`}>
              {t(`grade.${crm.judgedGrade}`)} ({t('crm.judged.short')})
            </span>
            <div className="muted">
              {p.status === 'customer' ? t('crm.why.noFigures') : t('crm.why.notCustomer')}
            </div>
          </>
        ) : (
          <div className="muted">{t('crm.why.notCustomer')}</div>
        )}
      </div>
      <div className="detail-grid">
        <label>
          {t('crm.loyalty')}
          <select
            value={draft.loyalty}
            onChange={(e) => setDraft({ ...draft, loyalty: e.target.value as Loyalty | '' })}
            data-testid="crm-loyalty"
          >
            <option value="">{t('crm.loyalty.none')}</option>
            {LOYALTIES.map((x) => (
              <option key={x} value={x}>
                {t(`loyalty.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('crm.judged')}
          <select
            value={draft.judgedGrade}
            onChange={(e) => setDraft({ ...draft, judgedGrade: e.target.value as ValueGrade | '' })}
            data-testid="crm-judged"
          >
            <option value="">{t('crm.judged.none')}</option>
            {VALUE_GRADES.map((x) => (
              <option key={x} value={x}>
                {t(`grade.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="wide crm-sub">
          <span className="strong">{t('crm.figures')}</span>{' '}
          <span className="muted">{t('crm.figures.help')}</span>
        </p>
        {fig('year', t('crm.figures.year'))}
        {fig('daysLate', t('crm.figures.daysLate'))}
        {fig('orderAmount', t('crm.figures.order'))}
        {fig('profit', t('crm.figures.profit'))}
        <label className="wide">
          {t('crm.next')}
          <span className="crm-next">
            <input
              type="datetime-local"
              value={draft.next}
              aria-invalid={Boolean(errors.next)}
              onChange={(e) => setDraft({ ...draft, next: e.target.value })}
              data-testid="crm-next"
            />
            <button type="button" className="link" onClick={() => setDraft({ ...draft, next: '' })}>
              {t('crm.next.clear')}
            </button>
          </span>
          {errors.next ? (
            <span className="field-error" role="alert" data-testid="crm-next-error">
              {errors.next}
            </span>
          ) : (
            <span className="muted">{t('crm.next.help')}</span>
          )}
        </label>
      </div>
      {props.notice ? (
        <p className="hint" role="status" data-testid="crm-notice">
          {props.notice}
        </p>
      ) : null}
      <h3>{t('crm.people')}</h3>
      {draft.people.length === 0 ? <p className="muted">{t('crm.people.none')}</p> : null}
      {draft.people.map((person, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: people are edited in place and have no id.
        <div className="crm-person detail-grid" key={i} data-testid="crm-person">
          <label>
            {t('crm.people.name')}
            <input
              value={person.name}
              onChange={(e) => setPerson(i, { name: e.target.value })}
              data-testid="person-name"
            />
          </label>
          <label>
            {t('crm.people.salutation')}
            <select
              value={person.salutation}
              onChange={(e) => setPerson(i, { salutation: e.target.value as ContactPerson['salutation'] })}
            >
              <option value="">{t('salutation.none')}</option>
              <option value="mr">{t('salutation.mr')}</option>
              <option value="ms">{t('salutation.ms')}</option>
            </select>
          </label>
          <label>
            {t('crm.people.title')}
            <input value={person.title} onChange={(e) => setPerson(i, { title: e.target.value })} />
          </label>
          <label>
            {t('crm.people.language')}
            <input
              value={person.language}
              placeholder="en, de, zh…"
              onChange={(e) => setPerson(i, { language: e.target.value })}
            />
          </label>
          <label>
            {t('crm.people.email')}
            <input
              value={person.email}
              onChange={(e) => setPerson(i, { email: e.target.value })}
              data-testid="person-email"
            />
          </label>
          <label>
            {t('crm.people.phone')}
            <input value={person.phone} onChange={(e) => setPerson(i, { phone: e.target.value })} />
          </label>
          <label className="wide">
            {t('crm.people.notes')}
            <input value={person.notes} onChange={(e) => setPerson(i, { notes: e.target.value })} />
          </label>
          <span className="wide crm-person-foot">
            {person.source === 'scan' ? <span className="muted">{t('crm.people.fromScan')}</span> : <span />}
            <button
              type="button"
              className="link"
              onClick={() => setDraft({ ...draft, people: draft.people.filter((_, j) => j !== i) })}
            >
              {t('crm.people.remove')}
            </button>
          </span>
          {errors[`person${i}`] ? (
            <span className="field-error wide" role="alert">
              {errors[`person${i}`]}
            </span>
          ) : null}
        </div>
      ))}
      <div className="crm-actions">
        <button
          type="button"
          onClick={() => setDraft({ ...draft, people: [...draft.people, { ...EMPTY_PERSON }] })}
          data-testid="person-add"
        >
          {t('crm.people.add')}
        </button>
        <button type="button" className="primary" onClick={save} data-testid="crm-save">
          {t('crm.save')}
        </button>
      </div>
      <h3>{t('crm.log')}</h3>
      <div className="crm-log-add">
        <select
          aria-label={t('crm.log.channel')}
          value={logChannel}
          onChange={(e) => setLogChannel(e.target.value as ContactChannel)}
          data-testid="log-channel"
        >
          {CONTACT_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channel.${c}`)}
            </option>
          ))}
        </select>
        <input
          aria-label={t('crm.log.note')}
          placeholder={t('crm.log.note')}
          value={logNote}
          onChange={(e) => setLogNote(e.target.value)}
          data-testid="log-note"
        />
        <button type="button" onClick={addLog} data-testid="log-add">
          {t('crm.log.add')}
        </button>
      </div>
      {errors.log ? (
        <span className="field-error" role="alert">
          {errors.log}
        </span>
      ) : null}
      {crm.log?.length ? (
        <ol className="history" data-testid="crm-log">
          {[...crm.log].reverse().map((e) => (
            <li key={`${e.at}|${e.note}`}>
              <span className="muted">{formatDateTime(lang, e.at)}</span> · {t(`channel.${e.channel}`)}:{' '}
              {e.note}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('crm.log.none')}</p>
      )}
    </section>
  );
}
