/**
 * The facts of an inquiry, each with the words that say it: products (read with the grading vocabulary and the
 * rep's own keywords), quantities, specifications, target price, destination, incoterm, payment terms, deadline,
 * and the sender's company, site and phone from the signature. Pure; patterns cover English, Spanish, French,
 * German, Portuguese and Russian mail.
 */
import { type CompiledProfile, conceptKind } from '../classify/profile';
import { HOME_COUNTRY } from '../classify/index';
import { findTerm, fold, indexText } from '../match/index';
import { isFreeMailDomain } from '../free-mail/index';
import { countryFromName, countryFromTld } from '../scan/countries';
import { registrableDomain } from '../scan/domain';
import { findPhonesInText } from '../scan/phones';
import { conceptName, mentionsIn, type Vocabulary } from '../vocabulary/index';
import type { CleanMail } from './clean';
import type { Found, InquiryFacts, ProductFound } from './schema';

/** What product reading needs: the vocabulary and the active profile compiled against it (both optional). */
export interface ProductContext {
  vocab: Vocabulary | null;
  profile: CompiledProfile | null;
}

const NUM = String.raw`\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?`;
const UNITS = String.raw`pcs?\.?|pieces?|units?|sets?|rolls?|reels?|cartons?|ctns?|boxes|containers?|x\s?(?:20|40)\s?(?:hq|gp|ft)\w*|(?:20|40)\s?(?:hq|gp|ft)\w*|tons?|tonnes?|metric tons|mt|piezas?|pzas?|unidades|uds\.?|rollos|juegos|cajas|contenedor(?:es)?|pi[eè]ces?|unit[ée]s|rouleaux|conteneurs?|st(?:ü|ue)ck|stk\.?|einheiten|rollen|kartons?|pe[çc]as|p[çc]s|conjuntos|cont[eê]ineres|шт\.?|штук[аи]?|единиц|катуш(?:ек|ки|ка)|рулон(?:ов|а)?|комплект(?:ов|а)?|контейнер(?:ов|а)?|коробок`;
/** A number followed by a unit of count: "1,200 pcs", "2.000 rollos", "3 000 катушек", "2 x 40HQ containers". */
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\d.,])(${NUM})\s?(?:(?:x|×)\s?)?(?:${UNITS})(?![\p{L}])`,
  'giu',
);
/** "Quantity: 800" with the unit left out. */
const QUANTITY_CUE = new RegExp(
  String.raw`(?:quantity|qty|q'ty|cantidad|quantit[ée]|menge|st(?:ü|ue)ckzahl|quantidade|количество|объ[её]м|тираж)\s*[:：]?\s*(?:approx\.?|about|around|ca\.?|aprox\.?|environ|около|примерно|cerca de)?\s*(${NUM})`,
  'iu',
);

