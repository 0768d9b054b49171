/**
 * The classifier's knowledge as data: zone weights, generic navigation words, listing sites, buyer-type cues and
 * size signals. Tune here, not in the algorithm. Thresholds themselves are in lib/profile/defaults.ts (the rep
 * can change them in options).
 */
import type { BuyerType, Zone } from '../model';

/**
 * How much a product category found in a zone counts towards the site's range. Menus, product cards and
 * structured data say what is sold; headings less so; body, footer and address text are not range at all.
 */
export const RANGE_ZONE_WEIGHT: Partial<Record<Zone, number>> = {
  nav: 1,
  // A product card is one product, a menu entry a whole category: a shop's featured cards must not outweigh its menu.
  product: 0.5,
  jsonld: 1,
  heading: 0.6,
};

/**
 * A menu entry that shares a product word with our keywords but matches none ("Chaises opérateur" for "chaise de
 * bureau", "Projetores LED" for "proyector LED") counts as this much of a match, on a site that sells at least one
 * of our products by name.
 */
export const PARTIAL_CREDIT = 0.5;
/** Function words that never make a partial match (they sit inside multi-word keywords in many languages). */
export const PARTIAL_STOP_WORDS = new Set(
  'the with von mit des der die das dei del della delle degli dos das com con sur sous aux pour por per par для из на от'.split(
    ' ',
  ),
);

/**
 * The title, og:site_name and this many first headings say what the company is. When they name one of our lines
 * and the range is at least B, the company sells our products: A, unless this share or more of its range is
 * our trade but not our products.
 */
export const IDENTITY_HEADINGS = 2;
export const IDENTITY_A_MAX_INDUSTRY_SHARE = 0.25;

/** A price in a product card or line: currency sign or code next to a number, or a price label. */
export const PRICE_RE =
  /(?:[$£€¥₽]|R\$|US\s?\$)\s?\d|\d[\d.,\s]*\s?(?:€|\$|£|₽|¥|руб|р\.|zł|kr\b|CHF|EUR|USD|GBP)|\b(?:trade price|price on|preis|prezzo|precio|prix|preço|цена|fob price)/iu;

/** Zone weights for keyword hits in running text (used when a page has too few menu/card items). */
export const TEXT_ZONE_WEIGHT: Record<Zone, number> = {
  title: 3,
  meta: 2,
  heading: 2,
  nav: 2,
  product: 2,
  jsonld: 2,
  body: 0.5,
  footer: 0.2,
  address: 0,
};

/** Short body lines (builder menus without <nav>) count as menu entries at this weight, up to this many words. */
export const BODY_MENU_WEIGHT = 0.5;
export const BODY_MENU_MAX_WORDS = 4;
/** A product-zone block with at least this many lines, this share of them short, is a menu. */
export const MENU_BLOCK_MIN_LINES = 20;
export const MENU_BLOCK_SHORT_SHARE = 0.8;
/**
 * Weighted same-trade word hits in the title (3 each) and meta description (2 each) that make a page without our
 * products a C (our trade): a title word, or two in the description. One word in a description is not enough
 * ("raised beds" in a garden blog's description is not furniture), nor are headings and body.
 */
export const INDUSTRY_TEXT_MIN = 3;

/** Below this many range items the page's weighted keyword hits are used instead of the menu. */
export const MIN_RANGE_ITEMS = 3;
/** A line with this many navigation words is a menu run together ("Leistungen Projekte Büro Kontakt"). */
export const MENU_RUN_NAV_WORDS = 3;
/** A menu entry longer than this is a sentence, not a category. */
export const MAX_CATEGORY_WORDS = 7;
/** Industry share of unmatched range that makes a page with no product match a C (same trade, other goods). */
export const INDUSTRY_ONLY_C_SHARE = 0.3;
/** ...and it takes at least this many same-trade entries: one breadcrumb or one menu entry is not a trade. */
export const INDUSTRY_ONLY_MIN_ITEMS = 2;

/**
 * Folded words that make up navigation entries which are not product categories (home, about, cart, …),
 * in the languages reps meet. A menu entry made only of these words is ignored.
 */
