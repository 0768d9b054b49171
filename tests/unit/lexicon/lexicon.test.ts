import { describe, expect, it } from 'vitest';
import { compileList, cueText } from '../../../lib/classify/cue-text';
import { listingCues, notTraderCues, suggestBuyerType } from '../../../lib/classify/cues';
import { isFurniture, navWords, notACategory } from '../../../lib/classify/range';
import { furniture } from '../../../lib/lexicon/furniture';
import { LEXICONS, lexiconsFor } from '../../../lib/lexicon/index';
import type { Lexicon } from '../../../lib/lexicon/types';
import { fold } from '../../../lib/match/normalize';
import type { BuyerType } from '../../../lib/model';
import { VOCABULARY_LANGS, type VocabularyLang } from '../../../lib/vocabulary/source';

/** Every `|`-list of a lexicon, named for failure messages. */
function lists(lexicon: Lexicon): [string, string][] {
  const out: [string, string][] = [
    ['nav', lexicon.nav],
    ['notTrader.strong', lexicon.notTrader.strong],
    ['notTrader.normal', lexicon.notTrader.normal],
    ['listing', lexicon.listing],
    ['directory', lexicon.directory],
  ];
  for (const [type, cues] of Object.entries(lexicon.buyer)) {
    out.push([`buyer.${type}.strong`, cues.strong], [`buyer.${type}.normal`, cues.normal]);
    if (cues.weak !== undefined) out.push([`buyer.${type}.weak`, cues.weak]);
  }
  for (const [kind, units] of Object.entries(lexicon.size)) out.push([`size.${kind}`, units]);
  return out;
}

/** The folded single words a lexicon's nav adds to the furniture set (as lib/classify/range.ts splits them). */
function navWordsOf(lexicon: Lexicon): Set<string> {
  const words = new Set<string>();
  for (const entry of lexicon.nav.split('|'))
    for (const w of fold(entry).match(/[\p{L}\p{N}]+/gu) ?? []) words.add(w);
  return words;
}

describe('every vocabulary language has a complete lexicon', () => {
  it.each(VOCABULARY_LANGS.map((lang) => [lang]))('%s', (lang) => {
    const lexicon = LEXICONS[lang];
    expect(lexicon.lang).toBe(lang);
    for (const [name, list] of lists(lexicon)) {
      const cues = compileList(list);
      expect(cues.length, `${lang} ${name} is empty`).toBeGreaterThan(0);
      const broken = cues.filter((c) => c.cjk === null && c.words.length === 0).map((c) => c.source);
      expect(broken, `${lang} ${name} has entries without words`).toEqual([]);
    }
    expect(navWordsOf(lexicon).size).toBeGreaterThanOrEqual(150);
  });
});

describe('lexiconsFor', () => {
  it.each<[string, VocabularyLang[]]>([
    ['de', ['de', 'en']],
    ['DE-at', ['de', 'en']],
    ['zh-TW', ['zh', 'en']],
    ['zh_Hans_CN', ['zh', 'en']],
    ['nb', ['no', 'en']],
    ['nn-NO', ['no', 'en']],
    ['no', ['no', 'en']],
    ['en-GB', ['en']],
    ['th', ['en']],
    ['', ['en']],
    ['constructor', ['en']],
  ])('%j → %j', (lang, expected) => {
    expect(lexiconsFor(lang).map((l) => l.lang)).toEqual(expected);
  });
});

/**
 * Product nouns a shop's menu shows on its own in each language: none may be page furniture, or a menu of them
 * would be dropped before grading.
 */