/** Technical specifications written the way buyers write them. */
const SPEC_PATTERNS: RegExp[] = [
  /\b\d+(?:[.,]\d+)?\s?[x×х*]\s?\d+(?:[.,]\d+)?(?:\s?[x×х*]\s?\d+)?\s?(?:mm|cm|m|мм|см)?(?![\p{L}\d])/giu,
  /(?<![\p{L}\d])\d+(?:[.,]\d+)?\s?(?:w|kw|вт|квт)(?:\/m|\/м)?(?![\p{L}\d])/giu,
  /(?<![\p{L}\d])\d{4}\s?[kк](?![\p{L}\d])/giu,
  /(?<![\p{L}\d])\d+(?:[.,]\d+)?\s?(?:v|в|vac|vdc)(?![\p{L}\d])/giu,
  /\bip\s?\d{2}\b/gi,
  /\b(?:cri|irc|ra|ugr)\s?[<>≥≤=]?\s?\d{2}\b/gi,
  /(?<![\p{L}\d])\d+\s?(?:lm\/w|лм\/вт|lm)(?![\p{L}\d])/giu,
  /(?<![\p{L}\d])\d+(?:[.,]\d+)?\s?(?:mm|мм|cm|см)(?![\p{L}\d])/giu,
  /(?<![\p{L}\d])\d+\s?(?:°|degrees?|grad|grados)(?![\p{L}\d])/giu,
  /\b(?:e27|e14|gu10|mr16|a60|t8|t5|dali|1-10v|dimmable|dimmbar|regulable|dimmable|диммируем\p{L}*|photocell|sensor)\b/giu,
  // The label must stand alone and be followed by a separator: "ref" must not read "refurbishment".
  /(?<![\p{L}])(?:model|modelo|mod[eè]le|modell|модель|item no\.?|ref\.|ref|art\.?-?nr\.?)(?:\s*[:#]\s*|\s+)(?=[\p{L}\d-]*\d)[\p{L}\d-]{2,}/giu,
  /\b(?:mesh|adjustable|ergonomic|aluminium|aluminum|stainless steel|brass|laiton|lat[oó]n|lat[aã]o|finish|finition|acabado|material|черн\p{L}+|алюмин\p{L}+)\b/giu,
];

const TARGET_PRICE =
  /(?:target price|price target|our budget|budget|precio objetivo|prix cible|prix objectif|zielpreis|preisvorstellung|pre[çc]o[ -]alvo|pre[çc]o objetivo|целев\p{L}+ цен\p{L}*)[^\n]{0,80}/iu;

const INCOTERM = /\b(EXW|FCA|FAS|FOB|CFR|CNF|C&F|CIF|CPT|CIP|DAP|DPU|DDP|DAT)\b/;
/** Incoterms whose place is where the goods leave, not where they go. */
const ORIGIN_TERMS = new Set(['EXW', 'FCA', 'FAS', 'FOB']);
const DESTINATION_CUE =
  /(?:destination|destino|delivery (?:to|in)|deliver(?:ed)? to|shipping to|ship to|goods on site|to our warehouse|livraison|livr[ée]|entrep[oô]t|lieferung (?:nach|in)|lieferort|bestimmungs\p{L}*|porto de destino|entrega em|puerto de|con destino|доставка в|поставк\p{L}* в|до москвы|экспедитор|project in|tender in|in (?:the )?(?:city of )?[A-Z]\p{L}+,)/iu;

const PAYMENT =
  /(?:\bT\/T\b|\bTT\b|\bL\/C\b|\bD\/P\b|\bD\/A\b|letter of credit|western union|paypal|deposit|balance (?:before|against|after)|prepayment|advance payment|\bnet \d+\b|carta de cr[ée]dito|por adelantado|anticipo|contra copia|lettre de cr[ée]dit|virement|acompte|akkreditiv|vorkasse|anzahlung|pagamento antecipado|antecipado|предоплат\p{L}*|аккредитив\p{L}*|перед отгрузкой|\d{1,3}\s?%\s?(?:deposit|t\/t|advance|adelantado|предоплат))/iu;
const PAYMENT_LABEL =
  /(?:payment(?: terms)?|terms of payment|forma de pago|condiciones de pago|conditions de paiement|paiement|zahlung(?:sbedingungen)?|forma de pagamento|condi[çc][õo]es de pagamento|оплата|условия оплаты)\s*[:：]\s*\S/iu;

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|январ[яь]|феврал[яь]|март[а]?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|август[а]?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]';
const DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\.?\s(?:de\s)?(?:${MONTHS})(?:\s(?:de\s)?\d{4})?|(?:${MONTHS})\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s\d{4})?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|end of (?:${MONTHS})|(?:within|dentro de|sous|innerhalb von|em até|в течение)\s\d+\s(?:days|weeks|días|semanas|jours|semaines|tagen|wochen|dias|дней|недель))`;
const DEADLINE = new RegExp(
  String.raw`(?:deadline|before|by|not later than|no later than|until|required|need(?:ed)?|within|antes del?|a m[aá]s tardar|hasta|avant le|au plus tard|d'ici|bis (?:zum|spätestens)?|spätestens|até|prazo|до|срок)[^\n]{0,40}?${DATE}|(?:within|dentro de|innerhalb von|em até|в течение)\s\d+\s(?:days|weeks|días|semanas|jours|semaines|tagen|wochen|dias|дней|недель)`,
  'iu',
);