export const GENERIC_NAV_WORDS = new Set(
  `home start startseite inicio accueil inicio главная homepage
about us uber uns ueber company unternehmen firma empresa nosotros quienes somos societe entreprise qui sommes nous
chi siamo azienda sobre nos a о нас компании компания who we are story history geschichte historia histoire storia
contact kontakt contacto contato contatti contatto контакты impressum imprint mentions legales aviso legal note legali
blog news aktuelles neuigkeiten noticias actualites actualite notizie novita новости press presse prensa magazine
login log in sign up register registrieren anmelden account konto mein my mi mon ma minha mio il la le el los las les
cart basket warenkorb carrito panier carrinho carrello корзина checkout kasse wishlist merkzettel
faq faqs help hilfe ayuda aide ajuda aiuto помощь support service services servicio servicios leistungen servizi
shipping delivery versand lieferung envio envios livraison entrega spedizione spedizioni доставка returns retouren
privacy policy datenschutz privacidad confidentialite privacidade cookie cookies terms conditions agb condiciones cgv
careers career jobs karriere empleo trabaja con carrieres recrutement carreiras lavora lavoro вакансии
products produkte productos produits produtos prodotti продукция товары product produkt producto produit produto
catalog catalogue katalog catalogo каталог sortiment range gamme gama linea
shop store tienda tiendas boutique boutiques loja lojas negozio negozi магазин магазины stores filialen
brands marken marcas marques marchi бренды brand marke
sale sales angebote angebot ofertas oferta promotions promociones promocoes offerte offers акции outlet
new neu neuheiten nuevo novedades nouveau nouveautes novidades новинки
projects projekte proyectos projets projetos progetti проекты references referenzen referencias
team partners partner dealers dealer distributors haendler handler distribuidores revendeurs rivenditori дилеры
downloads download descargas telechargements documents dokumente certificates zertifikate
sitemap search suche buscar rechercher pesquisar cerca поиск
all alle todos todas tous toutes tutti все more mehr mas plus mais altro ещё and und y et e и or oder
our unser unsere nuestro nuestros notre nos nosso nossos nostro nostri наш наши for fur para pour per для
categories kategorien categorias categories categorie категории category kategorie
quality qualitat calidad qualite qualidade qualita качество why warum por que pourquoi perche
trade account fachhandlerkonto handlerkonto b2b b2c wholesale grosshandel retail einzelhandel
info information informationen informacion informations informazioni информация
english deutsch espanol francais portugues italiano русский 中文 en de es fr pt it ru zh
gift cards gutscheine vouchers track order bestellung pedidos commandes ordini заказы
accept accetta aceptar accepter aceitar akzeptieren nega deny reject ablehnen rechazar refuser принять
price list preisliste prices preise tarifs precios precos prezzi прайс лист цены diventa become werden hazte devenez seja
rivenditore rivenditori handlersuche dealersuche find locator finder dealer dealers дилерам дилеров partnerprogramm
add to buy now aggiungi al anadir añadir ajouter au adicionar ao hinzufugen den comprar acheter kaufen acquista купить details dettagli detalles weiter view ver voir vedi
factory tour tours inquiry enquiry send request quote anfrage solicitud demande richiesta запрос
welcome willkommen bienvenido bienvenue bem vindo benvenuti добро пожаловать`.split(/\s+/),
);

/** Registrable domains of directories, marketplaces, trade-show and social sites: a page there is a listing. */
export const LISTING_DOMAINS = new Set([
  'alibaba.com',
  'aliexpress.com',
  '1688.com',
  'made-in-china.com',
  'globalsources.com',
  'tradeindia.com',
  'indiamart.com',
  'europages.com',
  'europages.de',
  'europages.fr',
  'europages.es',
  'europages.it',
  'europages.co.uk',
  'kompass.com',
  'firmenabc.at',
  'herold.at',
  'yellowpages.com',
  'yellowpages.ca',
  'yell.com',
  'gelbeseiten.de',
  'dasoertliche.de',
  'wlw.de',
  'paginasamarillas.es',
  'pagesjaunes.fr',
  'paginegialle.it',
  'paginasamarelas.pt',
  'thomasnet.com',
  'dnb.com',
  'zoominfo.com',
  'facebook.com',
  'instagram.com',
  'linkedin.com',
  'x.com',
  'twitter.com',
  'vk.com',
  'ok.ru',
  'amazon.com',
  'amazon.de',
  'ebay.com',
  'ebay.de',
  'etsy.com',
  'mercadolibre.com',
  'mercadolivre.com.br',
  'avito.ru',
  'pulscen.ru',
  'tiu.ru',
  'rusprofile.ru',
  'tradekey.com',
  'ec21.com',
  'exporthub.com',
  'go4worldbusiness.com',
  'tradewheel.com',
  'hktdc.com',
  'cantonfair.org.cn',
  'messe-frankfurt.com',
  '10times.com',
  'expocheck.com',
  'b2bmap.com',
]);

