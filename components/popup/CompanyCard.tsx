import { CountryFlag, languageName } from '@/components/common/CountryFlag';
import { TierBadge } from '@/components/common/TierBadge';
import { formatDate, type Lang } from '@/lib/i18n/index';
import type { Prospect } from '@/lib/model';

/** Who the company is, where, in which language, and whether (and how) it is already saved. */
export function CompanyCard({
  t,
  lang,
  name,
  domain,
  country,
  language,
  saved,
}: {
  t: (key: string, params?: Record<string, string | number>) => string;
  lang: Lang;
  name: string;
  domain: string;
  country: string;
  language: string;
  saved: Prospect | null | undefined;
}) {
  const langName = languageName(language, lang);
  return (
    <section className="ts-company">
      <div className="ts-company__main">
        <h1 className="ts-company__name" data-testid="company-name" title={name}>
          {name || domain}
        </h1>
        <div className="ts-company__meta">
          {/* While the name is unknown the domain stands in as the title; no need to repeat it. */}
          {name && <span className="ts-domain">{domain}</span>}
          {country && <CountryFlag country={country} lang={lang} />}
          {langName && (
            <span className="ts-lang" title={t('popup.language', { lang: langName })}>
              {langName}
            </span>
          )}
        </div>
      </div>
      {saved && (
        <div className="ts-saved" data-testid="saved-state" data-tier={saved.tier ?? 'none'}>
          <TierBadge tier={saved.tier} size={22} />
          <div>
            <div className="ts-saved__title">
              {saved.tier ? t('popup.savedAs', { tier: saved.tier }) : t('popup.savedUntiered')}
              {saved.buyerType && ` · ${t(`buyer.${saved.buyerType}`)}`}
            </div>
            <div className="ts-small ts-muted">
              {t('popup.savedOn', {
                date: formatDate(lang, saved.firstSeen),
              })}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
