/**
 * The shape of one language's lexicon: the words (other than product names) that grading reads on a page. One
 * module per language (`lib/lexicon/<lang>.ts`) so a speaker can review a language in one place.
 *
 * Every list is `|`-separated. Entries are matched on folded text (lower case, accents stripped, ß→ss, ё→е) at
 * word starts, so "grosshandel" also finds "Grosshandelspreise"; a leading `=` asks for the whole word only (short
 * words such as "=moq", "=oem"). Chinese, Japanese and Korean entries match as substrings.
 */
export interface Lexicon {
  /** Primary language subtag. */
  lang: string;
  /**
   * Page furniture that is never a product category: navigation, account, cart, checkout, legal, language names,
   * opening hours and weekdays, blog/news, service, help, delivery, payment, contact, about, careers, search,
   * "all", "more", "new", "sale", "brands"… A menu entry made only of these words is ignored.
   */
  nav: string;
  /** Cues of each buyer type (DOMAIN.md §3), by strength: strong ≈ says it outright, normal, weak. */
  buyer: Record<
    'retailer' | 'wholesaler' | 'distributor' | 'importer' | 'manufacturer',
    { strong: string; normal: string; weak?: string }
  >;
  /**
   * Cues of a site that trades in no goods: media and news (article, editorial, subscribe to our newsletter…),
   * services (bank, insurance, law firm, travel agency, courses, repairs only, logistics…), associations and clubs,
   * public bodies. Strong cues say it outright ("news agency", "law firm").
   */
  notTrader: { strong: string; normal: string };
  /** Words that say a page lists many companies: directory, exhibitors, suppliers, members, dealers near you… */
  listing: string;
  /** Words only a directory uses about itself: "add your company", "claim this listing", "similar companies"… */
  directory: string;
  /**
   * A shop's opening hours: the heading ("opening hours", "Öffnungszeiten") and the word for Saturday. Open on
   * Saturday is a storefront, the retailer's mark (DOMAIN.md §3), even on a small shop's site with no web shop.
   */
  storeHours: { hours: string; saturday: string };
  /**
   * Unit words after a number that signal size (DOMAIN.md §1: a large C deserves a fine letter): "120 stores",
   * "30 countries", "500 employees", "since 1987", "40 brands", "200 containers", "10 000 m²".
   */
  size: {
    branches: string;
    countries: string;
    employees: string;
    /** Words before a year: "since", "founded in", "seit", "с … года". */
    founded: string;
    brands: string;
    containers: string;
    area: string;
  };
}