/**
 * Words that say a page lists many companies (directory, marketplace, exhibitor list). Folded word starts,
 * counted with the page's many outbound links.
 */
export const LISTING_CUES = [
  'suppliers',
  'supplier directory',
  'business directory',
  'company directory',
  'exhibitor',
  'exhibitors',
  'listing',
  'listings',
  'verified supplier',
  'contact supplier',
  'send inquiry',
  'claim this business',
  'companies found',
  'firmenverzeichnis',
  'branchenbuch',
  'anbieter',
  'aussteller',
  'firmen gefunden',
  'directorio de empresas',
  'proveedores',
  'expositores',
  'annuaire',
  'fournisseurs',
  'exposants',
  'exposant',
  'liste des exposants',
  'exhibitor list',
  'booth',
  'ausstellerverzeichnis',
  'messestand',
  'stand',
  'diretorio',
  'fornecedores',
  'expositores',
  'elenco aziende',
  'fornitori',
  'espositori',
  'каталог компаний',
  'firma eintragen',
  'ahnliche firmen',
  'branchenverzeichnis',
  'add your company',
  'add your business',
  'similar companies',
  'empresas similares',
  'anade tu empresa',
  'entreprises similaires',
  'ajouter votre entreprise',
  'aziende simili',
  'inserisci la tua azienda',
  'empresas semelhantes',
  'похожие компании',
  'добавить компанию',
  'поставщики',
  'экспоненты',
  '供应商',
  '展商',
  '黄页',
];
/**
 * Cues only a directory uses (ordinary company sites also say "suppliers", "Anbieter" or "stand"): a page whose
 * e-mail addresses are all on another company's domain is a directory's company card only with one of these.
 */
export const DIRECTORY_CUES = [
  'business directory',
  'company directory',
  'supplier directory',
  'claim this business',
  'claim this listing',
  'companies found',
  'firmenverzeichnis',
  'branchenverzeichnis',
  'branchenbuch',
  'firmen gefunden',
  'firma eintragen',
  'ahnliche firmen',
  'add your company',
  'add your business',
  'similar companies',
  'directorio de empresas',
  'anade tu empresa',
  'empresas similares',
  'annuaire',
  'ajouter votre entreprise',
  'entreprises similaires',
  'elenco aziende',
  'aziende simili',
  'inserisci la tua azienda',
  'empresas semelhantes',
  'каталог компаний',
  'похожие компании',
  'добавить компанию',
  '黄页',
];
/**
 * A page with two listing cues and either this many outbound links, or only e-mail addresses on another company's
 * domain and a directory cue (a directory's company card), is treated as a listing.
 */
export const LISTING_MIN_EXTERNAL_LINKS = 12;
export const LISTING_MIN_CUES = 2;
/** Distinct postal addresses on one page that, with a directory's own words, make it a listing of places. */
export const LISTING_MIN_ADDRESSES = 6;
/** Links to other sites that count as a listing's contacts (each entry's own website). */
export const LISTING_MIN_SITE_LINKS = 3;

/** Free-mail domains: an address there says nothing about whose website the page is. */
export const FREE_MAIL =
  /^(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mail|gmx|web|t-online|freenet|yandex|rambler|qq|163|126|sina|sohu|libero|virgilio|orange|free|wanadoo|laposte|sfr|bol|uol|terra|ig|naver|protonmail|proton|zoho)\./;

/** One buyer-type cue: `text` is folded; a leading `=` means whole word only (short words like OEM, MOQ). */
export interface Cue {
  text: string;
  weight: number;
}

function cues(weight: number, list: string): Cue[] {
  return list
    .split('|')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((text) => ({ text, weight }));
}

