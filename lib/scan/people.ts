/**
 * Named contact persons on a company's pages, for the customer file (issue 14). Three shapes real sites use:
 * - JSON-LD `Person` nodes (`employee`, `founder`, `contactPoint` with a name), with `jobTitle`, `email`, `telephone`;
 * - a labelled line: "Contact: Mr John Smith", "Ansprechpartner: Herr Max Müller", "联系人：王先生", or a role
 *   label: "Einkauf: Jana Hoffmeister, einkauf@…, Tel. …" (the role becomes the position);
 * - a team card: a heading that is a person's name followed by a line with a position ("Head of Purchasing").
 * Pure and total (no Zod, no DOM): captures in, people out; anything doubtful is left out rather than guessed.
 */
import type { PageCapture } from '../model';
import { splitHonorific } from '../crm/people';
import type { ContactPerson } from '../crm/schema';

/** At most this many people per site (a staff directory is not a contact list). */
export const MAX_PEOPLE = 20;

const LABELS =
  /^(?:contact(?:\s+person)?|your\s+contact|ansprechpartner(?:in)?|ihr\s+ansprechpartner|kontaktperson|contacto|persona\s+de\s+contacto|interlocuteur|votre\s+contact|referente|contatto|contactpersoon|联系人|联络人)\s*[:：]\s*/iu;

/** Words that make a label or line a position (sales, purchasing, management), in the fixture sites' languages. */
const ROLE =
  /(einkauf|vertrieb|verkauf|export|import|geschäftsf|inhaber|leiter|leitung|prokurist|sales|purchas|procure|buyer|manager|director|head\s+of|owner|founder|ceo|coo|cfo|president|account|compras|ventas|gerente|director[a]?|achats|ventes|responsable|directeur|directrice|acquisti|vendite|titolare|responsabile|закуп|продаж|директор|менеджер|采购|销售|经理|总监|主管|总经理|外贸)/iu;

/** A job title proper (not just a department): what a team card's second line says. */
const JOB_TITLE =
  /(manager|director|head\s+of|leiter|leiterin|geschäftsführer|ceo|cfo|coo|founder|owner|inhaber|gerente|directeur|directrice|responsable|responsabile|titolare|president|officer|executive|assistant|coordinator|specialist|representative|einkäufer|referent|经理|总监|主管|总裁)/iu;

const HONORIFIC = /^(?:mr|mrs|ms|miss|herr|frau|dr|prof|sr|sra|srta|m|mme|mlle|sig|sig\.ra|dhr|mevr)\.?$/iu;
const PARTICLE = /^(?:von|van|der|den|de|del|della|da|di|du|le|la|zu|y|e|bin|al)$/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*\.?$|^\p{Lu}\.$/u;
const HAN_NAME = /^\p{Script=Han}{1,3}(?:先生|女士|小姐|经理|总)?$|^\p{Script=Han}{2,4}$/u;
/** Words that are a company or a department, never a person. */
const NOT_NAME =
  /\b(gmbh|ag|kg|ltd|llc|inc|sarl|s\.?l\.?|s\.?a\.?|spa|srl|team|abteilung|department|service|kundenservice|support|vertrieb|einkauf|sales|office|info)\b|公司|部/iu;

const EMAIL = /[^\s@<>,;:"()[\]]+@[^\s@<>,;:"()[\]]+\.[a-z]{2,}/iu;
const OBFUSCATED =
  /([a-z0-9._%+-]+)\s*[[(]\s*(?:at|ät|@)\s*[\])]\s*([a-z0-9-]+(?:\s*[[(]\s*(?:dot|punkt|\.)\s*[\])]\s*[a-z0-9-]+)+)/iu;
const PHONE = /(?:\+|00)\d[\d\s()./-]{6,20}\d/u;

/**
 * The person's name at the start of `text` ("Herr Max Müller, …" → "Herr Max Müller"), or '' when it does not
 * start with a name: two to four capitalised words (particles such as "von" allowed), or a Chinese name.
 */
export function leadingName(text: string): string {
  const head = text.trim().split(/\s*[,;|/(–—]\s*|\s+-\s+|\s{2,}/u)[0] ?? '';
  if (HAN_NAME.test(head)) return head;
  const words = head.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    if (out.length === 0 && HONORIFIC.test(w)) {
      out.push(w);
      continue;
    }
    if (NAME_WORD.test(w) || (out.length > 0 && PARTICLE.test(w))) out.push(w);
    else break;
  }
  const named = out.filter((w) => !HONORIFIC.test(w) && !PARTICLE.test(w));
  // A lone honorific plus surname ("Mr Smith") counts; otherwise two to four name words.
  const hasHonorific = out.length > 0 && HONORIFIC.test(out[0]!);
  if (named.length < (hasHonorific ? 1 : 2) || named.length > 4) return '';
  const name = out.join(' ');
  // "Weber Großhandel GmbH": capitalised words that end in a legal form are a company.
  return NOT_NAME.test(head) || name.length > 80 ? '' : name;
}

function emailIn(line: string): string {
  const plain = EMAIL.exec(line)?.[0];
  if (plain) return plain.toLowerCase();
  const o = OBFUSCATED.exec(line);
  if (!o) return '';
  const domain = o[2]!.replace(/\s*[[(]\s*(?:dot|punkt|\.)\s*[\])]\s*/giu, '.');
  return `${o[1]}@${domain}`.toLowerCase();
}

