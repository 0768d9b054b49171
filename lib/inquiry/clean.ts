/**
 * Pasted mail → clean text. Reps paste plain text, a webmail copy (with the header lines), the HTML source of a
 * message, or a whole thread: this keeps the new message only — the quoted replies below it, disclaimers and
 * "sent from my phone" lines carry facts of other mails (our own earlier quote says "FOB Ningbo, T/T"), so they
 * must not count. Pure and total: any string gives a result.
 */

/** Text beyond this is not read: a real inquiry is a few KB, a 1 MB paste is a mistake or a whole mailbox. */
export const MAX_MAIL_CHARS = 20_000;
/** Raw input beyond this is cut before any parsing, so a huge paste stays fast. */
export const MAX_RAW_CHARS = 400_000;

export interface MailHeaders {
  subject: string;
  from: string;
  to: string;
  date: string;
  contentType: string;
  transferEncoding: string;
}

export interface CleanMail {
  headers: MailHeaders;
  /** The new message without quotes and footers. */
  text: string;
  /** The closing block (after "Best regards" and the like), also contained in `text`. */
  signature: string;
  /** The message above the closing: where the request is. */
  message: string;
  /** True when the paste was HTML source. */
  wasHtml: boolean;
  /** True when a quoted earlier message was removed. */
  hadQuote: boolean;
  /** Length of the raw input when it was cut, else null. */
  truncatedAt: number | null;
}

const HEADER_NAMES: Record<string, keyof MailHeaders> = {
  subject: 'subject',
  betreff: 'subject',
  objet: 'subject',
  asunto: 'subject',
  assunto: 'subject',
  тема: 'subject',
  from: 'from',
  von: 'from',
  de: 'from',
  от: 'from',
  to: 'to',
  an: 'to',
  à: 'to',
  para: 'to',
  кому: 'to',
  date: 'date',
  datum: 'date',
  fecha: 'date',
  дата: 'date',
  'content-type': 'contentType',
  'content-transfer-encoding': 'transferEncoding',
};
const HEADER_LINE = /^([\p{L}-]{2,30})\s*:\s?(.*)$/u;
/** Header lines a pasted source carries that we do not read but must skip. */
const OTHER_HEADER =
  /^(?:cc|bcc|reply-to|message-id|mime-version|received|x-[\w-]+|return-path|sent|gesendet|enviado|envoyé)$/i;

/**
 * Reads the header block at the top of a paste (`Subject:`, `From:`, … in several languages), if any, and returns
 * it with the rest. A header block is only taken when it starts the paste and is closed by an empty line.
 */
export function splitHeaders(raw: string): { headers: MailHeaders; body: string } {
  const headers: MailHeaders = {
    subject: '',
    from: '',
    to: '',
    date: '',
    contentType: '',
    transferEncoding: '',
  };
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  let seen = 0;
  let last: keyof MailHeaders | null = null;
  for (; i < lines.length && i < 60; i++) {
    const line = lines[i]!;
    if (line.trim() === '') break;
    if (/^[ \t]/.test(line) && last) {
      headers[last] += ` ${line.trim()}`;
      continue;
    }
    const m = HEADER_LINE.exec(line);
    if (!m) return { headers: emptyHeaders(), body: raw };
    const name = m[1]!.toLowerCase();
    const key = HEADER_NAMES[name];
    if (key) {
      if (!headers[key]) headers[key] = m[2]!.trim();
      last = key;
      seen++;
    } else if (OTHER_HEADER.test(name)) last = null;
    else return { headers: emptyHeaders(), body: raw };
  }
  if (seen === 0) return { headers, body: raw };
  return { headers, body: lines.slice(i + 1).join('\n') };
}

function emptyHeaders(): MailHeaders {
  return { subject: '', from: '', to: '', date: '', contentType: '', transferEncoding: '' };
}