const LEGAL_FORMS = String.raw`(?:co\.?,?\s?ltd\.?|pty\.?\s?ltd\.?|ltd\.?|limited|l\.?l\.?c\.?|inc\.?|corp\.?|gmbh(?:\s?&\s?co\.?\s?kg)?|ag|kg|sarl|s\.?a\.?s\.?|s\.?a\.?(?:\sde\sc\.?v\.?)?|s\.?l\.?u?\.?|s\.?r\.?l\.?|s\.?p\.?a\.?|ltda\.?|lda\.?|eireli|aps|a\/s|ab|b\.?v\.?|n\.?v\.?|oy|fze|fzco|fz-llc|w\.?l\.?l\.?|plc|llp|trading(?: co\.?)?)`;
const COMPANY_LINE = new RegExp(String.raw`^(\p{Lu}[\p{L}\d&.,'’ -]{1,70}?,?\s${LEGAL_FORMS})\s*$`, 'iu');
const RU_COMPANY = /(?:ООО|ЗАО|ОАО|АО|ПАО|ИП|ТОО)\s*[«"“]([^»"”\n]{2,60})[»"”]/u;
const OUR_COMPANY = new RegExp(
  String.raw`(?:our company|we are|somos|nous sommes|wir sind|somos a|мы\s[-—]?)\s+(\p{Lu}[\p{L}\d&.,'’ -]{1,60}?\s${LEGAL_FORMS})(?=[\s,.]|$)`,
  'iu',
);

const WEBSITE =
  /\b(?:https?:\/\/)?((?:www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|biz|info|co|io)(?:\.[a-z]{2})?)\b/gi;

/** Words a buyer uses to say which goods they want. */
const WANT =
  /(?:looking for|interested in|we need|i need|require|quot(?:e|ation) for|price for|prices for|buscamos|interesados en|necesitamos|cotizar|cotizaci[oó]n de|recherchons|souhaitons|int[ée]ress[ée]s? par|devis pour|suchen|ben[öo]tigen|interessiert an|angebot f[üu]r|gostar[ií]amos|precisamos|cota[çc][ãa]o para|interessados em|интересует|нужн\p{L}*|требуется|ищем|цен\p{L}* на)/iu;

/** Words of a request that the vocabulary may read as products but never are, in an inquiry. */
const NOT_PRODUCTS = new Set([
  'price',
  'prices',
  'list',
  'catalog',
  'catalogue',
  'sample',
  'samples',
  'order',
  'product',
  'products',
  'market',
  'website',
  'container',
  'containers',
  'box',
  'boxes',
  'parcel',
  'address',
  'keywords',
  'tender',
  'project',
  'office',
  'warehouse',
  'report',
  'certificate',
  'certificates',
  'logo',
]);

/** Words that end a product phrase when read backwards from its head noun ("price for | LED street light"). */
const PHRASE_STOP =
  /^(?:for|of|the|a|an|and|or|in|on|with|our|your|company|firm|need|want|buy|price|prices|quote|de|del|la|las|el|los|y|en|para|con|des|du|le|les|et|pour|avec|der|die|das|und|für|mit|von|do|da|dos|das|e|com|em|para|и|в|на|для|с|по)$/i;

/**
 * The product as the buyer names it: the vocabulary reads the head noun ("light"), the buyer writes "LED street
 * light"; up to two words before the head are kept unless they are function words.
 */
export function productPhrase(line: string, words: string): string {
  const tokens = line.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [];
  const head = words.split(' ');
  const folded = tokens.map((t) => fold(t));
  for (let i = 0; i + head.length <= folded.length; i++) {
    if (head.every((w, k) => folded[i + k] === w)) {
      let start = i;
      while (
        start > i - 2 &&
        start > 0 &&
        /^\p{L}/u.test(tokens[start - 1]!) &&
        !PHRASE_STOP.test(tokens[start - 1]!)
      )
        start--;
      return tokens.slice(start, i + head.length).join(' ');
    }
  }
  return words;
}

/** True when two product names share a word ("LED panel" and "LED panel lights"). */
function overlaps(a: string, b: string): boolean {
  const words = new Set(fold(a).split(/[\s-]+/));
  return fold(b)
    .split(/[\s-]+/)
    .some((w) => w.length > 2 && words.has(w));
}

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  return text
    .slice(start, end < 0 ? undefined : end)
    .trim()
    .slice(0, 200);
}