/**
 * Buyer-type cues by type (DOMAIN.md §3), folded (lower case, no accents, ß→ss), matched at word starts so
 * "grosshandel" also finds "Grosshandelspreise". Strong cues weigh 3, ordinary 2, weak 1.
 */
export const BUYER_CUES: Record<Exclude<BuyerType, 'unknown'>, Cue[]> = {
  retailer: [
    ...cues(
      3,
      'add to cart|add to basket|add to bag|in den warenkorb|anadir al carrito|añadir al carrito|ajouter au panier|adicionar ao carrinho|aggiungi al carrello|в корзину|加入购物车|store locator|find a store|filialfinder|unsere filialen|nuestras tiendas|encuentra tu tienda|nos magasins|trouver un magasin|nossas lojas|i nostri negozi|наши магазины',
    ),
    ...cues(
      2,
      'checkout|zur kasse|free shipping|free delivery|kostenloser versand|versandkostenfrei|envio gratis|livraison gratuite|livraison offerte|frete gratis|spedizione gratuita|бесплатная доставка|online shop|onlineshop|webshop|tienda online|boutique en ligne|loja online|loja virtual|negozio online|интернет-магазин|零售|retail store|einzelhandel|click & collect|click and collect|wishlist|merkzettel|gift card|gutschein|tarjeta regalo|carte cadeau|vale presente|buono regalo|подарочн',
    ),
    ...cues(
      2,
      'tienda de|venta a particulares|para particulares|vente aux particuliers|magasin de|loja de|venda a particulares|negozio di|vendita ai privati|ladengeschaft|fur privatkunden|shop for|розничн',
    ),
    ...cues(1, '=retail|=retailer|=inkl. mwst|incl. vat|iva incluido|ttc|=prices include'),
  ],
  wholesaler: [
    ...cues(
      3,
      'wholesale|grosshandel|grosshandler|mayorista|venta al por mayor|al por mayor|grossiste|vente en gros|=en gros|atacado|atacadista|ingrosso|grossista|оптом|оптов|批发|minimum order|=moq|mindestbestell|mindestabnahme|pedido minimo|cantidad minima|commande minimum|minimum de commande|quantidade minima|ordine minimo|минимальный заказ|минимальная партия|起订量|venda por grosso|=por grosso|vendas por grosso|encomenda minima|mayoreo|medio mayoreo|trade account|trade price|trade customers|fachhandlerkonto|handlerkonto|gewerbekunden|cuenta profesional|compte professionnel|conta profissional|account rivenditore',
    ),
    ...cues(
      2,
      'trade counter|trade counters|trade only|trade-only|trade login|trade pricing|bulk|=in bulk|staffelpreis|mengenrabatt|palettenabnahme|precios para profesionales|descuento por volumen|tarifs professionnels|remise sur volume|precos para revenda|precos para revendedores|descontos de quantidade|registo de revendedor|revenda|prezzi all ingrosso|sconti quantita|reseller|resellers|wiederverkaufer|revendedores|revendeurs|rivenditori|для оптовых|b2b|nur an gewerbetreibende|solo profesionales|reserve aux professionnels|cash and carry|cash & carry',
    ),
  ],
  distributor: [
    ...cues(
      3,
      'authorized distributor|authorised distributor|authorized dealer|authorised dealer|official dealer|manufacturers we represent|lines we represent|official distributor|exclusive distributor|master distributor|autorisierter distributor|offizieller distributor|exklusiver distributor|generalvertretung|generalimporteur|alleinvertrieb|distribuidor oficial|distribuidor autorizado|distribuidor exclusivo|distribuidora oficial|distributeur officiel|distributeur agree|distributeur exclusif|distributeur agréé|distribuidor oficial|distribuidor exclusivo|distributore ufficiale|distributore esclusivo|distributore autorizzato|официальный дистрибьютор|эксклюзивный дистрибьютор|официальный дилер|总代理|授权经销商|dealer network|handlernetz|handlernetzwerk|red de distribuidores|red de distribucion|reseau de revendeurs|reseau de distribution|rede de revendedores|rede de distribuicao|rete di rivenditori|rete vendita|дилерская сеть|дилерской сети|brands we represent|represented brands|vertretene marken|marcas representadas|marcas que representamos|marques representees|marques distribuees|marcas que representamos|marchi rappresentati|представляем бренды',
    ),
    ...cues(
      2,
      'distributor|distributors|distribution partner|sub-distributor|subdistribuidor|red de subdistribuidores|vertriebspartner|vertrieb von|distribuidor|distribuidores|distribution|distributeur|distribuidora|distributore|distribuzione|дистрибьютор|дистрибуц|经销商|代理|territory|territories|exclusive rights|exclusivity|vertriebsgebiet|exklusivvertrieb|territorio|territoire|территори|logistics center|logistikzentrum|centro logistico|centre logistique|entrepot',
    ),
  ],
  importer: [
    ...cues(
      3,
      'we import|importer|importers|direct importer|direct import|direktimport|wir importieren|importeur|importamos|importador|importadora|importacion directa|nous importons|importateur|importation directe|importadora|importacao direta|importiamo|importatore|importazione diretta|импортер|импортёр|прямой импорт|импортируем|进口商|import licence|import license|einfuhr|customs clearance|verzollung|despacho aduanero|dedouanement|desembaraco aduaneiro|sdoganamento|таможенн|containers per year|container pro jahr|contenedores al ano|conteneurs par an|conteineres por ano|container all anno|контейнеров',
    ),
    ...cues(
      2,
      'import export|import & export|import and export|import-export|importaciones|importacion|importations|importacoes|importazioni|импорт|进口|sourcing|from china|aus china|desde china|de chine|da china|dalla cina|из китая|from asia|aus asien|from the far east|fernost|container|contenedor|conteneur|conteiner|контейнер',
    ),
  ],
  manufacturer: [
    ...cues(
      3,
      'our factory|own factory|=manufacturer|we manufacture|design and manufacture|designs and manufactures|our workshop|own workshop|factory direct|production line|production lines|=oem|=odm|=hersteller|eigene produktion|eigene fertigung|produktionsstatte|fabricante|fabrica propia|nuestra fabrica|fabricamos|fabricant|notre usine|nous fabriquons|fabricamos|nossa fabrica|fabbrica|produttore|produciamo|nostro stabilimento|производитель|собственное производство|наш завод|завод|工厂|厂家|制造商|生产线|生产厂',
    ),
    ...cues(
      2,
      'manufacturing|factory|fabrication|production|produktion|fertigung|herstellung|fabricacion|produccion|usine|fabricacao|producao|produzione|stabilimento|производство|生产|制造|workshop|werk|iso 9001|r&d|forschung und entwicklung|i+d|custom made|customization|massanfertigung|sur mesure|personalizacion|su misura|на заказ|定制',
    ),
  ],
};