function personOf(
  rawName: string,
  title: string,
  line: string,
  page: string,
  language = '',
): ContactPerson | null {
  const { salutation, name } = splitHonorific(rawName);
  if (!name) return null;
  const email = emailIn(line);
  return {
    name: name.slice(0, 200),
    salutation,
    title: title.trim().replace(/\s+/g, ' ').slice(0, 200),
    email: /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]{2,}$/.test(email) && email.length <= 254 ? email : '',
    phone: (PHONE.exec(line)?.[0] ?? '').replace(/\s+/g, ' ').slice(0, 40),
    language: /^[a-z]{2,3}$/.test(language) ? language : '',
    notes: '',
    source: 'scan',
    page: page.slice(0, 2000),
  };
}

/** People from one line of text: "Contact: Mr …" or "Role: Name, …". */
function fromLine(line: string, page: string): ContactPerson | null {
  const labelled = LABELS.exec(line);
  if (labelled) {
    const rest = line.slice(labelled[0].length);
    const name = leadingName(rest);
    if (!name) return null;
    // "Contact: Max Weber (Sales Manager)" or "…, Sales Manager, …"
    const after = rest.slice(rest.indexOf(name) + name.length);
    const title = /^\s*[(,–-]\s*([^,)@]+?)\s*(?:[),]|$)/u.exec(after)?.[1] ?? '';
    return personOf(name, ROLE.test(title) ? title : '', line, page);
  }
  const roleLine = /^([^:：]{2,60})[:：]\s*(.+)$/u.exec(line);
  if (roleLine && ROLE.test(roleLine[1]!)) {
    const name = leadingName(roleLine[2]!);
    if (name) return personOf(name, roleLine[1]!, roleLine[2]!, page);
  }
  return null;
}

interface JsonPerson {
  name?: unknown;
  jobTitle?: unknown;
  email?: unknown;
  telephone?: unknown;
  knowsLanguage?: unknown;
}

const str = (v: unknown) =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';

function fromJsonLd(bodies: readonly string[], page: string): ContactPerson[] {
  const out: ContactPerson[] = [];
  let visited = 0;
  const visit = (value: unknown, depth: number, key: string): void => {
    if (visited++ > 2000 || depth > 8 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1, key);
      return;
    }
    const node = value as Record<string, unknown> & JsonPerson;
    const types = ([] as unknown[]).concat(node['@type'] ?? []).map(String);
    // Authors and reviewers of articles are not the company's contacts.
    const isPerson = types.includes('Person') && !['author', 'reviewer', 'creator', 'editor'].includes(key);
    const isNamedContactPoint =
      types.includes('ContactPoint') && str(node.name) && leadingName(str(node.name));
    if (isPerson || isNamedContactPoint) {
      const name = leadingName(str(node.name)) || (HAN_NAME.test(str(node.name)) ? str(node.name) : '');
      if (name) {
        const line = `${str(node.email).replace(/^mailto:/i, '')} ${str(node.telephone)}`;
        const lang = str(node.knowsLanguage).toLowerCase().slice(0, 2);
        const p = personOf(
          name,
          str(node.jobTitle) || str((node as { contactType?: unknown }).contactType),
          line,
          page,
          lang,
        );
        if (p) out.push(p);
      }
    }
    for (const [k, v] of Object.entries(node)) if (typeof v === 'object') visit(v, depth + 1, k);
  };
  for (const body of bodies) {
    try {
      visit(JSON.parse(body), 0, '');
    } catch {
      // Broken JSON-LD is common; the text may still name the people.
    }
  }
  return out;
}

/** A team card: a heading that is a name, then a line that is a position. */
function fromTeamCards(capture: PageCapture): ContactPerson[] {
  const out: ContactPerson[] = [];
  const blocks = capture.blocks;
  for (let i = 0; i < blocks.length - 1; i++) {
    const b = blocks[i]!;
    if (b.zone !== 'heading') continue;
    const name = leadingName(b.text);
    if (!name || name.length !== b.text.trim().length) continue;
    const next = blocks[i + 1]!;
    if (next.zone !== 'body') continue;
    const [first = '', ...rest] = next.text.split('\n');
    if (!JOB_TITLE.test(first) || first.length > 80) continue;
    const p = personOf(name, first, rest.join(' '), capture.url);
    if (p) out.push(p);
  }
  return out;
}

/**
 * Every named person the captures show, each once (by name), page order, at most {@link MAX_PEOPLE}.
 * @example findPeople([capture]) // [{ name: 'Jana Hoffmeister', title: 'Einkauf', email: 'einkauf@…', … }]
 */
export function findPeople(captures: readonly PageCapture[]): ContactPerson[] {
  const found: ContactPerson[] = [];
  try {
    for (const c of captures) {
      found.push(...fromJsonLd(c.jsonld, c.url));
      for (const b of c.blocks) {
        if (b.zone === 'nav' || b.zone === 'title' || b.zone === 'meta') continue;
        for (const line of b.text.split('\n')) {
          const p = fromLine(line.trim(), c.url);
          if (p) found.push(p);
        }
      }
      found.push(...fromTeamCards(c));
    }
  } catch {
    // Total: a strange page yields the people found so far.
  }
  const byName = new Map<string, ContactPerson>();
  for (const p of found) {
    const key = p.name.toLowerCase();
    const seen = byName.get(key);
    if (!seen) byName.set(key, p);
    else
      for (const k of ['title', 'email', 'phone', 'language', 'salutation'] as const)
        if (!seen[k] && p[k]) (seen as Record<string, unknown>)[k] = p[k];
  }
  return [...byName.values()].slice(0, MAX_PEOPLE);
}
