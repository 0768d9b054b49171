/**
 * Phone finding: candidates from `tel:` links, `+`/`00` numbers anywhere, and national numbers only after a cue
 * word ("Tel", "Fax", "电话", "Телефон", …), each validated by libphonenumber-js (`/max` metadata) and written as
 * E.164. `findPhoneNumbersInText` was measured slower and far less precise (shared/DEPENDENCIES.md).
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type PhoneKind = 'phone' | 'mobile' | 'fax';

/** One number found in text. */
export interface PhoneMatch {
  e164: string;
  kind: PhoneKind;
  /** ISO2 of the number's country, '' if libphonenumber cannot tell. */
  country: string;
  raw: string;
  index: number;
  /** The cue word category that preceded it, if any ('whatsapp' means the number is also a WhatsApp contact). */
  cue: 'phone' | 'mobile' | 'fax' | 'whatsapp' | '';
}

/**
 * Cue words by category, in the languages the trade meets. Order matters only for readability: the nearest cue
 * before a number decides.
 */
const CUES: { kind: PhoneMatch['cue'] | 'negative'; pattern: RegExp }[] = [
  {
    kind: 'fax',
    pattern: /(?:tele)?fax|faks|факс|传真|傳真|ファックス|ファクス|팩스|\bf\s?[:.]|\(f\)/giu,
  },
  {
    kind: 'mobile',
    pattern:
      /mobile?|mobil(?:e|telefon)?|móvil|movil|cell(?:ular|phone)?|handy|portable|cellulare|celular|gsm|手机|手機|移动电话|моб(?:ильный|\.)?|сотовый|携帯|휴대폰|\bm\s?[:.]|\(m\)/giu,
  },
  { kind: 'whatsapp', pattern: /whats\s?app|wa\s?[:.]/giu },
  {
    kind: 'phone',
    pattern:
      /tel(?:e?phone|efon(?:o|nummer)?|éfono|efoon(?:nummer)?|éphone|\.|:|\b)|tél|phone|ph\s?[:.]|\bfon\b|fono|\btlf|\btfno|\btf\s?[:.]|\bt\s?[:.]|\bp\s?[:.]|\(t\)|call(?:\s+us)?|ring|hotline|helpline|toll[\s-]?free|numero|número|nummer|telefoonnummer|puhelin|telefone|电话|電話|座机|热线|联系方式|联系电话|тел(?:ефон)?|звоните|電話番号|전화|contact(?:o)?\s*(?:number|no)|phone\s*number|infoline|zentrale|centralita|standard|office|main|direct|direkt|sales|verkauf|ventas/giu,
  },
  {
    kind: 'negative',
    pattern:
      /vat|ust[\s.-]*id|ust\.?-?idnr|umsatzsteuer|steuer(?:nummer|-?nr)|st\.?-?nr|\buid\b|hrb|hra|handelsregister|registergericht|amtsgericht|kvk|btw|\bcif\b|\bnif\b|\bnie\b|tva|siret|siren|\brcs\b|p\.?\s?iva|partita|codice fiscale|\babn\b|\bacn\b|\bein\b|\btin\b|iban|\bbic\b|swift|\bblz\b|konto|account|bank|sort code|routing|sku|art(?:ikel)?[\s.-]*nr|artikelnummer|item|model(?:l|o)?|\bref\b|referen|order|bestell|auftrag|invoice|rechnung|ean|gtin|upc|isbn|issn|\bpo box\b|postfach|\bzip\b|postcode|postal|\bplz\b|\bid\b|reg(?:istration|istro)?\b|licen[cs]e|lizenz|duns|\bgln\b|price|preis|precio|prix|\bqty\b|quantity|menge|stück|pcs|\bmoq\b|size|weight|gewicht|dimension|serial|patent|版权|备案|icp|营业执照|统一社会信用代码|инн|огрн|кпп|date|datum|fecha|©|copyright/giu,
  },
];

/** A digit run that could be a phone number: optional `+`/`(`, digits and the separators people print. */
const CANDIDATE = /(?:\+|\(\+?)?\d[\d \t\u00a0().\-/\u2010-\u2015]{4,26}\d/g;
const DATE_LIKE =
  /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|(?:19|20)\d\d\s?[-–/]\s?(?:19|20)?\d\d)$/;
