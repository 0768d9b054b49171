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
    pattern:
      /(?:tele)?fax|facsimile|\bfacs?\b|\bfx\b|(?<![\p{L}\d.])f[ \t]+$|faks|факс|传真|傳真|ファックス|ファクス|팩스|\bf\s?[:.]|\(f\)/giu,
  },
  {
    kind: 'mobile',
    pattern:
      /mobile?|mobil(?:e|telefon)?|móvil|movil|cell(?:ular|phone)?|handy|portable|cellulare|celular|gsm|手机|手機|移动电话|моб(?:ильный|\.)?|сотовый|携帯|휴대폰|\bm\s?[:.]|(?<![\p{L}\d.])m[ \t]+$|\(m\)/giu,
  },
  { kind: 'whatsapp', pattern: /whats\s?app|wa\s?[:.]/giu },
  {
    kind: 'phone',
    pattern:
      /tel(?:e?phone|efon(?:o|nummer)?|éfono|efoon(?:nummer)?|éphone|\.|:|\b)|tél|phone|ph\s?[:.]|\bfon\b|fono|\btlf|\btfno|\btf\s?[:.]|\bt\s?[:.]|\bp\s?[:.]|(?<![\p{L}\d.])[pt][ \t]+$|\(t\)|call(?:\s+us)?|\bring\b|hotline|helpline|toll[\s-]?free|numero|número|nummer|telefoonnummer|puhelin|telefone|电话|電話|座机|热线|联系方式|联系电话|тел(?:ефон)?|звоните|電話番号|전화|contact(?:o)?\s*(?:number|no)|phone\s*number|infoline|zentrale|centralita|standard|\boffice\b|\bmain\b|\bdirect\b|\bdirekt|\bsales\b|verkauf|ventas/giu,
  },
  {
    kind: 'negative',
    pattern:
      /vat|ust[\s.-]*id|ust\.?-?idnr|umsatzsteuer|steuer(?:nummer|-?nr)|st\.?-?nr|\buid\b|hrb|hra|handelsregister|registergericht|amtsgericht|kvk|btw|\bcif\b|\bnif\b|\bnie\b|tva|siret|siren|\brcs\b|p\.?\s?iva|partita|codice fiscale|\babn\b|\bacn\b|\bein\b|\btin\b|iban|\bbic\b|swift|\bblz\b|konto|account|bank|sort code|routing|sku|art(?:ikel)?[\s.-]*nr|artikelnummer|item|model(?:l|o)?|\bref\b|referen|order|bestell|auftrag|invoice|rechnung|ean|gtin|upc|isbn|issn|\bpo box\b|postfach|\bzip\b|postcode|postal|\bplz\b|\bid\b|reg(?:istration|istro)?\b|licen[cs]e|lizenz|duns|\bgln\b|price|preis|precio|prix|\bqty\b|quantity|menge|stück|pcs|\bmoq\b|size|weight|gewicht|dimension|serial|patent|版权|备案|icp|营业执照|统一社会信用代码|инн|огрн|кпп|date|datum|fecha|©|copyright/giu,
  },
];

/** A digit run that could be a phone number: optional `+`/`(`, digits and the separators people print. */
const CANDIDATE = /(?:\+[ \u00a0]?|\([ \u00a0]?\+?)?\d[\d \t\u00a0().\-/\u2010-\u2015]{4,26}\d/g;
const DATE_LIKE =
  /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|(?:19|20)\d\d\s?[-–/]\s?(?:19|20)?\d\d)$/;
const TIME_RANGE = /^\d{1,2}[.:]\d{2}\s?[-–]\s?\d{1,2}[.:]\d{2}$/;
const CURRENCY_BEFORE = /[$€£¥₹₽₩][ \t\u00a0]?$|(?:usd|eur|gbp|cny|rmb|chf|jpy|rub|us\$)[ \t\u00a0]?$/i;
// A unit or currency on the same line only: "…1278\nEurope" is not a price in euros.
const UNIT_AFTER =
  /^[ \t\u00a0]?(?:%|€|\$|£|¥|mm\b|cm\b|m\b|km\b|kg\b|g\b|t\b|pcs|stk|units?\b|x\b|sq|m²|m2\b|ft\b|in\b|lbs?\b|usd\b|eur(?:os?)?\b|rmb\b|元|件|个|吨|kw|v\b|w\b|hz)/i;
const NANP_STRONG = /^(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\d{3}[.-])\d{3}[.-]\d{4}$/;
// The area code in brackets is shape enough even with the rest run together: "(876)4355118".
const NANP_FORMAT = /^(?:\+?1[\s.-]?)?(?:\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}|\(\d{3}\)\s?\d{7})$/;

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

