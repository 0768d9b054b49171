import type { Prospect } from '@/lib/model';

interface Props {
  t: (key: string, params?: Record<string, string | number>) => string;
  domain: string;
  company: string;
  /** undefined while loading, null when the domain is not a saved prospect. */
  prospect: Prospect | null | undefined;
  openKey: string;
  onOpen: () => void;
}

/** The sender's company: its domain, and the saved prospect's tier and buyer type once the rep graded the site. */
export function CompanyCard({ t, domain, company, prospect, openKey, onOpen }: Props) {
  if (!domain) {
    return (
      <section className="card company" data-testid="company">
        <h3>{t('inquiry.company.title')}</h3>
        <p className="muted">{t('inquiry.company.none')}</p>
      </section>
    );
  }
  const tier = prospect ? (prospect.tier ?? prospect.suggestedTier) : null;
  const buyer = prospect ? (prospect.buyerType ?? prospect.suggestedBuyerType) : null;
  return (
    <section className="card company" data-testid="company">
      <h3>{t('inquiry.company.title')}</h3>
      <p>
        <b data-testid="company-domain">{domain}</b>
        {company && ` · ${company}`}
      </p>
      {prospect ? (
        <p data-testid="company-prospect">
          <span className={`tier tier-${tier ?? 'none'}`} data-testid="company-tier" data-tier={tier ?? ''}>
            {tier ? t('inquiry.company.tier', { tier }) : t('inquiry.company.noTier')}
          </span>{' '}
          <span data-testid="company-buyer">{buyer ? t(`buyer.${buyer}`) : ''}</span>
        </p>
      ) : (
        prospect === null && <p className="muted">{t('inquiry.company.notSaved')}</p>
      )}
      <button type="button" onClick={onOpen} data-testid="open-site">
        {t('inquiry.company.open')} <kbd>{openKey}</kbd>
      </button>
    </section>
  );
}