const TIME_RANGE = /^\d{1,2}[.:]\d{2}\s?[-–]\s?\d{1,2}[.:]\d{2}$/;
const CURRENCY_BEFORE = /[$€£¥₹₽₩]\s?$|(?:usd|eur|gbp|cny|rmb|chf|jpy|rub|us\$)\s?$/i;
const UNIT_AFTER =
  /^\s?(?:%|€|\$|£|¥|mm\b|cm\b|m\b|km\b|kg\b|g\b|t\b|pcs|stk|units?\b|x\b|sq|m²|m2\b|ft\b|in\b|lbs?\b|usd|eur|rmb|元|件|个|吨|kw|v\b|w\b|hz)/i;
const NANP_STRONG = /^(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\d{3}[.-])\d{3}[.-]\d{4}$/;
const NANP_FORMAT = /^(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}$/;

function lastCue(context: string): { kind: PhoneMatch['cue'] | 'negative'; at: number } | null {
  let best: { kind: PhoneMatch['cue'] | 'negative'; at: number } | null = null;
  for (const cue of CUES) {
    cue.pattern.lastIndex = 0;
    for (let m = cue.pattern.exec(context); m; m = cue.pattern.exec(context)) {
      const end = m.index + m[0].length;
      if (!best || end > best.at || (end === best.at && cue.kind === 'fax'))
        best = { kind: cue.kind, at: end };
      if (m[0].length === 0) cue.pattern.lastIndex++;
    }
  }
  // "Tel/Fax: …" and "Tel. & Fax …" label one number that takes both: a phone.
  if (
    best?.kind === 'fax' &&
    /tel[\p{L}.]*\s*[/&+,]\s*(?:tele)?fax[\s.:]*$/iu.test(
      context.slice(Math.max(0, best.at - 20), best.at + 3),
    )
  )
    best = { kind: 'phone', at: best.at };
  return best;
}

/** The text a cue may sit in: the current line, or the previous one when the label has a line (or cell) of its own. */
function cueContext(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 60), start);
  const nl = before.lastIndexOf('\n');
  if (nl < 0) return before.slice(-40);
  const sameLine = before.slice(nl + 1);
  if (/[\p{L}]/u.test(sameLine)) return sameLine.slice(-40);
  const prevStart = before.lastIndexOf('\n', nl - 1);
  const prev = before.slice(prevStart + 1, nl);
  return `${prev.slice(-30)} ${sameLine}`;
}

function kindOf(cue: PhoneMatch['cue'], type: string | undefined): PhoneKind {
  if (cue === 'fax') return 'fax';
  if (cue === 'mobile' || type === 'MOBILE') return 'mobile';
  return 'phone';
}

/**
 * Parses one printed number. International forms (`+`, `00`) need no region; national forms use `region`.
 * @returns null unless libphonenumber says the number is valid.
 */