/** Which type leads when two score the same: the one whose cues are rarer (a web shop is common to all). */
export const BUYER_TIE_ORDER: BuyerType[] = [
  'manufacturer',
  'importer',
  'distributor',
  'wholesaler',
  'retailer',
];
/** A buyer type needs at least this cue score to be named (else unknown). */
export const BUYER_MIN_SCORE = 3;
/** How far (characters) after an "opening hours" heading its Saturday may come. */
export const STORE_HOURS_SPAN = 300;
/** A trade type (wholesaler, distributor, importer, manufacturer) leads over retail from this share of its score. */
export const TRADE_OVER_RETAIL_SHARE = 0.5;
/** A second type is named when it scores at least this share of the first. */
export const BUYER_SECONDARY_SHARE = 0.6;
/** Cart buttons and product cards are structural retail cues: weight per page that has them. */
export const CART_CONTROL_WEIGHT = 3;

/**
 * Size signals (DOMAIN.md §1: a big C deserves fine outreach). Each regex runs on folded text; the first group,
 * when present, is a number that must reach `min`. `kind` names the signal in reasons.
 */
export const SIZE_SIGNALS: { kind: string; re: RegExp; min: number; weight?: number }[] = [
  {
    kind: 'branches',
    re: /(\d[\d.,]*)\+?\s*(?:branches|stores|shops|showrooms|locations|outlets|filialen|standorte|niederlassungen|sucursales|tiendas|delegaciones|magasins|agences|succursales|lojas|filiais|negozi|filiali|punti vendita|филиал\p{L}*|магазин\p{L}*|门店|分公司)/u,
    min: 5,
  },
  {
    kind: 'countries',
    re: /(\d+)\+?\s*(?:countries|lander|landern|paises|pays|paesi|стран\p{L}*|个国家|国家)/u,
    min: 5,
  },
  {
    kind: 'employees',
    re: /(\d[\d.,]*)\+?\s*(?:employees|staff|people|mitarbeiter\p{L}*|beschaftigte|empleados|trabajadores|salaries|collaborateurs|funcionarios|colaboradores|dipendenti|collaboratori|сотрудник\p{L}*|работник\p{L}*|名员工|员工)/u,
    min: 50,
  },
  {
    kind: 'founded',
    re: /(?:since|seit|desde|depuis|dal|dal lontano|с|founded in|established in|established|gegrundet|fundada en|fundado en|fondee en|fonde en|fundada em|fondata nel|основан\p{L}*\s+в)\s+(1[89]\d\d|200\d)/u,
    min: 0,
    // Age is not size: many small firms are old. It adds to a real size figure but cannot lift alone with another.
    weight: 0.5,
  },
  {
    kind: 'brands',
    re: /(\d+)\+?\s*(?:brands|marken|marcas|marques|marchi|брендов|марок|个品牌|品牌)/u,
    min: 10,
  },
  {
    kind: 'imports',
    re: /(\d[\d.,]*)\+?\s*(?:containers|container|contenedores|conteneurs|conteineres|контейнеров|个集装箱|集装箱)/u,
    min: 20,
  },
  {
    kind: 'warehouse',
    re: /(\d[\d.,]*)\s*(?:m2|m²|sqm|square met\p{L}*|quadratmeter|metros cuadrados|м2|м²|平方米)/u,
    min: 5000,
  },
];