const PRODUCT_NOUNS: Record<VocabularyLang, string> = {
  en: 'shoes kitchen garden lighting lamps furniture sofas chairs tables beds toys tools books bags gifts baby bathroom office accessories cables',
  de: 'schuhe küche garten leuchten lampen möbel sofas stühle tische betten spielzeug werkzeug bücher taschen geschenke baby bad büro zubehör kabel',
  ru: 'обувь кухня сад светильники люстры мебель диваны стулья столы кровати игрушки инструменты книги сумки подарки плитка ванная офис аксессуары кабель',
  uk: 'взуття кухня сад світильники люстри меблі дивани стільці столи ліжка іграшки інструменти книги сумки подарунки плитка ванна офіс аксесуари кабель',
  zh: '鞋 厨房 花园 灯具 灯 家具 沙发 椅子 桌子 床 玩具 工具 图书 箱包 礼品 母婴 卫浴 办公 配件 电缆',
  fr: 'chaussures cuisine jardin luminaires lampes meubles canapés chaises tables lits jouets outils livres sacs cadeaux bébé bain bureau accessoires câbles',
  es: 'zapatos cocina jardín iluminación lámparas muebles sofás sillas mesas camas juguetes herramientas libros bolsos regalos bebé baño oficina accesorios cables',
  it: 'scarpe cucina giardino illuminazione lampade mobili divani sedie tavoli letti giocattoli utensili libri borse regali neonato bagno ufficio accessori cavi',
  pt: 'sapatos cozinha jardim iluminação luminárias móveis sofás cadeiras mesas camas brinquedos ferramentas livros bolsas presentes bebê banheiro escritório acessórios cabos',
  nl: 'schoenen keuken tuin verlichting lampen meubels banken stoelen tafels bedden speelgoed gereedschap boeken tassen cadeaus baby badkamer kantoor accessoires kabels',
  pl: 'buty kuchnia ogród oświetlenie lampy meble sofy krzesła stoły łóżka zabawki narzędzia książki torby prezenty niemowlęta łazienka biuro akcesoria kable',
  cs: 'boty kuchyně zahrada osvětlení lampy nábytek pohovky židle stoly postele hračky nářadí knihy tašky dárky miminka koupelna kancelář doplňky kabely',
  tr: 'ayakkabı mutfak bahçe aydınlatma lamba mobilya koltuk sandalye masa yatak oyuncak alet kitap çanta hediye bebek banyo ofis aksesuar kablo',
  ja: '靴 キッチン ガーデン 照明 ランプ 家具 ソファ 椅子 テーブル ベッド おもちゃ 工具 本 バッグ ギフト ベビー 浴室 オフィス アクセサリー ケーブル',
  ko: '신발 주방 정원 조명 램프 가구 소파 의자 테이블 침대 장난감 공구 도서 가방 선물 유아 욕실 사무용품 액세서리 케이블',
  ar: 'أحذية مطبخ حديقة إضاءة مصابيح أثاث كنب كراسي طاولات أسرة ألعاب أدوات كتب حقائب هدايا أطفال حمام مكتب إكسسوارات كابلات',
  sv: 'skor kök trädgård belysning lampor möbler soffor stolar bord sängar leksaker verktyg böcker väskor presenter baby badrum kontor tillbehör kablar',
  da: 'sko køkken have belysning lamper møbler sofaer stole borde senge legetøj værktøj bøger tasker gaver baby badeværelse kontor tilbehør kabler',
  no: 'sko kjøkken hage belysning lamper møbler sofaer stoler bord senger leker verktøy bøker vesker gaver baby bad kontor tilbehør kabler',
};

describe('navigation words are never product nouns', () => {
  it.each(VOCABULARY_LANGS.map((lang) => [lang]))('%s', (lang) => {
    const nouns = PRODUCT_NOUNS[lang].split(' ').map(fold);
    expect(nouns).toHaveLength(20);
    const nav = navWordsOf(LEXICONS[lang]);
    expect(nouns.filter((n) => nav.has(n))).toEqual([]);
  });
});

