/**
 * Dutch (Netherlands and Flanders). "Fabrikant" on a product page names the maker, so the bare word is weak.
 */
import { furniture } from './furniture';
import type { Lexicon } from './types';

export const nl: Lexicon = {
  lang: 'nl',
  nav: furniture(
    [
      // Navigation.
      'home|startpagina|start|terug|volgende|vorige|naar boven|pagina|paginas|sluiten|openen|tonen|verbergen|bekijk|bekijk alles|alles bekijken|toon alles|alle|alles|meer|minder|lees meer|meer informatie|ontdek|ontdekken|hier|details|overzicht|sitemap|menu|welkom|hallo|informatie|info|naar inhoud',
      // Account.
      'account|mijn account|mijn gegevens|inloggen|uitloggen|aanmelden|afmelden|registreren|account aanmaken|gebruikersnaam|wachtwoord|wachtwoord vergeten|profiel|mijn bestellingen|bestellingen|bestelgeschiedenis|bestelling volgen|track & trace|klantenportaal|dealerportaal|zakelijk inloggen',
      // Cart, checkout, wishlist, compare.
      'winkelwagen|winkelmand|winkelmandje|mijn winkelwagen|afrekenen|bestellen|verder naar bestellen|verlanglijst|verlanglijstje|wensenlijst|favorieten|vergelijk|vergelijken|snel bekijken|in winkelwagen|toevoegen aan winkelwagen|in mijn winkelwagen|kopen|nu kopen|aantal|subtotaal|totaal|artikelen|artikel|leeg',
      // Legal and cookie banners.
      'privacy|privacyverklaring|privacybeleid|cookies|cookie|cookiebeleid|cookieverklaring|cookie instellingen|algemene voorwaarden|voorwaarden|gebruiksvoorwaarden|leveringsvoorwaarden|disclaimer|colofon|toegankelijkheid|auteursrecht|alle rechten voorbehouden|rechten|voorbehouden|accepteren|alles accepteren|weigeren|instellingen|opslaan|akkoord|avg|kvk|btw nummer|btw|herroepingsrecht|klachten|klachtenregeling|responsible disclosure',
      // Languages and countries of switchers.
      'taal|talen|kies taal|land|landen|regio|internationaal|nederlands|vlaams|engels|duits|frans|english|deutsch|français|nederland|belgië|belgie|vlaanderen|europa|duitsland|frankrijk|luxemburg|valuta',
      // Weekdays and opening hours.
      'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo|openingstijden|openingsuren|geopend|gesloten|vandaag|feestdagen|op afspraak|afspraak|afspraak maken|uur|tot',
      // Blog, news, press.
      'blog|nieuws|actueel|nieuwsberichten|pers|persberichten|media|evenementen|beurzen|webinars|artikelen|tips|inspiratie|ideeën|ideeen|advies|gidsen|ervaringen|reviews|beoordelingen|klantbeoordelingen|galerij|fotos|video|videos|projecten|referenties|cases|magazine',
      // Service and help.
      'service|klantenservice|klantenservice & contact|hulp|helpcentrum|support|ondersteuning|veelgestelde vragen|vragen|faq|verzending|verzenden|verzendkosten|bezorging|bezorgen|levering|levertijd|levertijden|retourneren|retouren|retour|ruilen|terugbetaling|garantie|betalen|betaling|betaalmethoden|betaalmogelijkheden|veilig betalen|ideal|bancontact|paypal|klarna|achteraf betalen|maattabel|downloads|download|documentatie|documenten|brochures|folders|handleidingen|datasheets|certificaten|offerte|offerte aanvragen|vraag offerte aan|terugbelverzoek',
      // Company, contact, careers.
      'over ons|wie zijn wij|wie we zijn|bedrijf|het bedrijf|ons bedrijf|organisatie|onze geschiedenis|geschiedenis|historie|missie|visie|kernwaarden|waarden|duurzaamheid|mvo|team|ons team|medewerkers|directie|werken bij|vacatures|carrière|werken bij ons|partners|investeerders|vestigingen|vestiging|locaties|winkels|onze winkels|winkel|winkelzoeker|showroom|dealers|dealer zoeken|verkooppunten|waar te koop|distributeurs|kwaliteit|certificeringen|technologie|innovatie|oplossingen|sectoren|branches|toepassingen|klanten|waarom wij|contact|contacteer ons|neem contact op|contactformulier|nieuwsbrief|inschrijven|volg ons|delen|zakelijk|particulier|particulieren',
      // Search, filters, offers, catalogue.
      'zoeken|zoek|zoekresultaten|resultaten|filter|filters|filteren|sorteren|sorteer op|prijs|prijzen|prijslijst|laagste prijs|hoogste prijs|relevantie|populariteit|populair|bestsellers|best verkocht|aanbevolen|nieuw|nieuwe|nieuw binnen|nieuwe collectie|binnenkort|sale|uitverkoop|aanbiedingen|aanbieding|acties|actie|korting|kortingen|kortingscode|outlet|merken|merk|onze merken|categorieën|categorieen|categorie|catalogus|assortiment|producten|product|onze producten|collecties|collectie|afdelingen|op voorraad|niet op voorraad|uitverkocht|beschikbaar|weergave|lijst',
      // Phone, e-mail, address.
      'telefoon|tel|fax|e mail|email|mail|adres|bezoekadres|postadres|straat|postcode|routebeschrijving|route|plattegrond|whatsapp|bel ons|hoofdkantoor',
      // Social networks.
      'facebook|instagram|twitter|linkedin|youtube|pinterest|tiktok|social media',
      // Small words of furniture phrases (furniture() below leaves out those that also join product names).
      'en|of|met|op|in|aan|bij|naar|uit|over|ons|onze|mijn|uw|je|jouw|wij|we',
    ],
    'de het een van voor',
  ),
  buyer: {
    retailer: {
      strong:
        'onze winkels|winkel bij jou in de buurt|vind een winkel|winkelzoeker|bezoek onze winkel|bezoek onze showroom|fysieke winkel|winkels in nederland|winkels in belgië|detailhandel|detaillist|voor particulieren|particuliere klanten',
      normal:
        'in winkelwagen|toevoegen aan winkelwagen|in mijn winkelwagen|nu kopen|gratis verzending|gratis verzonden|gratis bezorging|gratis retour|gratis retourneren|voor 23:00 besteld|vandaag besteld|morgen in huis|morgen bezorgd|afhalen in de winkel|click & collect|cadeaubon|cadeaukaart|webwinkel|webshop|online winkel|achteraf betalen|incl. btw|inclusief btw|prijzen incl|spaarpunten|klantenkaart',
      weak: 'winkelwagen|winkelmand|mijn account|verlanglijst|favorieten|op voorraad|uitverkocht|klantbeoordelingen|maattabel|=sale|klarna',
    },
    wholesaler: {
      strong:
        'groothandel|groothandels|groothandelaar|groothandelsprijzen|alleen voor zakelijke klanten|uitsluitend zakelijke klanten|alleen zakelijk|alleen voor ondernemers|alleen voor bedrijven|minimale bestelling|minimale afname|minimum bestelling|minimaal bestelbedrag|zakelijk account|zakelijke klanten|dealerprijzen|cash and carry|cash & carry|kvk nummer verplicht',
      normal:
        'wederverkoper|wederverkopers|voor wederverkopers|dealer worden|staffelkorting|staffelprijzen|volumekorting|per pallet|palletprijs|excl. btw|exclusief btw|prijzen excl|zakelijk bestellen|dropshipping|=b2b',
      weak: 'per doos|stuks per doos|verpakkingseenheid|adviesprijs|=avp',
    },
    distributor: {
      strong:
        'officiële distributeur|officieel distributeur|exclusieve distributeur|exclusief distributeur|exclusief importeur en distributeur|geautoriseerde dealer|erkende dealer|officiële dealer|officieel dealer|dealernetwerk|dealernet|distributienetwerk|vertegenwoordigde merken|merken die wij vertegenwoordigen|wij vertegenwoordigen|wij distribueren|alleenvertegenwoordiger|exclusief vertegenwoordiger|handelsagent',
      normal:
        'distributeur|distributeurs|distributie|distributiepartner|vertegenwoordiger|vertegenwoordiging|exclusiviteit|rayon|distributiecentrum|logistiek centrum|magazijn|uit voorraad leverbaar|ruime voorraad',
      weak: 'dealer|dealers|verkooppunten',
    },
    importer: {
      strong:
        'importeur|importeurs|wij importeren|directe import|direct import|exclusief importeur|officieel importeur|generaal importeur|douaneafhandeling|inklaring|containers per jaar',
      normal:
        '=import|=importeren|geïmporteerd|import export|import en export|uit china|uit azië|uit het verre oosten|=container|containers|douane|sourcing',
    },
    manufacturer: {
      strong:
        'wij produceren|wij maken|wij fabriceren|eigen productie|eigen fabriek|onze fabriek|eigen fabricage|eigen productiefaciliteit|productiefaciliteit|productielocatie|productielijn|productielijnen|fabrikant van|producent van|toonaangevende fabrikant|direct van de fabrikant|direct uit de fabriek|fabrieksprijzen|=oem|=odm|eigen werkplaats|onze werkplaats|eigen atelier|in eigen huis geproduceerd|loonproductie',
      normal:
        'productie|fabricage|vervaardiging|=fabriek|=cnc|spuitgieten|kwaliteitscontrole|iso 9001|onderzoek en ontwikkeling|r&d|maatwerk|op maat|op maat gemaakt|private label|productiecapaciteit|made in holland|gemaakt in nederland|nederlands fabrikaat',
      weak: '=fabrikant|=producent|werkplaats|handgemaakt|ambachtelijk',
    },
  },
  notTrader: {
    strong:
      'persbureau|nieuwsdienst|advocatenkantoor|advocaten en notarissen|notariskantoor|hoofdredacteur|hoofdredactie|verzekeraar|verzekeringsmaatschappij|verzekeringsadviseur|reisbureau|reisorganisatie|accountantskantoor|administratiekantoor|belastingadviseur|adviesbureau|consultancybureau|uitzendbureau|detacheringsbureau|makelaardij|makelaarskantoor|reclamebureau|marketingbureau|communicatiebureau|internetbureau|webbureau|expediteur|logistiek dienstverlener|rijksoverheid|ministerie van|taleninstituut|rijschool|softwarebedrijf|softwareontwikkeling',
    normal:
      'krant|dagblad|nieuwssite|nieuwsredactie|redactie|journalisten|journalistiek|adverteren|adverteerders|podcast|advocaat|advocaten|juridisch advies|consultancy|stichting|gemeente|provincie|transportbedrijf|verzekering|verzekeringen|autoverzekering|hypotheek|hypotheken|lening|leningen|betaalrekening|spaarrekening|vliegtickets|vakanties|pakketreizen|reizen|cursussen|studenten|hogeschool|universiteit|lid worden|brancheorganisatie|kamer van koophandel|doneren|donatie|vrijwilligers|overheid|=saas|gratis proberen|gratis uitproberen|transport en logistiek|vrachtvervoer|wegtransport|huurwoningen|kandidaten|patiënten|kliniek|tandarts',
  },
  listing:
    'bedrijvengids|bedrijvenlijst|bedrijvenregister|leveranciers|leveranciersoverzicht|exposanten|exposantenlijst|standhouders|bedrijven gevonden|resultaten voor|dealer bij jou in de buurt|dealers in de buurt|dealer zoeken|verkooppunten|waar te koop|ledenlijst|onze leden|=stand|standnummer|=hal|fabrikanten in|bedrijven in|gouden gids|marktplaats|verkopers|winkels in|winkelgids|webgids',
  directory:
    'bedrijvengids|bedrijvenlijst|bedrijvenregister|bedrijf toevoegen|voeg je bedrijf toe|vermelding toevoegen|gratis vermelding|gratis aanmelden|vergelijkbare bedrijven|soortgelijke bedrijven|bedrijven gevonden|is dit uw bedrijf|vermelding claimen|gouden gids|webgids|site aanmelden|website aanmelden|winkelgids|andere bedrijven',
  storeHours: {
    hours: 'openingstijden|openingsuren|winkeltijden|koopavond',
    saturday: 'zaterdag|=za',
  },
  size: {
    branches: 'winkels|vestigingen|filialen|locaties|showrooms|verkooppunten|magazijnen',
    countries: 'landen',
    employees: 'medewerkers|werknemers|mensen|collega',
    founded: 'sinds|opgericht in|opgericht|sinds het jaar',
    brands: 'merken|a merken',
    containers: 'containers',
    area: 'm²|m2|vierkante meter',
  },
};
