/**
 * Finds the companies a listing page shows — a dealer locator, an exhibitor list, a directory category, a member
 * list — and reads each entry's raw text and links. Runs inside the page (content-script safe: no Zod, no phone or
 * domain libraries; parsing happens in lib/listing/analyze.ts), and only when asked: the popup calls it when the
 * first read suggests a listing.
 *
 * A listing is either structured data (JSON-LD ItemList / Organization / LocalBusiness nodes, or a locator's JSON
 * block) or markup: a parent with many children of the same shape (table rows, cards, accordion items) most of
 * which carry contact details (a phone, an e-mail, a `tel:`/`mailto:` link or a website link). A product grid or a
 * blog index has the repetition but not the contacts, so it is not offered as companies.
 *
 * Hostile pages: every DOM read goes through getters taken from the prototypes (a form control named
 * `nextSibling` or `localName` cannot mislead it), the walk has an element budget, and text per entry is capped.
 */

/** One company as the page lists it, before parsing. */
export interface RawListingEntry {
  /** Visible text, lines at block boundaries, capped. */
  text: string;
  /** A name the markup marks as such (heading, strong, `itemprop=name`, JSON `name`), '' if none. */
  name: string;
  /** Links inside the entry: absolute href and text. */
  links: { href: string; text: string }[];
  /** The heading of the group the entry is listed under ("Österreich (12 Händler)"), '' if none. */
  group?: string;
  /** Fields from structured data, when the entry came from it. */
  fields?: Partial<Record<'telephone' | 'email' | 'url' | 'address' | 'country' | 'city' | 'fax', string>>;
}

export interface ListingCapture {
  url: string;
  source: 'jsonld' | 'json' | 'markup' | 'none';
  entries: RawListingEntry[];
  /** Entries seen, including any beyond the cap. */
  total: number;
  truncated: boolean;
}

/** Entries read per page, and characters per entry. */
export const MAX_ENTRIES = 2_000;
const MAX_ENTRY_CHARS = 1_200;
const MAX_LINKS = 12;
/** Elements looked at while searching for the repeated block. */
const MAX_ELEMENTS = 60_000;
/** A listing has at least this many entries… */
const MIN_ENTRIES = 4;
/** …and this share of them carry contact details. */
const MIN_CONTACT_SHARE = 0.6;
const MAX_JSON_CHARS = 2_000_000;

// Getters read from the prototypes once per realm, never from the (clobberable) instances.
interface Accessors {
  firstChild(n: Node): Node | null;
  nextSibling(n: Node): Node | null;
  nodeType(n: Node): number;
  localName(e: Element): string;
  getAttribute(e: Element, name: string): string | null;
  parentNode(n: Node): Node | null;
}

function getter(proto: object, name: string): (self: unknown) => unknown {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d?.get) return (self) => d.get!.call(self);
    if (d && typeof d.value === 'function') return () => d.value;
  }
  // Parser libraries under Node keep some of these as instance fields; browsers always define them on prototypes.
  return (self) => (self as Record<string, unknown> | null)?.[name];
}

function accessorsFor(sample: Element): Accessors {
  // The prototypes of this document's realm, found from one of its elements (no globals: under Node the DOM
  // comes from a parser library, in the page from the page's own window).
  const NodeProto = Object.getPrototypeOf(sample) as object;
  const ElementProto = NodeProto;
  const firstChild = getter(NodeProto, 'firstChild');
  const nextSibling = getter(NodeProto, 'nextSibling');
  const nodeType = getter(NodeProto, 'nodeType');
  const parentNode = getter(NodeProto, 'parentNode');
  const localName = getter(ElementProto, 'localName');
  const getAttributeFn = getter(ElementProto, 'getAttribute') as (self: unknown) => unknown;
  const getAttr = getAttributeFn(null) as (this: Element, name: string) => string | null;
  return {
    firstChild: (n) => firstChild(n) as Node | null,
    nextSibling: (n) => nextSibling(n) as Node | null,
    nodeType: (n) => nodeType(n) as number,
    parentNode: (n) => parentNode(n) as Node | null,
    localName: (e) => String(localName(e) ?? ''),
    getAttribute: (e, name) => getAttr.call(e, name),
  };
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'iframe',
  'select',
  'textarea',
]);
const BLOCK = new Set(
  'address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul td th details summary'.split(
    ' ',
  ),
);
const NAME_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'dt']);

function childElements(a: Accessors, parent: Node, limit = 5_000): Element[] {
  const out: Element[] = [];
  for (let c = a.firstChild(parent); c && out.length < limit; c = a.nextSibling(c))
    if (a.nodeType(c) === 1) out.push(c as Element);
  return out;
}

