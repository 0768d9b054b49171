/**
 * Swedish. Cues are word starts, so compounds are found from their first part ("grossist" finds grossistpriser);
 * "tillverkare" on a product page names the maker, so the bare word is weak.
 */
import { furniture } from './furniture';
import type { Lexicon } from './types';

export const sv: Lexicon = {
  lang: 'sv',
  nav: furniture(
    [
      // Navigation.
      'hem|startsida|start|tillbaka|nästa|föregående|till toppen|sida|sidor|stäng|öppna|visa|dölj|visa alla|se alla|visa mer|alla|allt|mer|mindre|läs mer|läs mer om|upptäck|utforska|här|detaljer|översikt|webbplatskarta|sitemap|meny|välkommen|hej|information|info|till innehållet',
      // Account.
      'konto|mitt konto|mina sidor|logga in|logga ut|registrera|registrera dig|skapa konto|bli medlem|lösenord|glömt lösenord|användarnamn|profil|mina ordrar|mina beställningar|beställningar|orderhistorik|spåra order|spåra paket|orderstatus|företagsinloggning|återförsäljarinloggning',
      // Cart, checkout, wishlist, compare.
      'varukorg|varukorgen|kundvagn|kassa|till kassan|gå till kassan|beställ|slutför köp|önskelista|favoriter|mina favoriter|jämför|jämförelse|snabbvy|lägg i varukorg|lägg i varukorgen|köp|köp nu|antal|delsumma|summa|totalt|artiklar|tom',
      // Legal and cookie banners.
      'integritetspolicy|integritet|dataskydd|personuppgifter|personuppgiftspolicy|gdpr|cookies|cookie|cookiepolicy|cookieinställningar|villkor|köpvillkor|allmänna villkor|användarvillkor|tillgänglighet|tillgänglighetsredogörelse|upphovsrätt|alla rättigheter förbehållna|rättigheter|förbehållna|acceptera|acceptera alla|godkänn|neka|avvisa|inställningar|spara|ångerrätt|org nr|momsreg nr',
      // Languages and countries of switchers.
      'språk|välj språk|land|länder|välj land|region|internationell|svenska|engelska|english|norsk|dansk|suomi|deutsch|sverige|norge|danmark|finland|norden|europa|valuta|sek|kr',
      // Weekdays and opening hours.
      'måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mån|tis|ons|tors|fre|lör|sön|vardagar|helger|öppettider|öppet|stängt|idag|helgdagar|tidsbokning|boka tid',
      // Blog, news, press.
      'blogg|nyheter|aktuellt|nytt|press|pressmeddelanden|pressrum|media|evenemang|event|mässor|webbinarier|artiklar|tips|inspiration|idéer|guider|guide|omdömen|recensioner|kundrecensioner|referenser|galleri|bilder|videor|video|projekt|kundcase|magasin',
      // Service and help.
      'kundservice|kundtjänst|service|hjälp|hjälpcenter|support|vanliga frågor|frågor och svar|faq|frågor|leverans|leveranser|frakt|fraktkostnad|leveranstid|leveransvillkor|returer|retur|returnera|byten|byte|reklamation|garanti|betalning|betalningssätt|betalningsalternativ|säker betalning|klarna|swish|faktura|delbetalning|storleksguide|nedladdningar|ladda ner|dokumentation|dokument|broschyrer|manualer|produktblad|datablad|certifikat|offert|begär offert|be om offert',
      // Company, contact, careers.
      'om oss|företaget|om företaget|vårt företag|vilka vi är|vår historia|historia|mission|vision|värderingar|hållbarhet|ansvar|team|vårt team|medarbetare|ledning|karriär|jobb|lediga jobb|lediga tjänster|jobba hos oss|jobba med oss|partners|partner|investerare|investor relations|butiker|våra butiker|butik|hitta butik|butikslista|showroom|återförsäljare|hitta återförsäljare|var köper jag|distributörer|kvalitet|certifieringar|teknik|innovation|lösningar|branscher|användningsområden|kunder|varför oss|kontakt|kontakta oss|kontaktformulär|nyhetsbrev|prenumerera|följ oss|dela|företag|privat|privatperson',
      // Search, filters, offers, catalogue.
      'sök|sökresultat|resultat|filter|filtrera|sortera|sortera efter|pris|priser|prislista|lägsta pris|högsta pris|relevans|popularitet|populära|populärt|bästsäljare|mest sålda|rekommenderade|nytt|nyheter|nyinkommet|ny kollektion|kommer snart|rea|realisation|erbjudanden|erbjudande|kampanj|kampanjer|rabatt|rabattkod|outlet|varumärken|varumärke|märken|våra varumärken|kategorier|kategori|katalog|sortiment|produkter|produkt|våra produkter|kollektioner|kollektion|avdelningar|i lager|finns i lager|slut i lager|tillgänglig|visa som|lista',
      // Phone, e-mail, address.
      'telefon|tel|fax|e post|epost|e mail|mejl|mail|adress|besöksadress|postadress|gatan|vägen|postnummer|hitta hit|karta|vägbeskrivning|whatsapp|huvudkontor',
      // Social networks.
      'facebook|instagram|twitter|linkedin|youtube|pinterest|tiktok|sociala medier',
      // Small words of furniture phrases (furniture() below leaves out those that also join product names).
      'och|eller|i|på|till|med|om|från|hos|vår|våra|vårt|din|ditt|dina|mitt|min|mina|oss|vi',
    ],
    'för av',
  ),
  buyer: {
    retailer: {
      strong:
        'våra butiker|hitta butik|hitta närmaste butik|närmaste butik|besök vår butik|besök butiken|fysisk butik|butikskedja|detaljhandel|detaljist|för privatpersoner|privatkunder',
      normal:
        'lägg i varukorg|lägg i varukorgen|köp nu|fri frakt|gratis frakt|fri retur|fria returer|hämta i butik|click & collect|presentkort|webbutik|webbshop|nätbutik|onlinebutik|handla online|delbetala|betala senare|inkl moms|inklusive moms|priser inkl|bonuspoäng|kundklubb|medlemspris',
      weak: 'varukorg|kassa|mitt konto|mina sidor|önskelista|favoriter|i lager|slut i lager|kundrecensioner|storleksguide|=rea|klarna',
    },
    wholesaler: {
      strong:
        'grossist|grossister|grossistpriser|partihandel|partihandlare|endast företag|endast för företag|säljer endast till företag|endast till återförsäljare|minsta order|minsta orderbelopp|minsta beställning|minimiorder|minimibeställning|företagskonto|återförsäljarpriser|återförsäljarkonto|cash and carry|cash & carry',
      normal:
        'återförsäljare|för återförsäljare|bli återförsäljare|för företag|företagskunder|mängdrabatt|volymrabatt|stafflade priser|per pall|pallvis|exkl moms|exklusive moms|priser exkl|dropshipping|=b2b',
      weak: 'förpackningsstorlek|st per kartong|=kartong|rekommenderat cirkapris',
    },
    distributor: {
      strong:
        'officiell distributör|exklusiv distributör|auktoriserad distributör|generalagent|generalagentur|ensamagent|auktoriserad återförsäljare|officiell återförsäljare|auktoriserad handlare|återförsäljarnät|återförsäljarnätverk|distributionsnät|representerade varumärken|varumärken vi representerar|vi representerar|vi distribuerar|agenturer|agentur för|exklusiv agent',
      normal:
        'distributör|distributörer|distribution|agent|agentur|representant|exklusivitet|distributionscentral|centrallager|logistikcenter|eget lager|lagerhållning',
      weak: 'partner|handlare',
    },
    importer: {
      strong:
        'importör|importörer|generalimportör|ensamimportör|vi importerar|direktimport|egen import|officiell importör|tullhantering|förtullning|containrar per år',
      normal:
        '=import|importerar|importerade|import export|import och export|från kina|från asien|från fjärran östern|=container|containrar|tull|sourcing',
    },
    manufacturer: {
      strong:
        'vi tillverkar|vi producerar|egen tillverkning|egen produktion|vår fabrik|egen fabrik|våra fabriker|produktionsanläggning|tillverkningsanläggning|produktionslinje|produktionslinjer|tillverkare av|ledande tillverkare|svensk tillverkare|direkt från fabrik|direkt från tillverkaren|=oem|=odm|kontraktstillverkning|legotillverkning|egen verkstad|vår verkstad|tillverkas i vår',
      normal:
        'tillverkning|produktion|=fabrik|bearbetning|=cnc|formsprutning|kvalitetskontroll|iso 9001|forskning och utveckling|måttbeställt|specialtillverkat|kundanpassad|private label|produktionskapacitet|tillverkad i sverige|svensktillverkad|made in sweden',
      weak: '=tillverkare|=producent|hantverk|handgjord|verkstad',
    },
  },
  notTrader: {
    strong:
      'nyhetsbyrå|advokatbyrå|advokatfirma|chefredaktör|ansvarig utgivare|försäkringsbolag|försäkringsmäklare|resebyrå|researrangör|redovisningsbyrå|revisionsbyrå|skattekonsult|konsultbolag|konsultföretag|bemanningsföretag|rekryteringsföretag|fastighetsmäklare|mäklarfirma|reklambyrå|marknadsföringsbyrå|kommunikationsbyrå|webbyrå|digital byrå|speditör|speditionsfirma|logistikföretag|ideell förening|länsstyrelsen|språkskola|trafikskola|mjukvaruföretag|mjukvaruutveckling',
    normal:
      'tidning|dagstidning|nyhetssajt|senaste nytt|redaktion|journalister|journalistik|annonsera|annonsörer|podcast|advokat|advokater|juridisk rådgivning|stiftelse|myndighet|försäkring|försäkringar|bolån|lån|sparkonto|flyg|resor|paketresor|studenter|elever|universitet|högskola|bli medlem|branschorganisation|handelskammare|donera|volontärer|=saas|prova gratis|gratis provperiod|godstransport|åkeri|bostäder|lägenheter|hyresrätter|kandidater|patienter|klinik|vårdcentral|tandläkare',
  },
  listing:
    'företagskatalog|företagsregister|företagslista|leverantörer|leverantörsregister|utställare|utställarlista|utställarförteckning|företag hittades|resultat för|återförsäljare nära dig|hitta återförsäljare|var köper jag|försäljningsställen|medlemsföretag|medlemslista|våra medlemmar|=monter|monternummer|=hall|tillverkare i|företag i|gula sidorna|marknadsplats|säljare',
  directory:
    'företagskatalog|företagsregister|företagslista|lägg till företag|lägg till ditt företag|registrera ditt företag|gratis registrering|liknande företag|relaterade företag|företag hittades|är detta ditt företag|gör anspråk|ändra uppgifter|gula sidorna',
  storeHours: {
    hours: 'öppettider',
    saturday: 'lördag|lördagar|=lör',
  },
  size: {
    branches: 'butiker|varuhus|filialer|kontor|orter|showrooms|lager',
    countries: 'länder|marknader',
    employees: 'anställda|medarbetare|personer',
    founded: 'sedan|grundat|grundades|grundat år|grundades år|sedan år',
    brands: 'varumärken|märken',
    containers: 'containrar|container',
    area: 'm²|m2|kvm|kvadratmeter',
  },
};