export function parsePhone(
  raw: string,
  region: string,
  allowPossible = false,
): { e164: string; country: string; type: string | undefined } | null {
  try {
    let text = raw.trim().replace(/\(0\)/g, '');
    if (/^\(?00[1-9]/.test(text)) text = `+${text.replace(/^\(?00/, '')}`;
    const defaultCountry = region && /^[A-Z]{2}$/.test(region) ? (region as CountryCode) : undefined;
    const number = parsePhoneNumberFromString(text, defaultCountry ? { defaultCountry } : undefined);
    if (!number) return null;
    if (!number.isValid() && !(allowPossible && number.isPossible())) return null;
    return { e164: number.number, country: number.country ?? '', type: number.getType() };
  } catch {
    return null;
  }
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * Splits a run that glued several numbers or a number and the next sentence: `030 1234567 / 030 1234568`,
 * `(561) 630-1828 (561) 630-1829`, `(214) 670-5111. 3-1-1 is …`.
 */
function splitRuns(raw: string): { part: string; offset: number }[] {
  const separator = digitCount(raw) > 15 ? /[.,;]\s+|\s*[/|]\s*|\s(?=[(+])/g : /[.,;]\s+|\s+\/\s+|\s*\|\s*/g;
  const out: { part: string; offset: number }[] = [];
  let from = 0;
  const push = (end: number) => {
    const piece = raw.slice(from, end);
    const part = piece.trim();
    if (part) out.push({ part, offset: from + piece.indexOf(part) });
  };
  for (let m = separator.exec(raw); m; m = separator.exec(raw)) {
    push(m.index);
    from = m.index + m[0].length;
    if (m[0].length === 0) separator.lastIndex++;
  }
  push(raw.length);
  return out;
}

/** At most this many candidates per text are parsed (a page of part numbers must not stall the scan). */
const MAX_CANDIDATES = 3_000;

/**
 * Finds phone and fax numbers in text.
 * @param region ISO2 used for national numbers ('' = international numbers only).
 * @example
 * findPhonesInText('Telefon: 030 1234567 · Fax: 030 1234568', 'DE').map((p) => [p.e164, p.kind]);
 * // [['+49301234567', 'phone'], ['+49301234568', 'fax']]
 */
export function findPhonesInText(
  text: string,
  region: string,
): { matches: PhoneMatch[]; truncated: boolean } {
  const matches: PhoneMatch[] = [];
  let count = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    if (++count > MAX_CANDIDATES) return { matches, truncated: true };
    // Do not start inside a longer word/number (`ABC12345678`, `DE123456789`).
    const prevChar = text[m.index - 1] ?? '';
    if (/[\p{L}\d]/u.test(prevChar) && !/[\u4e00-\u9fff]/u.test(prevChar)) continue;
    const nextChar = text[m.index + m[0].length] ?? '';
    // A letter right after the digits means a longer token, unless markup glued the next label on ("3900Fax:").
    if (/[\p{Ll}\d]/u.test(nextChar) && !/^[ex]/i.test(nextChar)) continue;
    for (const { part, offset } of splitRuns(m[0].replace(/[\s.\-/(]+$/, ''))) {
      const start = m.index + offset;
      const raw = part.trim();
      const digits = digitCount(raw);
      if (digits < 6 || digits > 17) continue;
      if (DATE_LIKE.test(raw) || TIME_RANGE.test(raw)) continue;
      if (CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 5), start))) continue;
      if (UNIT_AFTER.test(text.slice(start + raw.length, start + raw.length + 5))) continue;
      // Decimal numbers such as 1.234.567,89 or 12.50.
      if (/^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?$/.test(raw) || /^\d+[.,]\d{1,2}$/.test(raw)) continue;
      let cue = lastCue(cueContext(text, start));
      // A label after the number: "1-310-260-8918 (fax)", "0171 234567 (mobile)".
      const after =
        /^[ \t]*(?:[([][ \t]*(?:[\p{L}]+[ \t]+){0,2}|[-–][ \t]*)(fax|telefax|mobile?|cell|whatsapp|phone|tel)\b/iu.exec(
          text.slice(start + raw.length, start + raw.length + 16),
        );
      if (after?.[1]) {
        const word = after[1].toLowerCase();
        const kind = word.includes('fax')
          ? 'fax'
          : word.startsWith('mobil') || word === 'cell'
            ? 'mobile'
            : word === 'whatsapp'
              ? 'whatsapp'
              : 'phone';
        if (!cue || cue.kind === 'phone' || cue.kind === 'negative') cue = { kind, at: start };
      }
      // A North American number printed in its standard shape is a phone whatever label precedes it
      // ("Accounts Receivable", "Registration desk"): registration and account numbers are not written so.
      const isNanpShape = (region === 'US' || region === 'CA') && NANP_STRONG.test(raw);
      if (cue?.kind === 'negative' && !isNanpShape) continue;
      if (cue?.kind === 'negative') cue = null;
      const isInternational = /^\(?(?:\+|00[1-9])/.test(raw);
      const hasCue = cue !== null;
      const isNanpLooking = (region === 'US' || region === 'CA') && NANP_FORMAT.test(raw);
      if (!isInternational && !hasCue && !isNanpLooking) continue;
      if (!isInternational && !region) continue;
      const parsed = parsePhone(raw, region);
      if (!parsed) continue;
      const cueKind = (cue?.kind ?? '') as PhoneMatch['cue'];
      matches.push({
        e164: parsed.e164,
        kind: kindOf(cueKind, parsed.type),
        country: parsed.country,
        raw,
        index: start,
        cue: cueKind,
      });
    }
  }
  return { matches, truncated: false };
}

/**
 * Reads the number of a `tel:`/`callto:`/`sms:` link. A link is explicit, so a merely *possible* number counts.
 */
export function phoneFromTelHref(
  href: string,
  region: string,
): { e164: string; country: string; type: string | undefined } | null {
  let body = href.replace(/^(?:tel|callto|sms):\/*/i, '');
  try {
    body = decodeURIComponent(body);
  } catch {
    // Keep the raw form.
  }
  body = body.split(/[?;,]/)[0] ?? '';
  if (digitCount(body) < 6) return null;
  return parsePhone(body, region, true);
}

/** Cue category of a short label such as a link text or a JSON-LD key ('' when it names none). */
export function cueOfLabel(label: string): PhoneMatch['cue'] {
  const cue = lastCue(label.slice(0, 60));
  return cue && cue.kind !== 'negative' ? cue.kind : '';
}
