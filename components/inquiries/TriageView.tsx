import type { Found, Triage } from '@/lib/inquiry/schema';

interface Props {
  t: (key: string, params?: Record<string, string | number>) => string;
  triage: Triage;
}

function FactRow({ label, items, testId }: { label: string; items: Found[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <tr data-testid={testId}>
      <th>{label}</th>
      <td>
        {items.map((f) => (
          <div key={`${f.value}|${f.evidence}`} className="fact">
            <b>{f.value}</b> <span className="evidence">“{f.evidence}”</span>
          </div>
        ))}
      </td>
    </tr>
  );
}

const one = (f: Found | null) => (f ? [f] : []);

/** Kind with its reasons, the price-asker hint, the facts with the words that say them, what is missing, flags. */
export function TriageView({ t, triage }: Props) {
  const { facts } = triage;
  return (
    <section className="card triage" data-testid="triage">
      <div className={`kind kind-${triage.kind}`} data-testid="kind" data-kind={triage.kind}>
        {t(`inquiry.kind.${triage.kind}`)}
      </div>
      <p className="muted" data-testid="kind-reasons">
        {triage.kindReasons.map((r) => t(r)).join(' · ')}
      </p>
      {triage.asker && (
        <p data-testid="asker" data-hint={triage.asker.hint}>
          <b>{t('inquiry.asker.title')}:</b> {t(`inquiry.asker.${triage.asker.hint}`)}{' '}
          <span className="evidence">
            {triage.asker.evidence.startsWith('inquiry.') ? t(triage.asker.evidence) : triage.asker.evidence}
          </span>
        </p>
      )}
      <h3>{t('inquiry.facts.title')}</h3>
      <table className="facts" data-testid="facts">
        <tbody>
          {facts.products.length > 0 && (
            <tr data-testid="fact-product">
              <th>{t('inquiry.fact.product')}</th>
              <td>
                {facts.products.map((p) => (
                  <div key={p.value} className="fact">
                    <b>{p.value}</b>{' '}
                    <span className={`match match-${p.match}`} data-match={p.match}>
                      {t(`inquiry.match.${p.match}`)}
                      {p.line ? ` · ${p.line}` : ''}
                    </span>{' '}
                    <span className="evidence">“{p.evidence}”</span>
                  </div>
                ))}
              </td>
            </tr>
          )}
          <FactRow label={t('inquiry.fact.quantity')} items={facts.quantities} testId="fact-quantity" />
          <FactRow label={t('inquiry.fact.specs')} items={facts.specs.slice(0, 8)} testId="fact-specs" />
          <FactRow
            label={t('inquiry.fact.targetPrice')}
            items={one(facts.targetPrice)}
            testId="fact-targetPrice"
          />
          <FactRow label={t('inquiry.fact.incoterm')} items={one(facts.incoterm)} testId="fact-incoterm" />
          <FactRow
            label={t('inquiry.fact.destination')}
            items={one(facts.destination)}
            testId="fact-destination"
          />
          <FactRow label={t('inquiry.fact.payment')} items={one(facts.payment)} testId="fact-payment" />
          <FactRow label={t('inquiry.fact.deadline')} items={one(facts.deadline)} testId="fact-deadline" />
          <FactRow label={t('inquiry.fact.company')} items={one(facts.company)} testId="fact-company" />
          <FactRow label={t('inquiry.fact.website')} items={one(facts.website)} testId="fact-website" />
          <FactRow label={t('inquiry.fact.phone')} items={facts.phones} testId="fact-phone" />
        </tbody>
      </table>
      <h3>{t('inquiry.missing.title')}</h3>
      <p data-testid="missing">
        {triage.missing.length
          ? triage.missing.map((m) => t(`inquiry.fact.${m}`)).join(', ')
          : t('inquiry.missing.none')}
      </p>
      <h3>{t('inquiry.flags.title')}</h3>
      <ul className="flags" data-testid="flags">
        {triage.flags.length === 0 && <li className="muted">{t('inquiry.flags.none')}</li>}
        {triage.flags.map((f) => (
          <li key={f.flag} className="flag" data-flag={f.flag}>
            ⚠ {t(`inquiry.flag.${f.flag}`)} {f.evidence && <span className="evidence">{f.evidence}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
