import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { CopyButton } from '@/components/common/CopyButton';
import { contactLines } from '@/components/popup/ContactList';
import type { Contacts } from '@/lib/model';
import { bestEmail, bestPhone } from '@/lib/popup/best-contacts';

/** The best e-mail and phone, each one click from the clipboard, above the fold. */
export function KeyContacts({
  t,
  contacts,
}: {
  t: (key: string, params?: Record<string, string | number>) => string;
  contacts: Contacts;
}) {
  const email = bestEmail(contacts);
  const phone = bestPhone(contacts);
  const others = contactLines(contacts).length - (email ? 1 : 0) - (phone ? 1 : 0);
  return (
    <section className="ts-keycontacts" data-testid="key-contacts">
      <KeyContact
        t={t}
        kind="email"
        testId="best-email"
        text={email?.value}
        shown={email?.value}
        missing={t('popup.noEmail')}
      />
      <KeyContact
        t={t}
        kind={phone?.kind ?? 'phone'}
        testId="best-phone"
        text={phone?.value}
        shown={
          phone ? (parsePhoneNumberFromString(phone.value)?.formatInternational() ?? phone.value) : undefined
        }
        missing={t('popup.noPhone')}
      />
      {others > 0 && (
        <a className="ts-keycontacts__more ts-small" href="#contacts">
          {t('popup.moreContacts', { n: others })}
        </a>
      )}
    </section>
  );
}

function KeyContact({
  t,
  kind,
  testId,
  text,
  shown,
  missing,
}: {
  t: (key: string) => string;
  kind: string;
  testId: string;
  text: string | undefined;
  shown: string | undefined;
  missing: string;
}) {
  return (
    <div className="ts-keycontact" data-testid={testId}>
      <span className={`ts-contacts__kind ts-contacts__kind--${kind}`}>{t(`contact.${kind}`)}</span>
      {text ? (
        <CopyButton
          className="ts-keycontact__copy"
          text={text}
          copiedLabel={t('popup.copied')}
          title={t('popup.clickToCopy')}
        >
          <span className="ts-keycontact__text">{shown}</span>
          <svg className="ts-keycontact__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <rect
              x="5"
              y="5"
              width="9"
              height="9"
              rx="2"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
            />
            <path
              d="M11 3.5V3a1.5 1.5 0 0 0-1.5-1.5h-6A1.5 1.5 0 0 0 2 3v6a1.5 1.5 0 0 0 1.5 1.5H4"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
            />
          </svg>
        </CopyButton>
      ) : (
        <span className="ts-muted ts-small">{missing}</span>
      )}
    </div>
  );
}
