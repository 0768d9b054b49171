/**
 * The triage rules as data: what makes an inquiry complete, how fast each kind is answered, and which words signal a
 * request, a mass mailing or mail that is no inquiry at all.
 */
import type { FactName, InquiryKind, InquiryStatus } from './schema';

/** The trade facts counted for completeness (the destination counts when either it or the incoterm is given). */
export const TRADE_FACTS: readonly FactName[] = [
  'quantity',
  'specs',
  'destination',
  'payment',
  'deadline',
  'targetPrice',
];

/** A complete professional inquiry states this many trade facts and signs with its company and a site or phone. */
export const COMPLETE_MIN_FACTS = 5;

/**
 * Hours to the reply-by time, by kind, for a new inquiry: a bare price-list request gets its holding reply at once
 * (DOMAIN.md §2: it buys time); a complete one is a serious buyer; a detailed one needs questions the same day.
 */
export const REPLY_HOURS: Record<InquiryKind, number> = { generic: 2, complete: 4, detailed: 8, none: 72 };

/** After a holding reply, the real answer (the price list) is owed within this many hours. */
export const AFTER_HOLDING_HOURS = 48;

/** Statuses that owe no answer. */
export const SETTLED_STATUSES: readonly InquiryStatus[] = ['answered', 'quoted', 'closed'];

/** The missing facts a questions draft asks for, in the order asked. */
export const ASKED_FACTS: readonly FactName[] = [
  'product',
  'quantity',
  'specs',
  'destination',
  'incoterm',
  'payment',
  'deadline',
  'targetPrice',
  'company',
  'website',
];

/** Words that ask for a price, an offer, a catalogue or state a need. */
export const REQUEST =
  /(?:price|quot(?:e|ation)|offer|catalog(?:ue)?|rfq|enquiry|inquiry|interested in|looking for|we need|i need|moq|precio|cotiza\p{L}*|oferta|cat[aá]logo|lista de precios|interesados|necesitamos|buscamos|prix|tarifs?|devis|offre|consultons|souhaitons|preis\p{L}*|angebot|katalog|anfrage|suchen|pre[çc]o|cota[çc][ãa]o|or[çc]amento|tabela de pre[çc]os|gostar[ií]amos|прайс|цен[аыу]|коммерческ\p{L}+ предложени\p{L}+|каталог|интересует|запрос|просим)/iu;

/** Signs of a generic opener written to many suppliers at once. */
export const GENERIC_GREETING =
  /^(?:dear\s+(?:sir\s*(?:\/|or)\s*madam|sirs?|madam|supplier|valued supplier|manufacturer|seller|friend|sales(?: manager| team)?)|estimado proveedor|cher fournisseur|sehr geehrter lieferant|prezado fornecedor|уважаемый поставщик)\s*[,!:]?\s*$/im;
export const UNDISCLOSED =
  /undisclosed|unlisted-recipients|verborgene empfänger|destinatarios no revelados|destinataires inconnus/i;

/** Mail that is no inquiry: newsletters, services sold to us, phishing. */
export const NOT_INQUIRY =
  /(?:unsubscribe|newsletter|se d[ée]sabonner|abbestellen|darse de baja|descadastrar|отписаться|seo|first page of google|rank(?:ing)? on|our packages|click(?:ing)? the link|confirm your address|customs fee|you receive this|save the date|booth registration)/i;

/** §5: words of a buyer comparing prices. */
export const COMPARING =
  /(?:best price|competitive|compare|other suppliers|lowest price|mejor precio|precio m[aá]s bajo|meilleur prix|besten preis|melhor pre[çc]o|лучш\p{L}+ цен\p{L}*)/iu;