/** True when a text is (mostly) HTML markup rather than a mail's words. */
export function isHtml(text: string): boolean {
  const tags = text.match(/<\/?(?:html|head|body|div|p|br|table|tr|td|span|font|b|a|blockquote)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  deg: '°',
  euro: '€',
  pound: '£',
  times: '×',
  ndash: '–',
  mdash: '—',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  hellip: '…',
};

/** Decodes HTML character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * HTML mail source → text with line breaks where blocks end. Quoted blocks (`<blockquote>`, Gmail's
 * `gmail_quote`) are dropped: they hold the earlier mails of the thread.
 */
export function htmlToText(html: string): { text: string; hadQuote: boolean } {
  let s = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, '');
  const before = s.length;
  s = s
    .replace(/<blockquote\b[\s\S]*?<\/blockquote\s*>/gi, '')
    .replace(/<div[^>]+class="[^"]*gmail_quote[^"]*"[\s\S]*$/i, '');
  const hadQuote = s.length < before;
  s = s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|tr|li|h[1-6]|table|ul|ol)\s*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, '  ')
    .replace(/<[^>]+>/g, '');
  return { text: decodeEntities(s), hadQuote };
}

/** Decodes quoted-printable (`=3D`, soft line breaks `=` at line end) as UTF-8. */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  let out = '';
  const flush = () => {
    if (bytes.length) out += new TextDecoder().decode(new Uint8Array(bytes));
    bytes.length = 0;
  };
  for (let i = 0; i < joined.length; i++) {
    const ch = joined[i]!;
    const hex = ch === '=' ? joined.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      flush();
      out += ch;
    }
  }
  flush();
  return out;
}

/** The line that starts a quoted earlier message in the common mail clients and languages. */
const QUOTE_START = [
  /^(?:on|el|le|am|em|il|op|den)\s.{4,200}(?:wrote|escribió|a écrit|schrieb|escreveu|ha scritto|schreef|skrev)\s*:?\s*$/i,
  /^.{0,120}(?:писал|написал)\(?а?\)?\s*:\s*$/i,
  /^-{2,}\s*(?:original message|mensaje original|message d'origine|ursprüngliche nachricht|mensagem original|исходное сообщение|forwarded message|weitergeleitete nachricht)/i,
  /^_{8,}\s*$/,
];
/** Outlook's quoted header: "From: …" followed within a few lines by "Sent:" / "Date:". */
const OUTLOOK_FROM = /^\*?(?:from|de|von|от)\s*:\*?\s*\S/i;
const OUTLOOK_NEXT = /^\*?(?:sent|date|enviado(?: el)?|envoyé|gesendet|отправлено|datum|fecha)\s*:/i;

/** Lines that end the useful part of a mail: phone signatures, legal disclaimers, unsubscribe footers. */
const FOOTER_LINE =
  /^(?:sent from my|enviado desde mi|enviado do meu|envoyé de mon|von meinem \w+ gesendet|отправлено с|get outlook for|this e-?mail and any attachments|this message (?:and any attachments )?(?:is|may be) confidential|confidentiality notice|disclaimer:|este (?:mensaje|correo) (?:y sus anexos )?(?:es|puede ser) confidencial|ce message (?:et ses pièces jointes )?est confidentiel|diese e-?mail (?:enthält|ist) vertraulich|geschäftsführer:|registergericht|amtsgericht|please consider the environment)/i;

/** Removes quoted earlier messages (everything from the first quote marker on) and footers. */
export function stripQuotes(text: string): { text: string; hadQuote: boolean } {
  const lines = text.split('\n');
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const next2 = `${lines[i + 1] ?? ''}`.trim();
    if (
      line.startsWith('>') ||
      QUOTE_START.some((re) => re.test(line)) ||
      // Gmail wraps a long "On … wrote:" over two lines.
      (/^on\s.{4,200}$/i.test(line) &&
        /^.{0,80}wrote:\s*$/i.test(next2) &&
        line.length + next2.length < 260) ||
      (OUTLOOK_FROM.test(line) && lines.slice(i + 1, i + 5).some((l) => OUTLOOK_NEXT.test(l.trim())))
    ) {
      end = i;
      break;
    }
  }
  const hadQuote = end < lines.length;
  let kept = lines.slice(0, end);
  const footer = kept.findIndex((l, i) => i > 0 && FOOTER_LINE.test(l.trim()));
  if (footer > 0) kept = kept.slice(0, footer);
  return { text: kept.join('\n'), hadQuote };
}

