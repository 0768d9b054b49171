import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { CopyButton } from '@/components/common/CopyButton';
import { KeyHint } from '@/components/common/KeyHint';
import type { Contacts } from '@/lib/model';
import { keyLabel } from '@/lib/shortcuts';

/** One copyable contact: `text` is what is copied (E.164 for numbers), `shown` what the rep reads. */
export interface ContactLine {
  kind: string;
  text: string;
  shown: string;
  note?: string;
}

function international(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** Every contact as one line, in the order a rep uses them: emails, phones, messengers, social profiles. */
export function contactLines(contacts: Contacts): ContactLine[] {
  return [
    ...contacts.emails.map((e) => ({
      kind: 'email',
      text: e.value,
      shown: e.value,
      note: e.isRole ? 'role' : undefined,
    })),
    ...contacts.phones.map((p) => ({ kind: p.kind, text: p.value, shown: international(p.value) })),
    ...contacts.messengers.map((m) => ({
      kind: m.kind,
      text: m.value,
      shown: m.kind === 'whatsapp' ? international(m.value) : m.value,
    })),
    ...contacts.socials.map((s) => ({
      kind: s.network,
      text: s.url,
      shown: s.url.replace(/^https?:\/\/(www\.)?/, ''),
    })),
  ];
}

const MORE_KINDS = ['emails', 'phones', 'messengers', 'socials'] as const;

/** Contacts, click to copy one; "copy all" copies them as lines. */
export function ContactList({
  t,
  contacts,
}: {
  t: (key: string, params?: Record<string, string | number>) => string;
  contacts: Contacts;
}) {
  const lines = contactLines(contacts);
  // Contacts beyond the per-kind cap (a branch list of 17,000 numbers) are counted, not kept: say how many.
  const more = MORE_KINDS.filter((kind) => (contacts.more?.[kind] ?? 0) > 0);
  return (
    <section className="ts-section" id="contacts">
      <div className="ts-section__head">
        <h3>
          {t('popup.contacts')} <span className="ts-count">{lines.length}</span>
        </h3>
        {lines.length > 0 && (
          <CopyButton
            className="ts-link"
            text={lines.map((l) => l.text).join('\n')}
            copiedLabel={t('popup.copied')}
          >
            {t('popup.copyAll')} <KeyHint label={keyLabel((a) => a.kind === 'copyAll')} />
          </CopyButton>
        )}
      </div>
      {lines.length === 0 ? (
        <p className="ts-muted ts-small" data-testid="no-contacts">
          {t('popup.noContacts')}
        </p>
      ) : (
        <ul className="ts-contacts" data-testid="contacts">
          {lines.map((line) => (
            <li key={`${line.kind}${line.text}`}>
              <CopyButton text={line.text} copiedLabel={t('popup.copied')} title={t('popup.clickToCopy')}>
                <span className={`ts-contacts__kind ts-contacts__kind--${line.kind}`}>
                  {t(`contact.${line.kind}`)}
                </span>
                <span className="ts-contacts__text">{line.shown}</span>
                {line.note && <span className="ts-contacts__note">{t(`contact.${line.note}`)}</span>}
              </CopyButton>
            </li>
          ))}
        </ul>
      )}
      {more.length > 0 && (
        <p className="ts-muted ts-small" data-testid="contacts-more">
          {more.map((kind) => (
            <span key={kind} className="ts-contacts__more">
              {t(`popup.moreFound.${kind}`, {
                count: contacts.more?.[kind] ?? 0,
              })}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