describe('buyer type from a page in its own language', () => {
  it.each<[VocabularyLang | string, string, BuyerType]>([
    [
      'en',
      'Free UK delivery on orders over £40. Add to basket, or Click & Collect: find your nearest store.',
      'retailer',
    ],
    [
      'en',
      'We are a direct importer of garden furniture: 120 containers per year from Asia, customs clearance handled in-house.',
      'importer',
    ],
    ['de', 'Großhandel für Fachbetriebe, Mindestbestellwert 250 €, Staffelpreise.', 'wholesaler'],
    [
      'de',
      'Versandkostenfrei ab 50 € · Kostenlose Rücksendung · In den Warenkorb · Filialfinder',
      'retailer',
    ],
    [
      'de',
      'Hersteller von Einbauleuchten: eigene Fertigung in unserem Werk in Arnsberg seit 1962.',
      'manufacturer',
    ],
    [
      'ru',
      'Продаём оптом и в розницу. Оптовые цены для юридических лиц, минимальный заказ 10 000 руб.',
      'wholesaler',
    ],
    [
      'ru',
      'Официальный дистрибьютор брендов Philips и Osram в России. Дилерская сеть в 40 городах.',
      'distributor',
    ],
    ['ru', 'Производитель светильников, собственное производство, наш завод в Туле.', 'manufacturer'],
    ['uk', 'Власне виробництво меблів, наш завод у Львові, виготовлення на замовлення.', 'manufacturer'],
    ['zh-CN', '本店批发价供应，10件起批，量大从优，支持一件代发。', 'wholesaler'],
    ['zh', '我们是飞利浦照明中国区总代理，拥有覆盖全国的经销商网络。', 'distributor'],
    ['zh-TW', '源頭工廠直供：源头工厂，自有生产线20条，支持OEM来图定制。', 'manufacturer'],
    ['fr', 'Nous importons directement : importateur depuis 1990, dédouanement inclus.', 'importer'],
    [
      'es',
      'Distribuidor oficial y exclusivo para España. Red de distribuidores en 30 provincias.',
      'distributor',
    ],
    ['es-MX', 'Venta de mayoreo y medio mayoreo, pedido mínimo 12 piezas.', 'wholesaler'],
    [
      'it',
      'Produttore con fabbrica propria: il nostro stabilimento ha 6 linee di produzione.',
      'manufacturer',
    ],
    ['pt-BR', 'Venda por atacado, quantidade mínima 100 unidades.', 'wholesaler'],
    ['pt-PT', 'Venda por grosso. Encomenda mínima de 300 € para revendedores.', 'wholesaler'],
    [
      'nl',
      'Groothandel in verlichting – alleen voor zakelijke klanten. Minimale bestelling € 150 excl. btw.',
      'wholesaler',
    ],
    ['nl', 'Gratis verzending vanaf € 20 · Voor 23:00 besteld, morgen in huis · In winkelwagen', 'retailer'],
    [
      'pl',
      'Hurtownia oświetlenia – sprzedaż tylko dla firm, minimalne zamówienie 500 zł netto.',
      'wholesaler',
    ],
    ['cs', 'Jsme český výrobce nábytku s vlastní výrobou v Brně, výrobní hala 5 000 m².', 'manufacturer'],
    ['tr', 'Toptan satış: minimum sipariş 50 adet, bayi fiyatları için bayi girişi yapın.', 'wholesaler'],
    ['ja', '業者様限定の卸売価格。最小ロット10個から承ります。', 'wholesaler'],
    ['ja', '自社工場で一貫生産、OEMにも対応いたします。', 'manufacturer'],
    ['ko', '당사는 필립스 조명의 국내총판입니다. 전국 대리점망 보유.', 'distributor'],
    ['ar', 'بيع بالجملة فقط للتجار، الحد الأدنى للطلب 50 كرتونة.', 'wholesaler'],
    ['sv', 'Fri frakt över 499 kr · Lägg i varukorgen · Hitta närmaste butik', 'retailer'],
    ['da', 'Engrossalg kun for erhverv – minimumsordre 2.000 kr ekskl. moms.', 'wholesaler'],
    ['nb', 'Vi er generalimportør for flere merker og importerer direkte fra fabrikkene i Asia.', 'importer'],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(suggestBuyerType([], cueText(sentence), lang).value).toBe(expected);
  });

  it.each<[string, string]>([
    ['de', 'Hersteller: Bosch · Artikelnummer 0603 · Herstellerinformationen'],
    ['ru', 'Производитель: Китай. Страна производства: Китай.'],
    ['ko', '공지사항 · 개인정보취급방침 · 사업자등록번호 123-45-67890'],
    ['en', 'We love light and good design.'],
  ])('%s: no type from a product attribute or page furniture (%s)', (lang, sentence) => {
    expect(suggestBuyerType([], cueText(sentence), lang).value).toBe('unknown');
  });
  it.each<[string, string]>([
    [
      'nl',
      'Winkel Openingstijden di t/m vr 10:00 - 17:30, zaterdag 10:00 - 16:00, zondag en maandag gesloten',
    ],
    ['de', 'Öffnungszeiten: Mo–Fr 9–18 Uhr, Sa 9–14 Uhr. Hauptstraße 4, 24103 Kiel'],
    ['ru', 'Режим работы: пн-пт 10:00–20:00, сб 11:00–18:00, вс — выходной'],
    ['es', 'Horario de atención: lunes a viernes de 10 a 20 h, sábados de 10 a 14 h'],
    ['zh', '门店营业时间：周一至周五 10:00-21:00，周六 10:00-22:00'],
  ])('%s: a shop open on Saturday is a retailer', (lang, sentence) => {
    const s = suggestBuyerType([], cueText(sentence), lang);
    expect(s.value).toBe('retailer');
    expect(s.reasons[0]?.params?.cues).toMatch(/…/);
  });

  it('a big web shop that says it is an official distributor is a distributor, retail second', () => {
    const shop =
      'Интернет магазин. В корзину. Оформить заказ. Бесплатная доставка. Наши магазины. Подарочные сертификаты. ' +
      'Мы — официальный дистрибьютор брендов детских товаров.';
    const s = suggestBuyerType([], cueText(shop), 'ru');
    expect(s.value).toBe('distributor');
    expect(s.secondary).toBe('retailer');
    // "Made in France" on a shop's product describes the goods: the shop stays a retailer.
    const made =
      'Boutique en ligne. Ajouter au panier. Livraison gratuite. Retours gratuits. Fabrication française.';
    expect(suggestBuyerType([], cueText(made), 'fr').value).toBe('retailer');
  });

  it.each<[string, string]>([
    ['en', 'Opening hours: Monday to Friday 8:00–17:00. Closed at weekends.'],
    ['de', 'Öffnungszeiten: Mo–Fr 8–17 Uhr, Samstag geschlossen'],
    [
      'de',
      `Öffnungszeiten Mo–Fr 8–17 Uhr. ${'Wir liefern Industriekunden in ganz Europa. '.repeat(12)} Samstag geschlossen`,
    ],
  ])('%s: office hours without a Saturday close by say nothing (%s)', (lang, sentence) => {
    expect(suggestBuyerType([], cueText(sentence), lang).value).toBe('unknown');
  });
});