function found(value: string, evidence: string): Found {
  return { value: value.trim(), evidence: evidence.trim().slice(0, 200) };
}

/** Products named in the message: vocabulary concepts (with ours/not ours) and the profile's own keywords. */
export function findProducts(
  message: string,
  lang: string,
  ctx: ProductContext,
  /** Names that are not products though they contain product words: the sender's company ("Harbor Lighting"). */
  notProducts: readonly string[] = [],
): ProductFound[] {
  const out: ProductFound[] = [];
  const seen = new Set<string>();
  const add = (p: ProductFound) => {
    const key = p.value.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(p);
  };
  // Sentences, not lines: "Quantidade: 800 unidades. Porto de destino: Santos" names no port wine.
  const lines = message.split(/\n|(?<=[.!?])\s+(?=\p{Lu})/u).filter((l) => l.trim().length > 2);
  // Lines already read through the rep's own keywords: one keyword per product line and sentence is enough
  // ("LED panel", "panel light" and "LED-Panel" all name the same panels), and the vocabulary adds nothing there.
  const literal = new Set<string>();
  if (ctx.profile) {
    for (const line of lines) {
      const index = indexText(line, lang);
      for (const l of ctx.profile.lines) {
        const term = l.terms.find((t) => findTerm(index, t).length > 0);
        if (term) {
          add({ value: term.source, evidence: line, match: 'ours', line: l.name });
          literal.add(line);
        }
      }
    }
  }
  const { vocab } = ctx;
  if (!vocab) return out;
  for (const line of lines) {
    const isRequestLine =
      WANT.test(line) || [QUANTITY, ...SPEC_PATTERNS.slice(0, 7)].some((re) => hasMatch(re, line));
    for (const m of mentionsIn(line, lang, vocab)) {
      if (m.weak || NOT_PRODUCTS.has(m.words)) continue;
      const phrase = productPhrase(line, m.words);
      if (notProducts.some((n) => fold(n).includes(fold(phrase)))) continue;
      if (literal.has(line) && out.some((p) => p.evidence === line && overlaps(p.value, phrase))) continue;
      const concept = m.concepts[0]!;
      const kind = ctx.profile ? conceptKind(concept, ctx.profile, vocab) : null;
      // Ordinary words name products too ("Porto" is port wine, "checking" a cheque): another trade's product
      // counts only where the buyer asks for goods or gives a quantity or specification.
      if ((!kind || kind.kind === 'other') && !isRequestLine) continue;
      add({
        value: phrase,
        evidence: `${line} → ${conceptName(vocab, concept, 'en')}`,
        match: kind?.kind ?? 'unknown',
        line: kind?.line ?? '',
      });
    }
  }
  return out;
}

/** `test` for global patterns without leaving `lastIndex` behind. */
function hasMatch(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}

function allMatches(re: RegExp, text: string, limit = 12): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) out.push(m);
  return out;
}

/** Quantities: "1,200 pcs", "Menge: ca. 300 Stück", "2 x 40HQ containers". */
export function findQuantities(message: string): Found[] {
  const out = allMatches(QUANTITY, message).map((m) =>
    found(m[0].replace(/\.$/, ''), lineAround(message, m.index)),
  );
  if (out.length === 0) {
    const m = QUANTITY_CUE.exec(message);
    if (m) out.push(found(m[1]!, lineAround(message, m.index)));
  }
  return out;
}

/** Specifications: sizes, watts, colour temperature, IP class, CRI, models, materials. */
export function findSpecs(message: string): Found[] {
  const out: Found[] = [];
  const seen = new Set<string>();
  for (const re of SPEC_PATTERNS)
    for (const m of allMatches(re, message)) {
      const v = m[0].trim();
      if (seen.has(v.toLowerCase())) continue;
      seen.add(v.toLowerCase());
      out.push(found(v, lineAround(message, m.index)));
    }
  return out.slice(0, 20);
}

function countryInLine(line: string): string {
  const words = line.match(/[\p{L}][\p{L}.'’-]*/gu) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    for (let n = Math.min(4, i + 1); n >= 1; n--) {
      const name = words.slice(i - n + 1, i + 1).join(' ');
      if (name.length < 2 || (n === 1 && name.length === 2 && name !== 'UK' && name !== 'UAE')) continue;
      const code = countryFromName(name);
      if (code && code !== HOME_COUNTRY) return code;
    }
  }
  return '';
}