function signature(a: Accessors, e: Element): string {
  const cls = (a.getAttribute(e, 'class') ?? '').trim().split(/\s+/, 2)[0] ?? '';
  return `${a.localName(e)}.${cls.replace(/\d+/g, '')}`;
}

/**
 * A postal address the markup marks as such: `<address>`, an `itemprop` of a PostalAddress, or a class naming it
 * ("dealer-card__address", "store-addr", "adresse"). A directory that lists shops by name and address only (no phone,
 * no e-mail in the list: those are on each shop's own page) shows its companies this way.
 */
const ADDRESS_PROP = /^(?:address|streetAddress|postalCode|addressLocality)$/;
const ADDRESS_CLASS =
  /(?:^|[\s_-])(?:address|adresse|addr|anschrift|direccion|indirizzo|endereco)(?:$|[\s_-])/i;

function isAddressElement(tag: string, cls: string, itemprop: string): boolean {
  return tag === 'address' || ADDRESS_PROP.test(itemprop) || ADDRESS_CLASS.test(cls);
}

/** Nodes one entry's read walks. */
const ENTRY_NODES = 2_000;
/**
 * Nodes a sampled member's read walks while the search decides whether a group lists companies: a company card
 * shows its name and contacts within its first few hundred nodes, and a container of many cards (one country's
 * accordion of 250 dealers) is judged "many companies" by as many. Reading 2,000 nodes of each such container was
 * half of a 1,000-entry listing's capture time.
 */
const SAMPLE_NODES = 400;

/** Text, links, a marked name and a marked address of one entry, by a bounded walk of its subtree. */
function readEntry(a: Accessors, root: Element, base: string, nodes = ENTRY_NODES): RawListingEntry {
  let text = '';
  let name = '';
  let address = '';
  const links: { href: string; text: string }[] = [];
  let budget = nodes;
  const walk = (
    node: Node,
    inName: boolean,
    link: { href: string; text: string } | null,
    inAddress: boolean,
  ): void => {
    for (let c = a.firstChild(node); c && budget > 0; c = a.nextSibling(c)) {
      budget--;
      const type = a.nodeType(c);
      if (type === 3) {
        // Text nodes carry no named properties a page could clobber.
        const v = (c as Text).data ?? '';
        if (text.length < MAX_ENTRY_CHARS) text += v.slice(0, MAX_ENTRY_CHARS - text.length);
        if (inName && name.length < 200) name += v;
        if (link && link.text.length < 200) link.text += v;
        if (inAddress && address.length < 300) address += v;
        continue;
      }
      if (type !== 1) continue;
      const el = c as Element;
      const tag = a.localName(el);
      if (SKIP.has(tag)) continue;
      const block = BLOCK.has(tag);
      if (block) text += '\n';
      else text += ' ';
      if (inAddress && (block || tag === 'br')) address += ', ';
      // Each attribute read once per element: DOM reads are most of a listing's capture time.
      const cls = a.getAttribute(el, 'class') ?? '';
      const itemprop = a.getAttribute(el, 'itemprop') ?? '';
      const isAddress = !inAddress && isAddressElement(tag, cls, itemprop);
      if (isAddress && address) address += ', ';
      const isName =
        !name && (NAME_TAGS.has(tag) || /(^|\s)(name|title|company)/i.test(cls) || itemprop === 'name');
      let here = link;
      if (tag === 'a' && links.length < MAX_LINKS) {
        const href = a.getAttribute(el, 'href') ?? '';
        if (href && !href.startsWith('#') && !/^javascript:/i.test(href)) {
          let abs = href;
          try {
            abs = new URL(href, base).href;
          } catch {
            // Unparseable hrefs are kept as written; the analysis ignores them.
          }
          here = { href: abs.slice(0, 500), text: '' };
          links.push(here);
        }
      }
      walk(el, inName || isName, here, inAddress || isAddress);
      if (isName && !name.trim()) name = '';
      if (block) text += '\n';
    }
  };
  walk(
    root,
    false,
    null,
    isAddressElement(
      a.localName(root),
      a.getAttribute(root, 'class') ?? '',
      a.getAttribute(root, 'itemprop') ?? '',
    ),
  );
  const clean = (s: string) =>
    s
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ ?\n[ \n]*/g, '\n')
      .trim();
  const postal = clean(address.replace(/\s+/g, ' '))
    .replace(/(?:\s*,\s*)+/g, ', ')
    .replace(/^, |, $/g, '');
  return {
    text: clean(text),
    name: clean(name).split('\n')[0]?.slice(0, 160) ?? '',
    links: links.map((l) => ({ href: l.href, text: clean(l.text).slice(0, 160) })),
    // A marked address is only one when it holds a word and is not the whole entry (a card classed "address").
    ...(postal.length >= 6 && /\p{L}{2}/u.test(postal) && postal.length < 240
      ? { fields: { address: postal } }
      : {}),
  };
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'legend', 'caption', 'dt']);