describe('buyer type from whole page texts', () => {
  it.each<[string, string, BuyerType]>([
    [
      'de',
      'Startseite Leuchten Deckenleuchten Sale Mein Konto Merkzettel Warenkorb. LED-Panel 62x62 24,99 € inkl. MwSt. zzgl. Versandkosten. Sofort lieferbar. In den Warenkorb. Hersteller: Paulmann. Versandkostenfrei ab 50 €. Zahlung: PayPal, Klarna, Vorkasse. Kundenbewertungen.',
      'retailer',
    ],
    [
      'de',
      'Großhandel für Elektroinstallateure. Verkauf nur an Gewerbetreibende, Gewerbenachweis erforderlich. Alle Preise zzgl. MwSt. Staffelpreise ab 10 Stück. Warenkorb · Mein Konto · Schnellbestellung. In den Warenkorb. Lieferung ab Lager. Hersteller: Osram, Philips.',
      'wholesaler',
    ],
    [
      'en',
      'Home Products Applications Distributors Find a dealer About us News Contact. We design and manufacture LED high bays in our factory in Ningbo: 12 production lines, ISO 9001, OEM and ODM welcome. Become a distributor. Our distributors in 40 countries.',
      'manufacturer',
    ],
    [
      'en',
      'Authorised distributor for Hager, Schneider and ABB. Brands we represent. Next-day delivery from stock from our 20,000 sq ft warehouse. Trade counter open Monday to Friday.',
      'distributor',
    ],
    [
      'ru',
      'Интернет-магазин светильников. Корзина. Избранное. Люстра Arte Lamp 12 990 руб. В корзину. Купить в 1 клик. Производитель: Италия. Страна производства: Китай. Доставка по Москве бесплатно. Самовывоз из магазина. Отзывы покупателей.',
      'retailer',
    ],
    [
      'ru',
      'Светодиодные светильники оптом от производителя. Оптовые цены для дилеров. Минимальный заказ 30 000 руб. Работаем с НДС. Отгрузка со склада в Москве.',
      'wholesaler',
    ],
    [
      'zh',
      '首页 产品中心 关于我们 联系我们 深圳市某某照明有限公司是一家集研发、生产、销售于一体的LED灯具生产厂家，拥有现代化厂房12000平方米，10条生产线，支持OEM/ODM，欢迎来图定制。',
      'manufacturer',
    ],
    [
      'zh',
      '首页 全部商品 购物车 我的订单 LED吸顶灯 ¥129 加入购物车 立即购买 包邮 七天无理由退换 月销 2000+',
      'retailer',
    ],
    [
      'fr',
      'Accueil Luminaires Mon compte Panier. Suspension 89,90 € TTC. Ajouter au panier. Livraison offerte dès 49 €. Retours gratuits sous 30 jours. Paiement en 3 fois sans frais. Avis clients.',
      'retailer',
    ],
    [
      'es',
      'Somos fabricantes de iluminación LED desde 1990. Fábrica propia en Valencia con 3 líneas de producción. Distribuidores en 20 países. Solicite presupuesto.',
      'manufacturer',
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(suggestBuyerType([], cueText(text), lang).value).toBe(expected);
  });
});

describe('non-traders', () => {
  it.each<[string, string]>([
    ['en', 'Smith & Partners is a law firm of solicitors in Leeds.'],
    ['de', 'Unsere Rechtsanwaltskanzlei in München berät Unternehmen im Handelsrecht.'],
    ['ru', 'Информационное агентство «Север». Главный редактор: И. Петров.'],
    ['fr', 'Agence de voyages à Lyon : séjours, circuits et vols.'],
    ['zh', '本律师事务所成立于2005年，提供法律咨询服务。'],
    ['es', 'Bufete de abogados en Madrid especializado en derecho mercantil.'],
    [
      'en',
      'Lighting Today, the industry newspaper. Editorial team, advertise with us, media kit. Breaking news: LED prices fall.',
    ],
  ])('%s: %s', (lang, sentence) => {
    expect(notTraderCues(cueText(sentence), lang)?.strong).toBe(true);
  });

  it.each<[string, string]>([
    ['en', 'Pay by bank transfer or card. Free delivery. Subscribe to our newsletter.'],
    ['de', 'Zahlung per Vorkasse oder Kreditkarte, versicherter Versand, Newsletter abonnieren.'],
    ['ko', '공지사항 · 보도자료 · 기자재 납품'],
  ])('%s: a shop page is not read as a non-trader (%s)', (lang, sentence) => {
    expect(notTraderCues(cueText(sentence), lang)).toBeNull();
  });
});

describe('listing and directory cues', () => {
  it.each<[string, string]>([
    ['en', 'Business directory: 120 companies found. Add your business for free. Similar companies nearby.'],
    ['de', 'Firmenverzeichnis Leuchten: 85 Firmen gefunden. Firma eintragen · Ähnliche Firmen'],
    ['ru', 'Каталог компаний: светильники оптом. Найдено компаний: 48. Добавить компанию.'],
    ['zh', '企业名录 · 照明企业黄页 · 免费入驻'],
    ['fr', 'Annuaire des entreprises : ajoutez votre entreprise, entreprises similaires.'],
    // A site catalogue counts the visitors it sends to each listed site.
    ['ru', '[ Добавить сайт ] · Магазин Air Fashion · Переходов: 2 | Добавил: Компания ЛидА'],
  ])('%s: %s', (lang, sentence) => {
    const cues = listingCues(cueText(sentence), lang);
    expect(cues.listing.length + cues.directory.length).toBeGreaterThanOrEqual(2);
    expect(cues.directory.length).toBeGreaterThan(0);
  });
});

describe('furniture', () => {
  it.each<[string[], string, string]>([
    [['política de privacidad', 'mi cuenta'], 'de', 'política privacidad|mi cuenta|~de'],
    [["plan d'accès|l'entreprise"], 'l d', "plan 'accès|'entreprise|~l|~d"],
    [['terms of use', 'the', 'about us'], 'the of', 'terms use|about us|~the|~of'],
    [['Доставка для юрлиц'], 'для', 'Доставка юрлиц|~для'],
  ])('%j without %j', (entries, glue, expected) => {
    expect(furniture(entries, glue)).toBe(expected);
  });
});

describe('furniture joined by small words', () => {
  it.each<[string, string, boolean]>([
    ['en', 'Conditions of Use', true],
    ['en', 'Terms of the Service', true],
    ['es', 'Política de privacidad', true],
    ['en', 'Sets of pans', false],
    ['en', 'of the', true],
  ])('%s %j is furniture: %s', (lang, text, expected) => {
    expect(isFurniture(text, navWords(lang))).toBe(expected);
  });
});

describe('the range survives page furniture', () => {
  it.each<[string, string]>([
    ['en', 'Tables and chairs for the garden'],
    ['en', 'Lighting for the home'],
    ['en', 'Home & Garden'],
    ['en', 'Living room furniture'],
    ['es', 'Lámparas de techo y de pared'],
    ['es', 'Artículos para el hogar y la cocina'],
    ['fr', 'Accessoires pour la salle de bain'],
    ['fr', 'Outils de jardin et de bricolage'],
    ['it', 'Lampade da tavolo e da terra'],
    ['pt', 'Luminárias de teto e de parede'],
    ['pt', 'Móveis para sala e quarto'],
    ['de', 'Tische und Stühle für den Garten'],
    ['ru', 'Всё для сада и огорода'],
    ['uk', 'Все для саду і городу'],
    ['nl', 'Lampen voor binnen en buiten'],
    ['pl', 'Meble do ogrodu i na taras'],
    ['cs', 'Nábytek do kuchyně a jídelny'],
    ['sv', 'Möbler för trädgård och balkong'],
    ['da', 'Møbler til have og altan'],
    ['no', 'Møbler for hage og terrasse'],
    ['tr', 'Banyo ve mutfak aksesuarları'],
  ])('%s: %s is a category', (lang, category) => {
    const nav = navWords(lang);
    expect(isFurniture(category, nav)).toBe(false);
    expect(notACategory(category, nav)).toBeNull();
  });

  it.each<[string, string]>([
    ['en', 'My account'],
    ['en', 'Sign in'],
    ['en', 'Contact us'],
    ['de', 'Mein Konto'],
    ['de', 'Öffnungszeiten'],
    ['ru', 'Доставка и оплата'],
    ['ru', 'О компании'],
    ['uk', 'Доставка і оплата'],
    ['es', 'Mi cuenta'],
    ['es', 'Quiénes somos'],
    ['fr', 'Mon compte'],
    ['fr', 'Qui sommes-nous'],
    ['it', 'Chi siamo'],
    ['pt', 'Quem somos'],
    ['nl', 'Over ons'],
    ['pl', 'O nas'],
    ['cs', 'Doprava a platba'],
    ['tr', 'Hakkımızda'],
    ['sv', 'Mitt konto'],
    ['da', 'Kontakt os'],
    ['no', 'Logg inn'],
    ['zh', '关于我们'],
    ['ja', '会社概要'],
    ['ko', '회사소개'],
    ['ar', 'من نحن'],
  ])('%s: %s is furniture', (lang, entry) => {
    expect(isFurniture(entry, navWords(lang))).toBe(true);
  });
});