/** The closing words after which the signature starts, in the languages we read. */
const CLOSING =
  /^(?:(?:best|kind|warm|with best|many thanks and|thanks\s*(?:&|and)|with kind)\s+regards|regards|best|cheers|thanks(?: in advance)?|thank you|sincerely|yours (?:sincerely|faithfully|truly)|(?:un )?(?:cordial )?saludos?(?: cordiales)?|un cordial saludo|atentamente|cordialement|bien cordialement|salutations|bien à vous|merci(?: d'avance)?|mit freundlichen grüßen|mit freundlichem gruß|(?:viele|beste) grüße|danke(?: und gruß)?|gruß|atenciosamente|cumprimentos|obrigad[oa]|abraços|с уважением|спасибо|всего доброго|distinti saluti|cordiali saluti)[\s,.!]*$/i;

/** Splits the message from its signature at the last closing line ("Best regards,", "С уважением,"). */
export function splitSignature(text: string): { message: string; signature: string } {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    if (CLOSING.test(lines[i]!.trim())) {
      return {
        message: lines.slice(0, i).join('\n'),
        signature: lines
          .slice(i + 1)
          .join('\n')
          .trim(),
      };
    }
  }
  // No closing: the last block after an empty line, when it looks like contact details.
  const blocks = text.trimEnd().split(/\n\s*\n/);
  const tail = blocks.length > 1 ? blocks[blocks.length - 1]! : '';
  if (/(?:tel|phone|mob|www\.|@|\+\d)/i.test(tail) && tail.split('\n').length <= 10) {
    return { message: blocks.slice(0, -1).join('\n\n'), signature: tail.trim() };
  }
  return { message: text, signature: '' };
}

/**
 * Cleans a paste: header block, HTML or quoted-printable source, quoted replies, footers; cut to
 * {@link MAX_MAIL_CHARS}.
 * @example cleanMail('Subject: price list\n\nPlease send your price list.\n\nOn Mon, Bob wrote:\n> hi').text
 * // 'Please send your price list.'
 */
export function cleanMail(raw: string): CleanMail {
  const cutRaw = raw.length > MAX_RAW_CHARS ? raw.slice(0, MAX_RAW_CHARS) : raw;
  const { headers, body: afterHeaders } = splitHeaders(cutRaw.replace(/^\uFEFF/, ''));
  let body = afterHeaders;
  if (
    /quoted-printable/i.test(headers.transferEncoding) ||
    (body.match(/=[0-9A-F]{2}/g)?.length ?? 0) > 5 ||
    /=\r?\n/.test(body)
  ) {
    body = decodeQuotedPrintable(body);
  }
  let hadQuote = false;
  const wasHtml = /text\/html/i.test(headers.contentType) || isHtml(body);
  if (wasHtml) {
    const html = htmlToText(body);
    body = html.text;
    hadQuote = html.hadQuote;
  }
  body = body
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u202f\t]/g, ' ')
    .replace(/[ ]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  const stripped = stripQuotes(body);
  hadQuote ||= stripped.hadQuote;
  let text = stripped.text.trim();
  let truncatedAt: number | null = raw.length > MAX_RAW_CHARS ? raw.length : null;
  if (text.length > MAX_MAIL_CHARS) {
    truncatedAt = raw.length;
    text = text.slice(0, MAX_MAIL_CHARS);
  }
  const { message, signature } = splitSignature(text);
  return { headers, text, signature, message, wasHtml, hadQuote, truncatedAt };
}

/** Splits `Name <address>` (or a bare address) into its parts; the address is lower-cased. */
export function parseSender(from: string): { name: string; email: string } {
  const m = /<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(from);
  const email = (m?.[1] ?? /[^\s<>"',;]+@[^\s<>"',;]+\.[a-z]{2,}/i.exec(from)?.[0] ?? '').toLowerCase();
  const name = (m ? from.slice(0, m.index) : from.replace(email, '')).replace(/["']/g, '').trim();
  return { name, email };
}