// ───────────────────────────── Grading against the vocabulary ─────────────────────────────

/** Range entries kept per site, and characters per entry (a stored reading stays small). */
export const MAX_RANGE_ITEMS = 400;
export const MAX_RANGE_TEXT = 80;
/** Below this many menu or JSON-LD entries, short body lines are read as a builder's menu. */
export const MIN_MENU_ITEMS = MIN_RANGE_ITEMS;
/**
 * Weight of a product family named where the company says what it is: the title and site name say most (an
 * "Интернет-магазин обуви" is a shoe shop whatever its menu calls things), the description and first headings less.
 */
export const IDENTITY_WEIGHT: Partial<Record<Zone, number>> = { title: 2, meta: 1, heading: 1 };
/** Below this much recognised range weight, the page's text sample is read as well. */
export const MIN_RECOGNISED = 2;
/** Fewer distinct graded entries than this give at most a C: they show our product is there, not its share. */
export const MIN_GRADE_EVIDENCE = 3;
/** Body and footer lines longer than this are sentences, not read for the range. */
export const SAMPLE_MAX_WORDS = 8;
/** A clause of a listing entry's description longer than this is prose, not what the company deals in. */
export const ENTRY_CLAUSE_WORDS = 8;
/** A page with none of our products is C when at least this many entries are our trade (or its title is). */
export const TRADE_ONLY_MIN_ITEMS = 2;
/** …and when our trade is at least this share of what is counted. */
export const TRADE_ONLY_MIN_SHARE = 0.1;
/** How much an entry of our trade (not one of our lines) counts toward the share of ours. */
export const TRADE_CREDIT = 0.5;
/** An identity-A needs our trade-but-not-ours entries below this share of the range. */
export const IDENTITY_A_MAX_TRADE_SHARE = 0.25;
/** Weights of buyer-type cues by strength. */
export const CUE_WEIGHT = { strong: 3, normal: 2, weak: 1 };
/** Product cards on a page are a weak retail sign (B2B catalogues show cards too). */
export const PRODUCT_CARD_WEIGHT = 1;
/** The number a size unit needs before it signals size ("5 stores", "50 employees", …). */
export const SIZE_MIN: Record<string, number> = {
  branches: 5,
  countries: 5,
  employees: 50,
  brands: 10,
  containers: 20,
  area: 5_000,
};
/** On a page in a language without vocabulary, below this share of recognised entries the range is not judged. */
export const UNJUDGED_SHARE = 0.3;
