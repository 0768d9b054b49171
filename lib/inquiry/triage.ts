/**
 * Triage of one inquiry: its kind with reasons, facts, what is missing, risk flags, the §5 price-asker hint and the
 * sender's company domain. Pure: the vocabulary and profile come in through `ctx`.
 */
import { isFreeMailAddress, isFreeMailDomain } from '../free-mail/index';
import { detectLanguage, domainAgreement } from '../scan/company';
import { type CleanMail, cleanMail, parseSender } from './clean';
import { extractFacts, type ProductContext } from './facts';
import {
  ASKED_FACTS,
  COMPARING,
  COMPLETE_MIN_FACTS,
  GENERIC_GREETING,
  NOT_INQUIRY,
  REQUEST,
  UNDISCLOSED,
} from './rules';
import type { FactName, InquiryFacts, InquiryKind, RiskFlag, Triage } from './schema';

/** What the rep pastes. `subject` and `from` may also come as header lines at the top of `body`. */
export interface InquiryInput {
  subject: string;
  from: string;
  body: string;
  /** Recipient line, when known (for "undisclosed recipients"). */
  to?: string;
}

/** Greeting and closing words that give a short mail's language away when its few words do not. */
const LANG_MARKERS: [string, RegExp][] = [
  ['fr', /\b(?:bonjour|cordialement|merci|s'il vous pla[iî]t|madame|monsieur|pourriez)\b/i],
  ['de', /\b(?:hallo|guten tag|bitte|grü(?:ß|ss)e|danke|sehr geehrte|freundlichen)\b/i],
  ['pt', /\b(?:ol[aá]|obrigad[oa]|prezados|atenciosamente|cumprimentos|bom dia|boa tarde|por favor, me)\b/i],
  ['es', /\b(?:hola|buenos d[ií]as|saludos|atentamente|estimados|gracias)\b/i],
];

/** The mail's language: by script and common words, else by its greeting and closing. */
export function mailLanguage(text: string): string {
  const guess = detectLanguage(text);
  if (guess && guess !== 'en') return guess;
  const marked = LANG_MARKERS.filter(([, re]) => re.test(text));
  return marked.length === 1 ? marked[0]![0] : guess || 'en';
}

/** Facts present, by the names `missing` uses. */
export function presentFacts(f: InquiryFacts): Set<FactName> {
  const out = new Set<FactName>();
  if (f.products.length) out.add('product');
  if (f.quantities.length) out.add('quantity');
  if (f.specs.length) out.add('specs');
  if (f.targetPrice) out.add('targetPrice');
  if (f.destination) out.add('destination');
  if (f.incoterm) out.add('incoterm');
  if (f.payment) out.add('payment');
  if (f.deadline) out.add('deadline');
  if (f.company) out.add('company');
  if (f.website) out.add('website');
  if (f.phones.length) out.add('phone');
  return out;
}

/** The kind and the message keys that explain it. */
export function kindOf(
  facts: InquiryFacts,
  mail: Pick<CleanMail, 'text' | 'message'>,
  subject: string,
): {
  kind: InquiryKind;
  reasons: string[];
} {
  const has = presentFacts(facts);
  const asks = REQUEST.test(`${subject}\n${mail.message || mail.text}`);
  const spam = NOT_INQUIRY.test(mail.text);
  // A newsletter or a sold service may name products, but never asks for a quantity with specifications.
  if ((spam && !has.has('quantity') && !has.has('specs')) || (!asks && !has.has('product'))) {
    return { kind: 'none', reasons: [spam ? 'inquiry.reason.notInquirySigns' : 'inquiry.reason.noRequest'] };
  }
  if (!has.has('quantity') && !has.has('specs')) {
    return { kind: 'generic', reasons: ['inquiry.reason.noQuantityNoSpecs'] };
  }
  const trade =
    ['quantity', 'specs', 'payment', 'deadline', 'targetPrice'].filter((f) => has.has(f as FactName)).length +
    (has.has('destination') || has.has('incoterm') ? 1 : 0);
  const identified = has.has('company') && (has.has('website') || has.has('phone'));
  if (trade >= COMPLETE_MIN_FACTS && identified) {
    return { kind: 'complete', reasons: ['inquiry.reason.manyFacts', 'inquiry.reason.identified'] };
  }
  return {
    kind: 'detailed',
    reasons: [trade >= COMPLETE_MIN_FACTS ? 'inquiry.reason.notIdentified' : 'inquiry.reason.someFacts'],
  };
}

/** Risk flags with their evidence. */
export function riskFlags(
  facts: InquiryFacts,
  kind: InquiryKind,
  mail: Pick<CleanMail, 'text'>,
  senderEmail: string,
  to: string,
): { flag: RiskFlag; evidence: string }[] {
  const out: { flag: RiskFlag; evidence: string }[] = [];
  if (kind === 'none') return out;
  const senderDomain = senderEmail.split('@')[1] ?? '';
  if (senderEmail && isFreeMailAddress(senderEmail) && !facts.website) {
    out.push({ flag: 'freeMailNoSite', evidence: senderEmail });
  }
  if (
    facts.company &&
    senderDomain &&
    !isFreeMailDomain(senderDomain) &&
    facts.website?.value !== senderDomain &&
    domainAgreement(facts.company.value, senderDomain) === 0
  ) {
    out.push({ flag: 'domainMismatch', evidence: `${facts.company.value} ≠ ${senderDomain}` });
  }
  const greeting = GENERIC_GREETING.exec(mail.text);
  if (UNDISCLOSED.test(to)) out.push({ flag: 'massMailing', evidence: to });
  else if (greeting && kind === 'generic') out.push({ flag: 'massMailing', evidence: greeting[0].trim() });
  if (facts.products.length === 0) out.push({ flag: 'noProduct', evidence: '' });
  return out;
}

/** §5: ready to buy, comparing prices, or collecting information — from what the buyer gives. */
export function askerHint(
  facts: InquiryFacts,
  kind: InquiryKind,
  mail: Pick<CleanMail, 'text'>,
): Triage['asker'] {
  if (kind === 'none') return null;
  const has = presentFacts(facts);
  const compare = COMPARING.exec(mail.text);
  if (
    has.has('quantity') &&
    (has.has('deadline') || has.has('payment')) &&
    (has.has('destination') || has.has('incoterm'))
  )
    return {
      hint: 'ready',
      evidence: [facts.quantities[0]?.value, facts.deadline?.value ?? facts.payment?.value].join(' · '),
    };
  if (compare) return { hint: 'comparing', evidence: compare[0] };
  if (has.has('specs') || has.has('quantity'))
    return { hint: 'comparing', evidence: facts.specs[0]?.value ?? facts.quantities[0]?.value ?? '' };
  return { hint: 'collecting', evidence: 'inquiry.asker.noDetails' };
}

/** The sender's company domain: the site named in the mail, else the address's domain unless free mail. */
export function companyDomain(facts: InquiryFacts, senderEmail: string): string {
  if (facts.website) return facts.website.value;
  const d = senderEmail.split('@')[1] ?? '';
  return d && !isFreeMailDomain(d) ? d : '';
}

/**
 * Triage of a pasted inquiry.
 * @param ownDomains our own mail domains (a recipient's domain is never the sender's site)
 */
export function triageInquiry(
  input: InquiryInput,
  ctx: ProductContext,
  ownDomains: readonly string[] = [],
): {
  triage: Triage;
  mail: CleanMail;
  subject: string;
  from: string;
  sender: { name: string; email: string };
} {
  const mail = cleanMail(input.body);
  const subject = input.subject.trim() || mail.headers.subject;
  const from = input.from.trim() || mail.headers.from;
  const to = input.to ?? mail.headers.to;
  const sender = parseSender(from);
  const senderDomain = sender.email.split('@')[1] ?? '';
  const toDomains = (to.match(/@([\w.-]+)/g) ?? []).map((d) => d.slice(1).toLowerCase());
  const lang = mailLanguage(`${subject}\n${mail.text}`);
  const facts = extractFacts(mail, lang, senderDomain, [...ownDomains, ...toDomains], ctx);
  const { kind, reasons } = kindOf(facts, mail, subject);
  const has = presentFacts(facts);
  const missing = kind === 'none' ? [] : ASKED_FACTS.filter((f) => !has.has(f));
  return {
    triage: {
      kind,
      kindReasons: reasons,
      lang,
      facts,
      missing,
      flags: riskFlags(facts, kind, mail, sender.email, to),
      asker: askerHint(facts, kind, mail),
      domain: companyDomain(facts, sender.email),
      truncatedAt: mail.truncatedAt,
    },
    mail,
    subject,
    from,
    sender,
  };
}