/**
 * Where the goods go: the place of an arrival incoterm (CIF Jebel Ali, UAE) or a line that says destination,
 * delivery or port, read for a country name; else the country in the signature's address. Never the seller's
 * own country (HOME_COUNTRY), which is where FOB/FCA places are.
 */
export function findDestination(message: string, signature: string): Found | null {
  for (const line of message.split('\n')) {
    const term = INCOTERM.exec(line);
    if ((term && !ORIGIN_TERMS.has(term[1]!)) || DESTINATION_CUE.test(line)) {
      const code = countryInLine(line);
      if (code) return found(code, line);
    }
  }
  for (const line of message.split('\n')) {
    if (INCOTERM.test(line)) {
      const code = countryInLine(line);
      if (code) return found(code, line);
    }
  }
  const lines = signature.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const code = countryInLine(lines[i]!.replace(/\b(?:tel|ph|phone|mob)\b.*$/i, ''));
    if (code) return found(code, lines[i]!);
  }
  return null;
}

/** The company from the signature (a line ending in a legal form, ООО «…») or "our company X Ltd". */
export function findCompany(message: string, signature: string): Found | null {
  for (const line of signature.split('\n')) {
    const t = line.trim();
    const ru = RU_COMPANY.exec(t);
    if (ru) return found(ru[1]!, t);
    const m = COMPANY_LINE.exec(t);
    if (m && !/^(?:tel|ph|phone|fax|mob|www|p\.?o\.? box)/i.test(t)) return found(m[1]!, t);
  }
  const ru = RU_COMPANY.exec(message);
  if (ru) return found(ru[1]!, lineAround(message, ru.index));
  const our = OUR_COMPANY.exec(message);
  if (our) return found(our[1]!, lineAround(message, our.index));
  return null;
}

/** The company's site: a `www.` or `.com`-style name in the mail, never free mail nor our own domains. */
export function findWebsite(text: string, exclude: readonly string[]): Found | null {
  for (const m of allMatches(WEBSITE, text, 40)) {
    if (text[m.index - 1] === '@' || /@[\w.-]*$/.test(text.slice(Math.max(0, m.index - 60), m.index)))
      continue;
    const domain = registrableDomain(`http://${m[1]!.toLowerCase()}`);
    if (!domain || isFreeMailDomain(domain) || exclude.includes(domain)) continue;
    return found(domain, lineAround(text, m.index));
  }
  return null;
}

/** Every fact of a cleaned mail. `exclude` holds our own domains (the recipients'), never the sender's site. */
export function extractFacts(
  mail: Pick<CleanMail, 'message' | 'signature' | 'text'>,
  lang: string,
  senderDomain: string,
  exclude: readonly string[],
  ctx: ProductContext,
): InquiryFacts {
  const { message, signature, text } = mail;
  const term = INCOTERM.exec(message);
  const target = TARGET_PRICE.exec(message);
  const pay = PAYMENT.exec(message) ?? PAYMENT_LABEL.exec(message);
  const deadline = DEADLINE.exec(message);
  const website = findWebsite(text, exclude);
  const company = findCompany(message, signature);
  const region =
    countryFromTld(website?.value ?? senderDomain) || findDestination('', signature)?.value || '';
  const phones = findPhonesInText(signature || text, region)
    .matches.filter((p) => p.kind !== 'fax')
    .map((p) => found(p.e164, lineAround(signature || text, p.index ?? 0)));
  return {
    products: findProducts(message, lang, ctx, company ? [company.value] : []),
    quantities: findQuantities(message),
    specs: findSpecs(message),
    targetPrice: target ? found(target[0], lineAround(message, target.index)) : null,
    destination: findDestination(message, signature),
    incoterm: term
      ? found(term[1] === 'CNF' || term[1] === 'C&F' ? 'CFR' : term[1]!, lineAround(message, term.index))
      : null,
    payment: pay ? found(pay[0], lineAround(message, pay.index)) : null,
    deadline: deadline ? found(deadline[0], lineAround(message, deadline.index)) : null,
    company,
    website,
    phones: phones.slice(0, 4),
  };
}
