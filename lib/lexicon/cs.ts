/**
 * Czech. Cues are word starts, so one stem covers the cases ("velkoobchod" finds velkoobchodní, velkoobchodu);
 * "výrobce" on a product card names the maker, so the bare word is weak.
 */
import { furniture } from './furniture';
import type { Lexicon } from './types';

export const cs: Lexicon = {
  lang: 'cs',
  nav: furniture(
    [
      // Navigation.
      'úvod|úvodní stránka|domů|home|zpět|další|předchozí|nahoru|stránka|stránky|zavřít|otevřít|zobrazit|skrýt|zobrazit vše|zobrazit více|vše|všechny|více|méně|číst dál|číst více|zjistit více|objevte|zde|detail|podrobnosti|mapa stránek|menu|vítejte|informace|info|přejít na obsah',
      // Account.
      'účet|můj účet|zákaznický účet|přihlásit|přihlásit se|přihlášení|odhlásit|odhlásit se|registrace|registrovat|vytvořit účet|heslo|zapomenuté heslo|uživatelské jméno|profil|moje objednávky|objednávky|historie objednávek|stav objednávky|sledování zásilky|zákaznická zóna|velkoobchodní zóna|b2b zóna',
      // Cart, checkout, wishlist, compare.
      'košík|můj košík|do košíku|přejít do košíku|pokladna|k pokladně|objednat|dokončit objednávku|oblíbené|seznam přání|porovnat|porovnání|rychlý náhled|vložit do košíku|koupit|koupit nyní|množství|mezisoučet|celkem|položky|prázdný',
      // Legal and cookie banners.
      'ochrana osobních údajů|osobní údaje|zásady ochrany osobních údajů|gdpr|cookies|cookie|zásady cookies|nastavení cookies|obchodní podmínky|všeobecné obchodní podmínky|vop|podmínky|podmínky užití|reklamační řád|reklamace|odstoupení od smlouvy|přístupnost|všechna práva vyhrazena|práva|vyhrazena|souhlasím|přijmout|přijmout vše|odmítnout|nastavení|uložit|právní informace|ičo|dič',
      // Languages and countries of switchers.
      'jazyk|jazyky|vyberte jazyk|země|region|mezinárodní|čeština|česky|slovenčina|angličtina|english|deutsch|česká republika|česko|slovensko|evropa|měna|kč',
      // Weekdays and opening hours.
      'pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle|po|út|st|čt|pá|so|ne|otevírací doba|provozní doba|otevřeno|zavřeno|dnes|svátky|od|hod',
      // Blog, news, press.
      'blog|novinky|aktuality|zprávy|tisk|pro média|tiskové zprávy|média|akce|události|veletrhy|webináře|články|rádce|poradna|tipy|inspirace|nápady|recenze|hodnocení|reference|galerie|fotogalerie|videa|video|realizace|magazín',
      // Service and help.
      'zákaznický servis|zákaznická podpora|servis|pomoc|nápověda|podpora|časté dotazy|dotazy|faq|otázky|doprava|doprava a platba|platba a doprava|doručení|dodání|cena dopravy|dodací lhůta|vrácení|vrácení zboží|výměna|záruka|platba|platby|způsoby platby|bezpečná platba|platba kartou|dobírka|převodem|splátky|tabulka velikostí|ke stažení|stáhnout|dokumentace|dokumenty|katalogy|brožury|návody|technické listy|certifikáty|poptávka|nezávazná poptávka|cenová nabídka',
      // Company, contact, careers.
      'o nás|o firmě|o společnosti|společnost|firma|naše firma|kdo jsme|historie|naše historie|mise|vize|hodnoty|udržitelnost|tým|náš tým|vedení|kariéra|volná místa|pracovní nabídky|práce u nás|partneři|investoři|pobočky|prodejny|naše prodejny|prodejna|showroom|kde koupit|prodejní místa|distributoři|kvalita|technologie|inovace|řešení|obory|aplikace|projekty|zákazníci|klienti|proč my|kontakt|kontakty|kontaktujte nás|kontaktní formulář|napište nám|newsletter|přihlásit k odběru|sledujte nás|sdílet|služby|pro firmy|nabídka',
      // Search, filters, offers, catalogue.
      'hledat|vyhledat|vyhledávání|výsledky|výsledky hledání|filtr|filtry|filtrovat|řadit|seřadit|řazení|cena|ceny|ceník|nejlevnější|nejdražší|doporučujeme|doporučené|nejprodávanější|oblíbené|novinka|nové|nová kolekce|připravujeme|výprodej|akce|akční nabídka|slevy|sleva|slevový kód|kupón|outlet|značky|značka|naše značky|výrobci|kategorie|katalog|sortiment|produkty|produkt|naše produkty|kolekce|oddělení|skladem|není skladem|dostupnost|vyprodáno|zobrazení|seznam',
      // Phone, e-mail, address.
      'telefon|tel|fax|e mail|email|adresa|ulice|psč|mapa|jak se k nám dostanete|sídlo|provozovna|whatsapp|infolinka',
      // Social networks.
      'facebook|instagram|twitter|linkedin|youtube|pinterest|tiktok|sociální sítě',
      // Small words of furniture phrases (furniture() below leaves out those that also join product names).
      'a|i|nebo|v|ve|z|ze|s|se|na|o|od|k|ke|po|náš|naše|naši|váš|vaše|můj|moje|nás',
    ],
    'pro do',
  ),
  buyer: {
    retailer: {
      strong:
        'naše prodejny|kamenná prodejna|kamenné prodejny|najít prodejnu|nejbližší prodejna|navštivte naši prodejnu|síť prodejen|maloobchod|maloobchodní|pro koncové zákazníky|pro soukromé osoby',
      normal:
        'vložit do košíku|do košíku|koupit nyní|doprava zdarma|doručení zdarma|vrácení zdarma|osobní odběr na prodejně|click & collect|dárkový poukaz|dárková karta|internetový obchod|e shop|eshop|online obchod|nákup na splátky|ceny s dph|včetně dph|věrnostní program|věrnostní body',
      weak: 'košík|můj účet|oblíbené|seznam přání|skladem|není skladem|hodnocení zákazníků|tabulka velikostí|výprodej',
    },
    wholesaler: {
      strong:
        'velkoobchod|velkoobchodní|velkoobchodu|velkoobchodní ceny|prodej pouze firmám|pouze pro firmy|pouze pro podnikatele|prodej pouze na ičo|pouze na ičo|minimální objednávka|minimální odběr|minimální množství|velkoobchodní zóna|velkoobchodní účet|cash and carry|cash & carry',
      normal:
        'přeprodej|pro obchodníky|staňte se partnerem|staňte se prodejcem|množstevní slevy|množstevní sleva|ceny bez dph|bez dph|na paletě|palety|dropshipping|=b2b',
      weak: 'balení po|ks v balení|v kartonu|doporučená maloobchodní cena|=moc',
    },
    distributor: {
      strong:
        'oficiální distributor|výhradní distributor|autorizovaný distributor|generální distributor|autorizovaný prodejce|oficiální prodejce|autorizovaný dealer|výhradní zastoupení|výhradní zástupce|generální zastoupení|oficiální zastoupení|distribuční síť|síť prodejců|dealerská síť|zastupované značky|značky které zastupujeme|zastupujeme|distribuujeme|výhradní dovozce a distributor',
      normal:
        'distributor|distributoři|distribuce|zastoupení|zástupce|výhradní|logistické centrum|distribuční centrum|centrální sklad|vlastní sklad',
      weak: 'dealer|prodejce|obchodní partner',
    },
    importer: {
      strong:
        'dovozce|výhradní dovozce|oficiální dovozce|přímý dovoz|dovážíme|přímý dovozce|celní odbavení|proclení|kontejnerů ročně|dovoz z',
      normal:
        '=dovoz|dovozu|dovezené|import|importujeme|z číny|z asie|=kontejner|kontejnery|kontejnerů|celní',
    },
    manufacturer: {
      strong:
        'vyrábíme|vlastní výroba|vlastní výrobou|vlastní výrobě|naše výroba|náš závod|výrobní závod|výrobní hala|výrobní areál|výrobní linka|výrobní linky|jsme výrobce|český výrobce|přední výrobce|tradiční výrobce|výrobce a dodavatel|přímo od výrobce|=oem|=odm|zakázková výroba|vlastní dílna|naše dílna|truhlárna|strojírna',
      normal:
        'výroba|výroby|výrobní|=továrna|továrny|obrábění|=cnc|vstřikování|kontrola kvality|iso 9001|výzkum a vývoj|na zakázku|na míru|personalizace|private label|výrobní kapacita|vyrobeno v česku|české výroby|česká výroba',
      weak: '=výrobce|výrobci|ruční výroba|ručně vyráběné|dílna',
    },
  },
  notTrader: {
    strong:
      'tisková agentura|zpravodajská agentura|advokátní kancelář|advokátní kanceláře|šéfredaktor|pojišťovna|pojišťovací makléř|cestovní kancelář|cestovní agentura|účetní kancelář|daňové poradenství|daňový poradce|poradenská společnost|personální agentura|pracovní agentura|realitní kancelář|reklamní agentura|marketingová agentura|digitální agentura|webové studio|spediční společnost|mezinárodní spedice|logistický operátor|nezisková organizace|obecně prospěšná společnost|městský úřad|obecní úřad|jazyková škola|autoškola|vývoj softwaru|softwarová společnost',
    normal:
      'noviny|deník|zpravodajský portál|zpravodajství|redakce|novináři|žurnalistika|inzerce|podcast|advokát|advokáti|právní služby|právní poradenství|magistrát|ministerstvo|pojištění|hypotéka|hypotéky|půjčky|úvěry|běžný účet|letenky|zájezdy|dovolená|kurzy|kurzy online|studenti|univerzita|vysoká škola|spolek|sdružení|hospodářská komora|členové|dary|darovat|dobrovolníci|=obec|=saas|zkušební verze zdarma|přeprava zboží|kamionová doprava|spedice|nemovitosti|pronájem bytů|uchazeči|pacienti|ordinace|klinika',
  },
  listing:
    'katalog firem|databáze firem|seznam firem|firmy.cz|dodavatelé|seznam dodavatelů|vystavovatelé|seznam vystavovatelů|nalezeno firem|výsledky pro|kde koupit|prodejní místa|naši distributoři|mapa prodejců|členové|seznam členů|=stánek|číslo stánku|=hala|výrobci v|firmy v|zlaté stránky|tržiště|prodejci',
  directory:
    'katalog firem|databáze firem|seznam firem|přidat firmu|přidejte svou firmu|registrace firmy zdarma|zápis zdarma|podobné firmy|související firmy|nalezeno firem|je to vaše firma|upravit záznam|zlaté stránky',
  storeHours: {
    hours: 'otevírací doba|otevírací hodiny|provozní doba',
    saturday: 'sobota|=so',
  },
  size: {
    branches: 'prodejen|prodejny|poboček|pobočky|provozoven|showroomů|skladů',
    countries: 'zemí|zemích|země|států',
    employees: 'zaměstnanců|zaměstnanci|pracovníků|lidí|specialistů',
    founded: 'od roku|založena v roce|založena|založeno|od|vznikla v roce|na trhu od',
    brands: 'značek|značky',
    containers: 'kontejnerů|kontejnery',
    area: 'm²|m2|metrů čtverečních',
  },
};
