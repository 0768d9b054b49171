/**
 * JSON-LD read once per capture for everything grading wants from it: the types present (a NewsArticle is a
 * publisher's page, a Store or Product a trader's) and the product names and categories it lists.
 */
import type { PageCapture } from '../model';

export interface JsonLdFacts {
  types: Set<string>;
  /** Names and categories of Product / ItemList / OfferCatalog nodes. */
  productNames: string[];
}

const PRODUCTISH =
  /^(Product|ProductGroup|Offer|AggregateOffer|OfferCatalog|ListItem|ItemList|IndividualProduct|ProductModel)$/;
/** Nodes visited per page: a shop can inline a huge catalogue. */
const MAX_NODES = 5_000;
const MAX_NAMES = 300;

const cache = new WeakMap<PageCapture, JsonLdFacts>();

/** The JSON-LD facts of one capture (memoised: the range, listing and news checks all read them). */
export function jsonLdFacts(capture: PageCapture): JsonLdFacts {
  const cached = cache.get(capture);
  if (cached) return cached;
  const facts: JsonLdFacts = { types: new Set(), productNames: [] };
  let nodes = 0;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 10 || nodes > MAX_NODES || !node || typeof node !== 'object') return;
    nodes++;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const obj = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
    for (const t of types) facts.types.add(t);
    if (types.some((t) => PRODUCTISH.test(t)) && facts.productNames.length < MAX_NAMES) {
      for (const key of ['name', 'category']) {
        const value = obj[key];
        if (typeof value === 'string' && value.length <= 200) facts.productNames.push(value);
      }
    }
    for (const [key, value] of Object.entries(obj)) if (key !== '@context') visit(value, depth + 1);
  };
  for (const body of capture.jsonld) {
    try {
      visit(JSON.parse(body), 0);
    } catch {
      // Broken JSON-LD is common on builder sites; its text still reaches the page blocks.
    }
  }
  cache.set(capture, facts);
  return facts;
}

/** A news article by its structured data, on a page that offers no product: a publisher's page, not a prospect's. */
export function isNewsArticle(captures: PageCapture[]): boolean {
  let news = false;
  let product = false;
  for (const capture of captures) {
    for (const t of jsonLdFacts(capture).types) {
      if (/(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle)$/.test(t)) news = true;
      if (/^(Product|Offer|OfferCatalog|Store|AggregateOffer)$/.test(t)) product = true;
    }
  }
  return news && !product;
}