/** A line holding only a number (digits and the separators people print). */
const NUMBER_LINE = /^[\d\s()+.\-/\u00a0]{6,}$/;
/** A short label line: letters, no digits ("TELEPHONE BOOKING", "Fax", "Lost property"). */
const LABEL_LINE = /^[^\d\n]{2,40}$/;

/**
 * The text a cue may sit in: the current line, or the previous one when the label has a line (or cell) of its own.
 * Two columns printed as a stack of labels over a stack of numbers ("Phone\nFax\n030 1\n030 2") pair the n-th
 * number with the n-th label; a label without a cue word falls back to the cue of the whole stack.
 */
function cueContext(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 60), start);
  const nl = before.lastIndexOf('\n');
  if (nl < 0) return before.slice(-40);
  const sameLine = before.slice(nl + 1);
  if (/[\p{L}]/u.test(sameLine)) {
    const own = sameLine.slice(-40);
    // "Fax:\nApplication materials: (413) 577-0010\nTranscripts: (413) 577-0386": a bare label heading lines that
    // carry their own, cue-less labels.
    if (lastCue(own)) return own;
    const heading = sectionLabel(text, start - before.length + nl);
    return heading ? `${heading} \n ${own}` : own;
  }
  const stack = labelStack(text, start - before.length + nl);
  if (stack) return `${stack} ${sameLine}`;
  const prevStart = before.lastIndexOf('\n', nl - 1);
  const prev = before.slice(prevStart + 1, nl);
  return `${prev.slice(-30)} ${sameLine}`;
}

/** A label standing alone on its line: "Fax:", "Telefon", "电话：". */
const BARE_LABEL = /^[^\d\n]{2,25}$/;

/**
 * The bare cue label heading a run of sub-labelled number lines above `lineBreak` (the break before the number's
 * line), '' when there is none within a few lines.
 */
