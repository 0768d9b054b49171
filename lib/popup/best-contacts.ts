/**
 * The one e-mail and the one phone a rep reaches for first, shown at the top of the popup with copy buttons.
 * Every contact is still listed below; this only picks what goes above the fold.
 */
import type { Contacts, Email, Phone } from '../model';

/** Score of an e-mail: on the company's own domain first, then a team inbox (sales@, info@) over a person's. */
function emailScore(email: Email): number {
  return (email.isOwnDomain ? 2 : 0) + (email.isRole ? 1 : 0);
}

/**
 * The best e-mail, or null: own-domain team inbox, then own-domain personal, then any other; ties keep the
 * scanner's order (it lists what the page shows most prominently first).
 * @example bestEmail(scan.contacts)?.value // 'sales@lichtwerk-handel.de'
 */
export function bestEmail(contacts: Contacts): Email | null {
  let best: Email | null = null;
  for (const email of contacts.emails) {
    if (!best || emailScore(email) > emailScore(best)) best = email;
  }
  return best;
}

/** The best number to call: a landline, else a mobile; a fax never (nobody answers it). */
export function bestPhone(contacts: Contacts): Phone | null {
  return (
    contacts.phones.find((p) => p.kind === 'phone') ??
    contacts.phones.find((p) => p.kind === 'mobile') ??
    null
  );
}