/** The heading a group of entries sits under: a heading just before it, or one opening its parent. */
function groupHeading(a: Accessors, group: Element): string {
  const textOf = (e: Element) => readEntry(a, e, '').text.replace(/\s+/g, ' ').slice(0, 100);
  const parent = a.parentNode(group);
  if (parent) {
    const siblings = childElements(a, parent, 200);
    const at = siblings.indexOf(group);
    for (let i = at - 1; i >= 0 && i >= at - 3; i--)
      if (HEADING_TAGS.has(a.localName(siblings[i]!))) return textOf(siblings[i]!);
  }
  const first = childElements(a, group, 1)[0];
  return first && HEADING_TAGS.has(a.localName(first)) ? textOf(first) : '';
}

/** A phone as listings print it: with a leading `+`, or after a phone label; dates and prices never qualify. */
const PHONE_LIKE =
  /\+\d[\d ()./-]{7,18}\d|(?:tel|phone|fon|telefon|t[ée]l[ée]phone|tel[ée]fono|telefone|telefono|тел|电话|電話|☎|📞)\.?(?:\s*[:.]\s*|\s+)\(?\d[\d ()./-]{5,18}\d/giu;
const EMAIL_LIKE = /[^\s@]{1,64}@[^\s@]{1,255}\.[a-z]{2,}/gi;

/** Contact details of one company, not of many: a whole group has more phones than any one entry lists. */
function isCompanyEntry(entry: RawListingEntry): boolean {
  const tel = entry.links.filter((l) => /^(tel|callto):/i.test(l.href)).length;
  const mail = entry.links.filter((l) => /^mailto:/i.test(l.href)).length;
  const phones = entry.text.slice(0, MAX_ENTRY_CHARS).match(PHONE_LIKE)?.length ?? 0;
  const emails = entry.text.slice(0, MAX_ENTRY_CHARS).match(EMAIL_LIKE)?.length ?? 0;
  const contacts = tel + mail + phones + emails;
  // A marked postal address is a company's contact detail too (a directory of shops by name and address).
  const located = entry.fields?.address ? 1 : 0;
  return (
    contacts + located > 0 && Math.max(tel, phones) <= 4 && Math.max(mail, emails) <= 4 && hasNameLine(entry)
  );
}

/** A field line of one company's contact block ("Tel: …", "Add: …", "E-mail: …"), not a company. */
const FIELD_LINE =
  /^(?:add|addr|address|adresse|anschrift|dirección|direccion|indirizzo|tel|tél|phone|fon|telefon|teléfono|fax|mob|mobile|handy|e-?mail|mail|web|www|http|skype|whatsapp|wechat|地址|电话|传真|邮箱|手机)\b/iu;

/** Whether some line of the entry can be a company name: a row of "Tel: …" lines is one company's contact block. */
function hasNameLine(entry: RawListingEntry): boolean {
  if (entry.name.trim().length >= 2) return true;
  return entry.text.split('\n').some((raw) => {
    const line = raw.trim();
    return (
      line.length >= 2 &&
      line.length <= 120 &&
      !FIELD_LINE.test(line) &&
      !/@|\d{5,}|^[+\d\s()./-]+$/.test(line)
    );
  });
}

function pageHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** JSON-LD and JSON data blocks that list organisations (schema.org or a locator's own field names). */
function structuredEntries(
  doc: Document,
  a: Accessors,
): { source: 'jsonld' | 'json'; entries: RawListingEntry[] } | null {
  const query = getter(Object.getPrototypeOf(doc), 'querySelectorAll')(doc) as (
    this: Document,
    s: string,
  ) => NodeListOf<Element>;
  const scripts = query.call(doc, 'script[type="application/ld+json"],script[type="application/json"]');
  const found: { source: 'jsonld' | 'json'; entries: RawListingEntry[] } = { source: 'jsonld', entries: [] };
  let chars = 0;
  for (let i = 0; i < scripts.length && i < 50; i++) {
    const el = scripts[i]!;
    const body = (el.textContent ?? '').slice(0, MAX_JSON_CHARS);
    chars += body.length;
    if (chars > MAX_JSON_CHARS * 2) break;
    const isLd = (a.getAttribute(el, 'type') ?? '').includes('ld+json');
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      continue;
    }
    const before = found.entries.length;
    collectOrganisations(data, isLd, found.entries, 0);
    if (!isLd && found.entries.length > before) found.source = 'json';
  }
  return found.entries.length >= MIN_ENTRIES ? found : null;
}

const ORG_TYPE =
  /^(Organization|LocalBusiness|Store|AutoPartsStore|HomeGoodsStore|Corporation|WholesaleStore|\w+Store|\w+Business)$/;
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

function addressText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return [
      o.streetAddress,
      o.postalCode,
      o.addressLocality ?? o.city,
      o.addressRegion,
      str(o.addressCountry) || (o.addressCountry as Record<string, unknown> | undefined)?.name,
    ]
      .map(str)
      .filter(Boolean)
      .join(', ');
  }
  return '';
}