function sectionLabel(text: string, lineBreak: number): string {
  const above = text
    .slice(Math.max(0, lineBreak - 300), lineBreak)
    .split('\n')
    .reverse();
  for (let i = 0; i < Math.min(above.length, 5); i++) {
    const line = (above[i] ?? '').trim();
    if (BARE_LABEL.test(line)) {
      const cue = lastCue(line);
      return cue && cue.kind !== 'negative' ? line : '';
    }
    // Only sibling lines ("Label: number") may sit between the heading and this line.
    if (!/^[^\d\n]{2,40}[:：][ \t]*[(+\d]/u.test(line)) return '';
  }
  return '';
}

/**
 * Reads a stack of labels over a stack of number-only lines around the number's line (`lineBreak` ends the line
 * before it). Returns the label paired with this number, '' when the lines around are not such a stack.
 */
function labelStack(text: string, lineBreak: number): string {
  const above = text
    .slice(Math.max(0, lineBreak - 400), lineBreak)
    .split('\n')
    .reverse();
  let numbersAbove = 0;
  while (numbersAbove < above.length && NUMBER_LINE.test((above[numbersAbove] ?? '').trim())) numbersAbove++;
  const labels: string[] = [];
  for (let i = numbersAbove; i < above.length && labels.length < 6; i++) {
    const line = (above[i] ?? '').trim();
    if (!LABEL_LINE.test(line)) break;
    labels.unshift(line);
  }
  if (labels.length === 0) return '';
  // One label over several numbers labels them all.
  if (labels.length === 1) return numbersAbove > 0 ? (labels[0] ?? '') : '';
  const lineEnd = text.indexOf('\n', lineBreak + 1);
  const below = lineEnd < 0 ? [] : text.slice(lineEnd + 1, lineEnd + 400).split('\n');
  let numbersBelow = 0;
  while (numbersBelow < below.length && NUMBER_LINE.test((below[numbersBelow] ?? '').trim())) numbersBelow++;
  // Pair the numbers with the labels nearest above them (a heading may sit above the labels); with fewer labels
  // than numbers, which label is whose is a guess.
  const height = numbersAbove + 1 + numbersBelow;
  if (labels.length < height) return '';
  const paired = labels.slice(labels.length - height);
  const own = paired[numbersAbove] ?? '';
  return lastCue(own) ? own : paired.join(' \n ');
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
export function parsePhone(raw: string, region: string, allowPossible = false): ParsedPhone | null {
  let text = raw.trim().replace(/\(0\)/g, '');
  if (/^\(?00[1-9]/.test(text)) text = `+${text.replace(/^\(?00/, '')}`;
  const defaultCountry = region && /^[A-Z]{2}$/.test(region) ? (region as CountryCode) : undefined;
  // An international number reads the same in every region.
  const key = `${allowPossible ? 1 : 0}${text.startsWith('+') ? '' : (defaultCountry ?? '')}\u0000${text}`;
  const known = parsed.get(key);
  if (known !== undefined) return known && { ...known };
  let result: ParsedPhone | null = null;
  try {
    const number = parsePhoneNumberFromString(text, defaultCountry ? { defaultCountry } : undefined);
    if (number && (number.isValid() || (allowPossible && number.isPossible())))
      result = { e164: number.number, country: number.country ?? '', type: number.getType() };
  } catch {
    result = null;
  }
  if (parsed.size >= MAX_PARSED) parsed.clear();
  parsed.set(key, result);
  return result && { ...result };
}

/** A number as libphonenumber read it. */
export interface ParsedPhone {
  e164: string;
  country: string;
  type: string | undefined;
}

/**
 * Numbers already parsed, by region and text: a listing page's numbers are read by the page's own scan and again
 * by each entry's (libphonenumber's parse was the main cost of both on a 1,000-entry listing). Bounded.
 */
const parsed = new Map<string, ParsedPhone | null>();
const MAX_PARSED = 20_000;

/** Form placeholders and demo numbers: "+34 123 456 789", "000 000 000". */
function isPlaceholder(e164: string): boolean {
  return /123456789|987654321|(\d)\1{6,}/.test(e164);
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
function splitRuns(raw: string, region: string): { part: string; offset: number }[] {
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
  return out.flatMap((piece) => (digitCount(piece.part) > 15 ? splitAtSpaces(piece, region) : [piece]));
}

/**
 * Splits a run of numbers printed side by side with only spaces between them (table cells of one row:
 * "408.868.1260 408.868.1280") at the first space where the left part is a valid number on its own.
 */
function splitAtSpaces(
  piece: { part: string; offset: number },
  region: string,
): { part: string; offset: number }[] {
  const { part, offset } = piece;
  for (let i = part.indexOf(' '); i > 0; i = part.indexOf(' ', i + 1)) {
    const left = part.slice(0, i).trim();
    const right = part.slice(i + 1).trim();
    if (digitCount(left) < 6 || digitCount(right) < 6) continue;
    if (!parsePhone(left, region)) continue;
    const rightOffset = offset + part.indexOf(right, i);
    const rest = { part: right, offset: rightOffset };
    return [{ part: left, offset }, ...(digitCount(right) > 15 ? splitAtSpaces(rest, region) : [rest])];
  }
  return [piece];
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
    for (const { part, offset } of splitRuns(m[0].replace(/[\s.\-/(]+$/, ''), region)) {
      const start = m.index + offset;
      // A note in brackets after the number ("(413)-545-0722 ( 8:30 AM-5 PM )") is cut where its digits start.
      const raw = part.trim().replace(/[ \t\u00a0]+\([ \t\u00a0]?\d{1,2}$/, '');
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
        /^[ \t]*(?:[([][ \t]*(?:[\p{L}]+[ \t]+){0,2}|[-–][ \t]*|(?=\p{L}+[ \t]*(?:$|[\n).,;|·])))(fax|telefax|mobile?|cell|whatsapp|phone|tel)\b(?![ \t]*[:.]?[ \t]*[(+\d])/iu.exec(
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
        // A bare label closing the line ("408 727 5520 Fax") names this number whatever the line above said.
        const isBare = !/[([\-–]/.test(after[0].slice(0, after[0].length - after[1].length));
        if (!cue || isBare || cue.kind === 'phone' || cue.kind === 'negative') cue = { kind, at: start };
      }
      // A North American number printed in its standard shape is a phone whatever label precedes it
      // ("Accounts Receivable", "Registration desk"): registration and account numbers are not written so.
      const isNanpShape = (region === 'US' || region === 'CA') && NANP_STRONG.test(raw);
      if (cue?.kind === 'negative' && !isNanpShape) continue;
      if (cue?.kind === 'negative') cue = null;
      let isInternational = /^\(?(?:\+|00[1-9])/.test(raw);
      const hasCue = cue !== null;
      // With no region at all (no ccTLD, address, or language that names one), a number printed in the strict
      // North American shape "978.262.0049" / "800-960-0094" is read as North American: other plans rarely print
      // ten digits as 3-3-4 with those separators, and libphonenumber still has to accept it.
      const numberRegion = !region && !isInternational && NANP_STRONG.test(raw) ? 'US' : region;
      // "(86) 755-8266-2458", "( 852 ) 2572- 1121": the country code in brackets without "+", common on Asian
      // sites. Read so only when the number is not a valid national one here and is valid internationally.
      let text164 = raw;
      const bracketed = isInternational ? null : BRACKETED_CODE.exec(raw);
      if (bracketed && !(numberRegion && parsePhone(raw, numberRegion))) {
        const international = `+${bracketed[1]} ${bracketed[2]}`;
        if (parsePhone(international, '')) {
          text164 = international;
          isInternational = true;
        }
      }
      const isNanpLooking = (numberRegion === 'US' || numberRegion === 'CA') && NANP_FORMAT.test(raw);
      if (!isInternational && !hasCue && !isNanpLooking) continue;
      if (!isInternational && !numberRegion) continue;
      // A North American number right under an explicit label is taken when it is merely *possible*
      // (libphonenumber's metadata lags behind newly opened exchanges: "Fax: 601-486-1278"). Elsewhere a merely
      // possible number is as often a wrong region guess.
      const isLabelled = cue !== null && cue.kind !== 'negative';
      const parsed = parsePhone(text164, numberRegion, isLabelled && (region === 'US' || region === 'CA'));
      if (!parsed || isPlaceholder(parsed.e164)) continue;
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
  findBrazilianCarrierForm(text, matches);
  applyColumnHeaders(text, matches);
  return { matches, truncated: false };
}

/** A country calling code in brackets before the number: "(86) 755-8266-2458", "( 852 ) 2572- 1121". */
const BRACKETED_CODE = /^\([ \u00a0]?([1-9]\d{0,2})[ \u00a0]?\)[ \u00a0]*(\d[\d \u00a0.\-/]*)$/;

/**
 * Brazil's long-distance form "(0xx11) 2509-7626" (0, a carrier code, the area code): the notation itself names
 * the country, so it is read as Brazilian whatever the page's region.
 */
const BR_CARRIER_FORM = /\(?0[ \u00a0]?xx[ \u00a0]?(\d{2})\)?[ \u00a0]*(\d{4,5}[-. \u00a0]?\d{4})(?!\d)/gi;

function findBrazilianCarrierForm(text: string, matches: PhoneMatch[]): void {
  if (!/0[ \u00a0]?xx/i.test(text)) return;
  BR_CARRIER_FORM.lastIndex = 0;
  for (let m = BR_CARRIER_FORM.exec(text); m; m = BR_CARRIER_FORM.exec(text)) {
    const parsed = parsePhone(`+55 ${m[1]} ${m[2]}`, '', true);
    if (!parsed || isPlaceholder(parsed.e164)) continue;
    const cue = lastCue(cueContext(text, m.index));
    const cueKind = (cue && cue.kind !== 'negative' ? cue.kind : '') as PhoneMatch['cue'];
    matches.push({
      e164: parsed.e164,
      kind: kindOf(cueKind, parsed.type),
      country: parsed.country,
      raw: m[0],
      index: m.index,
      cue: cueKind,
    });
  }
  matches.sort((a, b) => a.index - b.index);
}

/** A header cell naming a number column. */
const COLUMN_WORD = /\b(?:tele?phone|phone|tel|fax|telefax|facsimile|mobile|cell)\b/gi;
/** Cheap test before the per-line pass: two column words close together on one line. */
const HEADER_HINT =
  /\b(?:tele?phone|phone|tel|fax|mobile|cell)\b[^\n\d]{0,60}\b(?:phone|tel|fax|mobile|cell)\b/i;
/** Lines a column header stays in force for (a staff table with a description row per person). */
const HEADER_REACH = 60;

/**
 * Tables of contacts ("Name | Position | Phone | Fax", one person per row) label their numbers once, in the header
 * row. Captured text keeps a row on one line, so a line of numbers under a digit-free header line with two or more
 * of those words takes their kinds in order, when the counts agree.
 */
function applyColumnHeaders(text: string, matches: PhoneMatch[]): void {
  if (matches.length < 2 || !HEADER_HINT.test(text)) return;
  let columns: ('phone' | 'mobile' | 'fax')[] | null = null;
  let reach = 0;
  let lineStart = 0;
  let next = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const inLine: PhoneMatch[] = [];
    while (next < matches.length && (matches[next]?.index ?? Infinity) < lineEnd) {
      const m = matches[next++];
      if (m && m.index >= lineStart) inLine.push(m);
    }
    const line = text.slice(lineStart, lineEnd);
    if (inLine.length === 0) {
      const words = line.length <= 160 && !/\d/.test(line) ? (line.match(COLUMN_WORD) ?? []) : [];
      const kinds = words.map((w) => {
        const lower = w.toLowerCase();
        return lower.includes('fax') || lower === 'facsimile'
          ? 'fax'
          : lower === 'mobile' || lower === 'cell'
            ? 'mobile'
            : 'phone';
      });
      if (kinds.length >= 2 && new Set(kinds).size >= 2) {
        columns = kinds;
        reach = HEADER_REACH;
      } else if (columns && --reach <= 0) columns = null;
    } else if (columns && inLine.length === columns.length) {
      inLine.forEach((m, i) => {
        const kind = columns?.[i] ?? 'phone';
        m.kind = kind === 'phone' && m.kind === 'mobile' ? 'mobile' : kind;
        m.cue = kind;
      });
    }
    lineStart = lineEnd + 1;
  }
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
