/**
 * Danish. Cues are word starts, so compounds are found from their first part ("engros" finds engrospriser);
 * "producent" on a product page names the maker, so the bare word is weak.
 */
import { furniture } from './furniture';
import type { Lexicon } from './types';

export const da: Lexicon = {
  lang: 'da',
  nav: furniture(
    [
      // Navigation.
      'forside|hjem|start|tilbage|næste|forrige|til toppen|side|sider|luk|åbn|vis|skjul|vis alle|se alle|vis mere|alle|alt|mere|mindre|læs mere|læs mere om|opdag|udforsk|her|detaljer|oversigt|sitemap|menu|velkommen|hej|information|info|gå til indhold',
      // Account.
      'konto|min konto|mine sider|log ind|log ud|login|opret konto|opret bruger|bliv medlem|adgangskode|glemt adgangskode|brugernavn|profil|mine ordrer|ordrer|ordrehistorik|spor ordre|spor pakke|ordrestatus|forhandlerlogin|erhvervslogin',
      // Cart, checkout, wishlist, compare.
      'kurv|indkøbskurv|kurven|kasse|til kassen|gå til kassen|bestil|gennemfør køb|ønskeliste|favoritter|mine favoritter|sammenlign|hurtig visning|læg i kurv|læg i kurven|tilføj til kurv|køb|køb nu|antal|subtotal|total|i alt|varer|tom',
      // Legal and cookie banners.
      'privatlivspolitik|privatliv|persondatapolitik|persondata|databeskyttelse|gdpr|cookies|cookie|cookiepolitik|cookieindstillinger|handelsbetingelser|betingelser|vilkår|salgsbetingelser|tilgængelighed|tilgængelighedserklæring|ophavsret|alle rettigheder forbeholdes|rettigheder|forbeholdes|accepter|accepter alle|tillad alle|afvis|indstillinger|gem|fortrydelsesret|cvr|cvr nr',
      // Languages and countries of switchers.
      'sprog|vælg sprog|land|lande|vælg land|region|international|dansk|engelsk|english|svenska|norsk|deutsch|danmark|sverige|norge|grønland|færøerne|norden|europa|valuta|dkk|kr',
      // Weekdays and opening hours.
      'mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|man|tir|ons|tor|fre|lør|søn|hverdage|weekend|åbningstider|åben|lukket|i dag|helligdage|tidsbestilling|book tid',
      // Blog, news, press.
      'blog|nyheder|aktuelt|nyt|presse|pressemeddelelser|presserum|medier|arrangementer|events|messer|webinarer|artikler|tips|inspiration|ideer|guides|guide|anmeldelser|kundeanmeldelser|referencer|galleri|billeder|videoer|video|projekter|cases|magasin',
      // Service and help.
      'kundeservice|service|hjælp|hjælpecenter|support|ofte stillede spørgsmål|spørgsmål og svar|faq|spørgsmål|levering|fragt|fragtpriser|leveringstid|leveringsbetingelser|returnering|retur|returret|bytte|ombytning|reklamation|garanti|betaling|betalingsmetoder|betalingsmuligheder|sikker betaling|mobilepay|dankort|klarna|faktura|størrelsesguide|downloads|download|dokumentation|dokumenter|brochurer|manualer|produktblade|datablade|certifikater|tilbud|indhent tilbud|få et tilbud',
      // Company, contact, careers.
      'om os|virksomheden|om virksomheden|vores virksomhed|hvem er vi|vores historie|historie|mission|vision|værdier|bæredygtighed|ansvar|team|vores team|medarbejdere|ledelse|karriere|job|ledige stillinger|job hos os|arbejd hos os|partnere|partner|investorer|investor relations|butikker|vores butikker|butik|find butik|showroom|forhandlere|find forhandler|hvor kan jeg købe|distributører|kvalitet|certificeringer|teknologi|innovation|løsninger|brancher|anvendelser|kunder|hvorfor os|kontakt|kontakt os|kontaktformular|nyhedsbrev|tilmeld|følg os|del|erhverv|privat',
      // Search, filters, offers, catalogue.
      'søg|søgning|søgeresultater|resultater|filter|filtrer|sorter|sorter efter|pris|priser|prisliste|laveste pris|højeste pris|relevans|popularitet|populære|bestsellere|mest solgte|anbefalede|nyheder|nyt|ny kollektion|kommer snart|udsalg|tilbud|kampagne|kampagner|rabat|rabatkode|outlet|mærker|brands|varemærker|vores mærker|kategorier|kategori|katalog|sortiment|produkter|produkt|vores produkter|kollektioner|kollektion|afdelinger|på lager|ikke på lager|udsolgt|tilgængelig|visning|liste',
      // Phone, e-mail, address.
      'telefon|tlf|tel|fax|e mail|email|mail|adresse|besøgsadresse|postnummer|find vej|kort|rutevejledning|whatsapp|hovedkontor',
      // Social networks.
      'facebook|instagram|twitter|linkedin|youtube|pinterest|tiktok|sociale medier',
      // Small words of furniture phrases (furniture() below leaves out those that also join product names).
      'og|eller|i|på|til|med|om|fra|hos|vores|vor|din|dit|dine|min|mit|mine|os|vi',
    ],
    'for af',
  ),
  buyer: {
    retailer: {
      strong:
        'vores butikker|find butik|find nærmeste butik|nærmeste butik|besøg vores butik|besøg butikken|fysisk butik|butikskæde|detailhandel|detailhandler|for privatpersoner|privatkunder',
      normal:
        'læg i kurv|læg i kurven|tilføj til kurv|køb nu|fri fragt|gratis fragt|gratis levering|gratis retur|hent i butik|click & collect|gavekort|webshop|netbutik|onlinebutik|handl online|delbetaling|betal senere|inkl moms|inklusive moms|priser inkl|bonuspoint|kundeklub|medlemspris',
      weak: 'kurv|indkøbskurv|kasse|min konto|ønskeliste|favoritter|på lager|udsolgt|kundeanmeldelser|størrelsesguide|udsalg|klarna',
    },
    wholesaler: {
      strong:
        'engros|engrossalg|engrospriser|grossist|grossister|grosserer|kun for erhverv|kun erhverv|sælger kun til erhverv|kun til forhandlere|minimumsordre|minimum ordre|mindste ordre|minimumskøb|erhvervskonto|forhandlerpriser|forhandlerkonto|cash and carry|cash & carry',
      normal:
        'for forhandlere|bliv forhandler|erhvervskunder|mængderabat|volumenrabat|trappepriser|pr palle|pallevis|ekskl moms|eksklusive moms|priser ekskl|dropshipping|=b2b',
      weak: 'kolli|stk pr kasse|=kasse|vejledende udsalgspris',
    },
    distributor: {
      strong:
        'officiel distributør|eksklusiv distributør|autoriseret distributør|generalagent|generalagentur|eneforhandler|eneforhandling|autoriseret forhandler|officiel forhandler|forhandlernet|forhandlernetværk|distributionsnet|repræsenterede mærker|mærker vi repræsenterer|vi repræsenterer|vi distribuerer|agenturer|agentur for|eksklusiv agent',
      normal:
        'distributør|distributører|distribution|agent|agentur|repræsentant|eksklusivitet|distributionscenter|centrallager|logistikcenter|eget lager|lagerføring',
      weak: 'partner|forhandler|forhandlere',
    },
    importer: {
      strong:
        'importør|importører|generalimportør|eneimportør|vi importerer|direkte import|egen import|officiel importør|toldbehandling|fortoldning|containere om året',
      normal:
        '=import|importerer|importerede|import eksport|import og eksport|fra kina|fra asien|fra fjernøsten|=container|containere|told|sourcing',
    },
    manufacturer: {
      strong:
        'vi producerer|vi fremstiller|egen produktion|egen fremstilling|vores fabrik|egen fabrik|vores fabrikker|produktionsanlæg|produktionsfacilitet|produktionslinje|produktionslinjer|producent af|førende producent|dansk producent|direkte fra fabrikken|direkte fra producenten|=oem|=odm|kontraktproduktion|underleverandør|eget værksted|vores værksted|produceret på vores',
      normal:
        'produktion|fremstilling|=fabrik|bearbejdning|=cnc|sprøjtestøbning|kvalitetskontrol|iso 9001|forskning og udvikling|specialfremstillet|skræddersyet|kundetilpasset|private label|produktionskapacitet|produceret i danmark|dansk produceret|made in denmark|dansk design og produktion',
      weak: '=producent|=fabrikant|håndværk|håndlavet|værksted',
    },
  },
  notTrader: {
    strong:
      'nyhedsbureau|advokatfirma|advokatkontor|chefredaktør|ansvarshavende redaktør|forsikringsselskab|forsikringsmægler|rejsebureau|rejsearrangør|revisionsfirma|bogføringsfirma|konsulentfirma|konsulenthus|vikarbureau|rekrutteringsfirma|ejendomsmægler|reklamebureau|marketingbureau|kommunikationsbureau|webbureau|digitalt bureau|speditør|speditionsfirma|logistikvirksomhed|almennyttig forening|sprogskole|køreskole|softwarevirksomhed|softwareudvikling',
    normal:
      '=avis|aviser|dagblad|nyhedssite|seneste nyt|redaktion|journalister|journalistik|annoncér|annoncører|podcast|advokat|advokater|juridisk rådgivning|forsikring|forsikringer|boliglån|=lån|opsparing|flybilletter|rejser|pakkerejser|studerende|elever|universitet|bliv medlem|brancheforening|handelskammer|donér|donation|frivillige|ministerium|=saas|prøv gratis|gratis prøveperiode|godstransport|vognmand|boliger|lejligheder|lejeboliger|kandidater|patienter|klinik|tandlæge',
  },
  listing:
    'virksomhedskatalog|virksomhedsregister|firmaliste|leverandører|leverandøroversigt|udstillere|udstillerliste|virksomheder fundet|resultater for|forhandlere nær dig|find forhandler|hvor kan jeg købe|forhandlerliste|medlemsvirksomheder|medlemsliste|vores medlemmer|=stand|standnummer|=hal|producenter i|virksomheder i|de gule sider|markedsplads|sælgere',
  directory:
    'virksomhedskatalog|virksomhedsregister|firmaliste|tilføj virksomhed|tilføj din virksomhed|opret din virksomhed|gratis oprettelse|lignende virksomheder|relaterede virksomheder|virksomheder fundet|er dette din virksomhed|ret oplysninger|de gule sider',
  storeHours: {
    hours: 'åbningstider',
    saturday: 'lørdag|lørdage|=lør',
  },
  size: {
    branches: 'butikker|varehuse|filialer|afdelinger|kontorer|showrooms|lagre',
    countries: 'lande|markeder',
    employees: 'medarbejdere|ansatte|personer',
    founded: 'siden|grundlagt|grundlagt i|etableret|etableret i|siden år',
    brands: 'mærker|brands|varemærker',
    containers: 'containere|container',
    area: 'm²|m2|kvm|kvadratmeter',
  },
};