function collectOrganisations(node: unknown, schema: boolean, out: RawListingEntry[], depth: number): void {
  if (depth > 8 || out.length >= MAX_ENTRIES || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) collectOrganisations(n, schema, out, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
  const name = str(o.name ?? o.title ?? o.company ?? o.companyName ?? o.dealerName);
  const phone = str(o.telephone ?? o.phone ?? o.tel ?? o.phoneNumber);
  const email = str(o.email ?? o.mail);
  const url = str(o.url ?? o.website ?? o.web ?? o.homepage);
  const address =
    addressText(o.address) ||
    [o.street, o.zip ?? o.postcode, o.city, o.country].map(str).filter(Boolean).join(', ');
  const isOrg = schema ? types.some((t) => ORG_TYPE.test(t)) : Boolean(name && (phone || email || address));
  if (isOrg && name) {
    const fields: RawListingEntry['fields'] = {};
    if (phone) fields.telephone = phone.slice(0, 60);
    if (email) fields.email = email.slice(0, 120);
    if (url) fields.url = url.slice(0, 300);
    if (address) fields.address = address.slice(0, 300);
    const country = str((o.address as Record<string, unknown> | undefined)?.addressCountry ?? o.country);
    if (country) fields.country = country.slice(0, 60);
    const fax = str(o.faxNumber ?? o.fax);
    if (fax) fields.fax = fax.slice(0, 60);
    const text = [name, address, phone, email, url, str(o.description).slice(0, 400)]
      .filter(Boolean)
      .join('\n');
    out.push({
      text,
      name: name.slice(0, 160),
      links: url ? [{ href: url.slice(0, 300), text: '' }] : [],
      fields,
    });
    return;
  }
  for (const [key, value] of Object.entries(o))
    if (key !== '@context') collectOrganisations(value, schema, out, depth + 1);
}

/** Distinct phone-like and e-mail-like values a page must show before the listing search runs. */
const MIN_CANDIDATE_CONTACTS = 6;
/** Characters of captured text looked at by {@link mayBeListing}. */
const MAX_CANDIDATE_CHARS = 300_000;

/**
 * The e-mail-like runs of `text`, found from each `@` outwards: {@link EMAIL_LIKE} run over the whole text tries
 * up to 64 characters at every position, which was the listing test's main cost on ordinary pages.
 */
function emailsAround(text: string): string[] {
  const found: string[] = [];
  const local = new RegExp(EMAIL_LIKE.source, 'gi');
  for (let at = text.indexOf('@'); at >= 0 && found.length < 64; at = text.indexOf('@', at + 1)) {
    const start = Math.max(0, at - 64);
    const window = text.slice(start, at + 320);
    local.lastIndex = 0;
    for (let m = local.exec(window); m; m = local.exec(window))
      if (start + m.index + m[0].indexOf('@') === at) {
        found.push(m[0]);
        break;
      }
  }
  return found;
}

/**
 * A cheap test on what the page capture already read: true when the page shows enough distinct phones and
 * e-mail addresses (text or `tel:`/`mailto:` links) for several companies, or structured data that lists
 * organisations. Only then does {@link captureListing} walk the DOM, so an ordinary company page (one phone, one
 * fax, two addresses) pays nothing for the listing search.
 */
export function mayBeListing(page: {
  blocks: { text: string; zone?: string }[];
  links: { href: string }[];
  jsonld: string[];
}): boolean {
  const seen = new Set<string>();
  for (const l of page.links)
    if (/^(tel|callto|mailto):/i.test(l.href)) seen.add(l.href.toLowerCase().replace(/[\s\-().]/g, ''));
  if (seen.size >= MIN_CANDIDATE_CONTACTS) return true;
  let chars = 0;
  for (const b of page.blocks) {
    if (chars > MAX_CANDIDATE_CHARS) break;
    const text = b.text.length > 20_000 ? b.text.slice(0, 20_000) : b.text;
    chars += text.length;
    if (text.includes('@')) for (const m of emailsAround(text)) seen.add(m.toLowerCase());
    for (const m of text.match(PHONE_LIKE) ?? []) seen.add(m.replace(/\D/g, '').slice(-9));
    if (seen.size >= MIN_CANDIDATE_CONTACTS) return true;
  }
  // Postal addresses the capture found in `<address>` markup, one per company: a directory of shops by name and
  // address lists no phone or e-mail (those are on each shop's own page).
  const addresses = new Set<string>();
  for (const b of page.blocks)
    if (b.zone === 'address' && addresses.add(b.text.trim().toLowerCase()).size >= MIN_CANDIDATE_CONTACTS)
      return true;
  for (const j of page.jsonld) {
    if (/"ItemList"/.test(j)) return true;
    if ((j.match(/"telephone"/g)?.length ?? 0) >= MIN_ENTRIES) return true;
  }
  return false;
}

/**
 * The listing on a page, or `source: 'none'` when it shows no repeated companies.
 * @example const listing = captureListing(document, location.href); listing.entries.length // 148
 */
export function captureListing(doc: Document, url: string): ListingCapture {
  const empty: ListingCapture = { url, source: 'none', entries: [], total: 0, truncated: false };
  try {
    const body = getter(Object.getPrototypeOf(doc), 'body')(doc) as Element | null;
    if (!body) return empty;
    const a = accessorsFor(body);
    const structured = structuredEntries(doc, a);
    if (structured)
      return {
        url,
        source: structured.source,
        entries: structured.entries.slice(0, MAX_ENTRIES),
        total: structured.entries.length,
        truncated: structured.entries.length >= MAX_ENTRIES,
      };
    // Depth-first over elements with an explicit stack (no recursion, an element budget), looking for the parent
    // whose children repeat one shape most often.
    // A dealer list split by country is several groups of one shape: collect every accepted group per shape.
    const groups = new Map<string, { parents: Element[]; count: number }>();
    const stack: Node[] = [body];
    let seen = 0;
    while (stack.length && seen < MAX_ELEMENTS) {
      const node = stack.pop()!;
      const kids = childElements(a, node);
      seen += kids.length;
      let accepted = false;
      if (kids.length >= MIN_ENTRIES) {
        const bySig = new Map<string, Element[]>();
        for (const k of kids) {
          const sig = signature(a, k);
          const list = bySig.get(sig);
          if (list) list.push(k);
          else bySig.set(sig, [k]);
        }
        for (const [sig, members] of bySig) {
          if (members.length < MIN_ENTRIES) continue;
          // Judged by a sample: most members must carry contact details.
          const sample = members.slice(0, 30).map((k) => readEntry(a, k, url, SAMPLE_NODES));
          if (sample.filter(isCompanyEntry).length / sample.length < MIN_CONTACT_SHARE) continue;
          const group = groups.get(sig) ?? { parents: [], count: 0 };
          group.parents.push(node as Element);
          group.count += members.length;
          groups.set(sig, group);
          accepted = true;
        }
      }
      // Inside an accepted group the entries themselves are not searched for smaller lists.
      if (accepted) continue;
      for (let i = kids.length - 1; i >= 0; i--) {
        const tag = a.localName(kids[i]!);
        if (!SKIP.has(tag)) stack.push(kids[i]!);
      }
    }
    let best: { sig: string; parents: Element[]; count: number } | null = null;
    for (const [sig, g] of groups) if (!best || g.count > best.count) best = { sig, ...g };
    if (!best) return { ...empty, truncated: seen >= MAX_ELEMENTS };
    const chosen = best;
    const members = chosen.parents.flatMap((p) => {
      const group = groupHeading(a, p);
      return childElements(a, p, MAX_ENTRIES * 2)
        .filter((k) => signature(a, k) === chosen.sig)
        .map((k) => ({ k, group }));
    });
    const entries = members
      .slice(0, MAX_ENTRIES)
      .map(({ k, group }) => ({ ...readEntry(a, k, url), ...(group ? { group } : {}) }))
      .filter((e) => e.text.length > 0);
    const host = pageHost(url);
    // Links back to the listing site itself are navigation ("details", "map"), not the company's website.
    for (const e of entries)
      e.links = e.links.filter((l) => !host || pageHost(l.href) !== host || /^(tel|mailto):/i.test(l.href));
    return {
      url,
      source: 'markup',
      entries,
      total: members.length,
      truncated: members.length > MAX_ENTRIES || seen >= MAX_ELEMENTS,
    };
  } catch {
    return empty;
  }
}
