/**
 * Norwegian (Bokmål, with the Nynorsk forms menus use; pages declaring nb or nn are read with it). Cues are word
 * starts, so compounds are found from their first part; "produsent" on a product page names the maker, so the
 * bare word is weak.
 */
import { furniture } from './furniture';
import type { Lexicon } from './types';

export const no: Lexicon = {
  lang: 'no',
  nav: furniture(
    [
      // Navigation.
      'forside|hjem|start|tilbake|neste|forrige|til toppen|side|sider|lukk|åpne|vis|skjul|vis alle|se alle|vis mer|alle|alt|mer|mindre|les mer|les meir|oppdag|utforsk|her|detaljer|oversikt|nettstedskart|sitemap|meny|velkommen|hei|informasjon|info|gå til innhold',
      // Account.
      'konto|min konto|mine sider|logg inn|logg ut|login|opprett konto|opprett bruker|bli medlem|passord|glemt passord|brukernavn|profil|mine ordrer|mine bestillinger|ordrer|bestillinger|ordrehistorikk|spor ordre|spor pakke|ordrestatus|forhandlerinnlogging|bedriftsinnlogging',
      // Cart, checkout, wishlist, compare.
      'handlekurv|handlevogn|kurv|kasse|til kassen|gå til kassen|bestill|fullfør kjøp|ønskeliste|favoritter|mine favoritter|sammenlign|hurtigvisning|legg i handlekurv|legg i handlekurven|kjøp|kjøp nå|antall|delsum|sum|totalt|varer|tom',
      // Legal and cookie banners.
      'personvern|personvernerklæring|personvernpolicy|personopplysninger|gdpr|informasjonskapsler|cookies|cookie|cookiepolicy|cookieinnstillinger|salgsbetingelser|kjøpsbetingelser|vilkår|betingelser|brukervilkår|tilgjengelighet|tilgjengelighetserklæring|opphavsrett|alle rettigheter reservert|rettigheter|reservert|godta|godta alle|aksepter|avvis|innstillinger|lagre|angrerett|org nr|mva',
      // Languages and countries of switchers.
      'språk|velg språk|land|velg land|region|internasjonal|norsk|bokmål|nynorsk|engelsk|english|svenska|dansk|suomi|deutsch|norge|noreg|sverige|danmark|finland|norden|europa|valuta|nok|kr',
      // Weekdays and opening hours.
      'mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|man|tir|ons|tor|fre|lør|søn|hverdager|helg|åpningstider|opningstider|åpent|stengt|i dag|helligdager|timebestilling|bestill time',
      // Blog, news, press.
      'blogg|nyheter|aktuelt|nytt|presse|pressemeldinger|presserom|media|arrangementer|events|messer|webinarer|artikler|tips|inspirasjon|ideer|guider|guide|anmeldelser|kundeanmeldelser|omtaler|referanser|galleri|bilder|videoer|video|prosjekter|kundehistorier|magasin',
      // Service and help.
      'kundeservice|kundesenter|service|hjelp|hjelpesenter|support|ofte stilte spørsmål|spørsmål og svar|faq|spørsmål|levering|frakt|fraktpriser|leveringstid|leveringsbetingelser|retur|returer|returrett|bytte|reklamasjon|garanti|betaling|betalingsmåter|betalingsalternativer|sikker betaling|vipps|klarna|faktura|delbetaling|størrelsesguide|nedlastinger|last ned|dokumentasjon|dokumenter|brosjyrer|manualer|produktblad|datablad|sertifikater|tilbud|be om tilbud|få tilbud',
      // Company, contact, careers.
      'om oss|selskapet|om selskapet|bedriften|om bedriften|vår bedrift|hvem er vi|vår historie|historie|misjon|visjon|verdier|bærekraft|ansvar|team|vårt team|ansatte|ledelse|karriere|jobb|ledige stillinger|jobb hos oss|jobbe hos oss|partnere|partner|investorer|investor relations|butikker|våre butikker|butikk|finn butikk|showroom|forhandlere|finn forhandler|hvor kjøpe|distributører|kvalitet|sertifiseringer|teknologi|innovasjon|løsninger|bransjer|bruksområder|kunder|hvorfor oss|kontakt|kontakt oss|kontaktskjema|nyhetsbrev|meld deg på|abonner|følg oss|del|bedrift|privat',
      // Search, filters, offers, catalogue.
      'søk|søkeresultater|resultater|filter|filtrer|sorter|sorter etter|pris|priser|prisliste|laveste pris|høyeste pris|relevans|popularitet|populære|bestselgere|mest solgte|anbefalte|nyheter|nytt|ny kolleksjon|kommer snart|salg|utsalg|tilbud|kampanje|kampanjer|rabatt|rabattkode|outlet|merker|varemerker|våre merker|kategorier|kategori|katalog|sortiment|produkter|produkt|våre produkter|kolleksjoner|kolleksjon|avdelinger|på lager|ikke på lager|utsolgt|tilgjengelig|visning|liste',
      // Phone, e-mail, address.
      'telefon|tlf|tel|faks|fax|e post|epost|e mail|mail|adresse|besøksadresse|postadresse|postnummer|veibeskrivelse|finn frem|kart|whatsapp|hovedkontor',
      // Social networks.
      'facebook|instagram|twitter|linkedin|youtube|pinterest|tiktok|sosiale medier',
      // Small words of furniture phrases (furniture() below leaves out those that also join product names).
      'og|eller|i|på|til|med|om|fra|hos|vår|våre|vårt|din|ditt|dine|min|mitt|mine|oss|vi',
    ],
    'for av',
  ),
  buyer: {
    retailer: {
      strong:
        'våre butikker|finn butikk|finn nærmeste butikk|nærmeste butikk|besøk vår butikk|besøk butikken|fysisk butikk|butikkjede|detaljhandel|detaljist|for privatpersoner|privatkunder',
      normal:
        'legg i handlekurv|legg i handlekurven|kjøp nå|fri frakt|gratis frakt|gratis levering|gratis retur|hent i butikk|klikk og hent|click & collect|gavekort|nettbutikk|nettbutikken|handle på nett|delbetaling|betal senere|inkl mva|inklusive mva|priser inkl|bonuspoeng|kundeklubb|medlemspris',
      weak: 'handlekurv|kasse|min konto|mine sider|ønskeliste|favoritter|på lager|utsolgt|kundeanmeldelser|størrelsesguide|=salg|utsalg|klarna',
    },
    wholesaler: {
      strong:
        'grossist|grossister|grossistpriser|engros|engrossalg|engrospriser|kun for bedrifter|kun bedriftskunder|selger kun til bedrifter|kun til forhandlere|minimumsordre|minste ordre|minstebestilling|minimumsbestilling|bedriftskonto|forhandlerpriser|forhandlerkonto|cash and carry|cash & carry',
      normal:
        'for forhandlere|bli forhandler|bedriftskunder|for bedrifter|mengderabatt|volumrabatt|trappepriser|per pall|pallevis|eks mva|ekskl mva|eksklusive mva|priser eks|dropshipping|=b2b',
      weak: 'kolli|stk per eske|=eske|veiledende pris',
    },
    distributor: {
      strong:
        'offisiell distributør|eksklusiv distributør|autorisert distributør|generalagent|generalagentur|eneforhandler|autorisert forhandler|offisiell forhandler|forhandlernett|forhandlernettverk|distribusjonsnett|representerte merker|merker vi representerer|vi representerer|vi distribuerer|agenturer|agentur for|eksklusiv agent',
      normal:
        'distributør|distributører|distribusjon|agent|agentur|representant|eksklusivitet|distribusjonssenter|sentrallager|logistikksenter|eget lager|lagerføring',
      weak: 'partner|forhandler|forhandlere',
    },
    importer: {
      strong:
        'importør|importører|generalimportør|eneimportør|vi importerer|direkte import|direkteimport|egen import|offisiell importør|tollbehandling|fortolling|containere i året',
      normal:
        '=import|importerer|importerte|import eksport|import og eksport|fra kina|fra asia|fra fjernøsten|=container|containere|toll|sourcing',
    },
    manufacturer: {
      strong:
        'vi produserer|egen produksjon|egen fabrikk|vår fabrikk|våre fabrikker|produksjonsanlegg|produksjonslokaler|produksjonslinje|produksjonslinjer|produsent av|ledende produsent|norsk produsent|direkte fra fabrikken|direkte fra produsenten|=oem|=odm|kontraktsproduksjon|underleverandør|eget verksted|vårt verksted|produsert på vår',
      normal:
        'produksjon|tilvirkning|=fabrikk|bearbeiding|=cnc|sprøytestøping|kvalitetskontroll|iso 9001|forskning og utvikling|spesialtilpasset|skreddersydd|kundetilpasset|private label|produksjonskapasitet|produsert i norge|norskprodusert|made in norway',
      weak: '=produsent|=fabrikant|håndverk|håndlaget|verksted',
    },
  },
  notTrader: {
    strong:
      'nyhetsbyrå|advokatfirma|advokatkontor|sjefredaktør|ansvarlig redaktør|forsikringsselskap|forsikringsmegler|reisebyrå|reisearrangør|revisjonsselskap|regnskapsbyrå|regnskapskontor|konsulentselskap|bemanningsbyrå|rekrutteringsselskap|eiendomsmegler|meglerhus|reklamebyrå|markedsføringsbyrå|kommunikasjonsbyrå|webbyrå|digitalbyrå|speditør|speditørselskap|logistikkselskap|ideell organisasjon|språkskole|trafikkskole|kjøreskole|programvareselskap|programvareutvikling',
    normal:
      '=avis|aviser|dagsavis|nyhetsside|siste nytt|redaksjon|journalister|journalistikk|annonser hos oss|annonsører|podkast|podcast|advokat|advokater|juridisk rådgivning|forsikring|forsikringer|boliglån|=lån|sparekonto|flybilletter|reiser|pakkereiser|studenter|elever|universitet|høgskole|bli medlem|bransjeforening|handelskammer|doner|donasjon|frivillige|direktorat|departement|stiftelse|=saas|prøv gratis|gratis prøveperiode|godstransport|transportfirma|boliger|leiligheter|utleieboliger|kandidater|pasienter|klinikk|tannlege',
  },
  listing:
    'bedriftskatalog|bedriftsregister|firmaliste|leverandører|leverandøroversikt|utstillere|utstillerliste|bedrifter funnet|resultater for|forhandlere nær deg|finn forhandler|hvor kjøpe|forhandlerliste|medlemsbedrifter|medlemsliste|våre medlemmer|=stand|standnummer|=hall|produsenter i|bedrifter i|gule sider|markedsplass|selgere',
  directory:
    'bedriftskatalog|bedriftsregister|firmaliste|legg til bedrift|legg til din bedrift|registrer din bedrift|gratis registrering|lignende bedrifter|relaterte bedrifter|bedrifter funnet|er dette din bedrift|endre opplysninger|gule sider',
  storeHours: {
    hours: 'åpningstider',
    saturday: 'lørdag|lørdager|=lør',
  },
  size: {
    branches: 'butikker|varehus|filialer|avdelinger|kontorer|showrooms|lagre',
    countries: 'land|markeder',
    employees: 'ansatte|medarbeidere|personer',
    founded: 'siden|grunnlagt|grunnlagt i|etablert|etablert i|siden år',
    brands: 'merker|merkevarer|varemerker',
    containers: 'containere|container',
    area: 'm²|m2|kvm|kvadratmeter',
  },
};
