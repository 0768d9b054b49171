/**
 * German (Germany, Austria, Switzerland). "Hersteller" alone is weak: every shop's product page names the maker
 * ("Hersteller: Bosch", the GPSR "Herstellerinformationen"); "Vertrieb" alone is a department of every firm.
 */
import { furniture } from './furniture';
import type { Lexicon } from './types';

export const de: Lexicon = {
  lang: 'de',
  nav: furniture(
    [
      // Navigation.
      'startseite|start|home|übersicht|menü|hauptmenü|zurück|weiter|vor|nach oben|seite|seiten|schließen|öffnen|anzeigen|ausblenden|alle anzeigen|alle|mehr|weniger|mehr erfahren|weiterlesen|mehr lesen|entdecken|jetzt entdecken|hier|details|hier klicken|willkommen|hallo|zum inhalt springen|inhalt|navigation|sitemap|info|infos|informationen',
      // Account.
      'konto|mein konto|kundenkonto|anmelden|abmelden|einloggen|ausloggen|login|registrieren|registrierung|neues konto|konto erstellen|passwort|passwort vergessen|benutzername|profil|meine bestellungen|bestellungen|bestellhistorie|bestellstatus|sendungsverfolgung|sendung verfolgen|kundenlogin|händlerlogin|händlerbereich|händlerportal',
      // Cart, checkout, wishlist, compare.
      'warenkorb|einkaufswagen|kasse|zur kasse|merkzettel|wunschliste|merkliste|favoriten|vergleich|vergleichen|produktvergleich|schnellansicht|in den warenkorb|jetzt kaufen|kaufen|menge|anzahl|zwischensumme|summe|gesamtsumme|artikel|leer|bestellen|jetzt bestellen|schnellbestellung',
      // Legal and cookie banners.
      'impressum|datenschutz|datenschutzerklärung|datenschutzhinweise|agb|allgemeine geschäftsbedingungen|geschäftsbedingungen|nutzungsbedingungen|widerruf|widerrufsrecht|widerrufsbelehrung|widerrufsformular|cookie|cookies|cookie einstellungen|cookie richtlinie|rechtliches|rechtliche hinweise|haftungsausschluss|barrierefreiheit|erklärung zur barrierefreiheit|dsgvo|urheberrecht|alle rechte vorbehalten|rechte|vorbehalten|batteriegesetz|verpackungsgesetz|streitschlichtung|os plattform|hinweisgebersystem|verhaltenskodex|akzeptieren|alle akzeptieren|ablehnen|einstellungen|zustimmen|speichern|anbieterkennzeichnung|compliance|lieferkettengesetz|herstellerinformationen|produktsicherheit',
      // Languages and countries of switchers.
      'sprache|sprachen|sprache wählen|land|länder|land wählen|region|international|weltweit|deutsch|englisch|französisch|spanisch|italienisch|niederländisch|polnisch|tschechisch|russisch|türkisch|deutschland|österreich|schweiz|liechtenstein|luxemburg|belgien|niederlande|frankreich|italien|spanien|polen|tschechien|dänemark|schweden|norwegen|europa|vereinigtes königreich|großbritannien|usa|währung',
      // Weekdays and opening hours.
      'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so|werktags|feiertags|feiertage|öffnungszeiten|geöffnet|geschlossen|uhr|heute|täglich|nach vereinbarung|termin|termine|terminvereinbarung|bis',
      // Blog, news, press.
      'blog|news|aktuelles|neuigkeiten|neues|presse|pressemitteilungen|pressebereich|medien|mediathek|veranstaltungen|events|messen|messetermine|webinare|ratgeber|magazin|inspiration|ideen|tipps|kundenstimmen|bewertungen|erfahrungen|galerie|bildergalerie|videos|lookbook|journal',
      // Service and help.
      'service|kundenservice|kundendienst|hilfe|hilfe center|support|häufige fragen|fragen|faq|versand|versandkosten|versandinformationen|lieferung|lieferzeit|lieferzeiten|lieferbedingungen|lieferinformationen|rücksendung|rücksendungen|retoure|retouren|rückgabe|umtausch|garantie|gewährleistung|zahlung|zahlungsarten|zahlungsmöglichkeiten|zahlungsmethoden|zahlungsbedingungen|sichere zahlung|paypal|klarna|sofortüberweisung|rechnung|vorkasse|lastschrift|nachnahme|größentabelle|downloads|download|dokumente|broschüren|prospekte|bedienungsanleitungen|anleitungen|datenblätter|zertifikate|montageanleitungen|beratung|kontaktformular|rückruf|rückrufservice',
      // Company, contact, careers.
      'über uns|unternehmen|das unternehmen|firma|wir über uns|wer wir sind|unsere geschichte|geschichte|historie|philosophie|leitbild|mission|vision|werte|nachhaltigkeit|verantwortung|team|unser team|ansprechpartner|management|geschäftsführung|karriere|jobs|stellenangebote|offene stellen|ausbildung|arbeiten bei uns|partner|investoren|investor relations|standorte|standort|filialen|filiale|filialfinder|händlersuche|händler|fachhändler|händlerfinder|showroom|ausstellung|qualität|zertifizierungen|auszeichnungen|technologie|innovation|forschung|entwicklung|lösungen|branchen|anwendungen|projekte|referenzen|kunden|leistungen|unsere leistungen|leistungsspektrum|warum wir|kontakt|kontaktieren|kontaktieren sie uns|anfahrt|anfrage|angebot anfordern|anfrage senden|newsletter|abonnieren|folgen sie uns|teilen|shop|onlineshop|online shop|webshop|zum shop|fachhandel',
      // Search, filters, offers, catalogue.
      'suche|suchen|suchergebnisse|filter|filtern|sortieren|sortieren nach|sortierung|preis|preise|preisliste|aufsteigend|absteigend|beliebtheit|beliebt|bestseller|topseller|top|empfohlen|empfehlungen|neu|neuheiten|neu eingetroffen|neueste|demnächst|sale|angebote|angebot|aktionen|aktion|sonderangebote|schnäppchen|restposten|outlet|rabatt|rabatte|gutschein|gutscheine|gutscheincode|marken|marke|unsere marken|hersteller|kategorien|kategorie|katalog|kataloge|sortiment|produkte|produkt|unsere produkte|produktübersicht|kollektion|kollektionen|abteilungen|auf lager|lieferbar|verfügbar|nicht verfügbar|ausverkauft|ergebnisse|ansicht|liste',
      // Phone, e-mail, address.
      'telefon|tel|fax|e mail|email|mail|adresse|anschrift|straße|str|plz|postfach|hotline|whatsapp|karte|routenplaner|besuchen sie uns|zentrale|hauptsitz',
      // Social networks.
      'facebook|instagram|twitter|linkedin|xing|youtube|pinterest|tiktok|social media',
      // Small words of furniture phrases (furniture() below leaves out those that also join product names).
      'und|oder|zu|zum|zur|im|in|an|am|auf|bei|mit|aus|über|uns|unser|unsere|mein|meine|ihr|ihre|sie|wir|jetzt',
    ],
    'der die das den dem des ein eine für von vom',
  ),
  buyer: {
    retailer: {
      strong:
        'filialfinder|unsere filialen|filiale in ihrer nähe|filialsuche|marktsuche|unsere märkte|ladengeschäft|in unserem laden|fachgeschäft|einzelhandelsgeschäft|einzelhändler|kaufhaus|besuchen sie unser geschäft|für privatkunden',
      normal:
        'in den warenkorb|jetzt kaufen|sofort kaufen|zur kasse|versandkostenfrei|kostenloser versand|gratis versand|kostenlose lieferung|kostenlose rücksendung|kostenloser rückversand|rückgaberecht|click & collect|click and collect|im markt abholen|abholung im markt|geschenkgutschein|geschenkkarte|onlineshop|online shop|webshop|inkl. mwst|inkl mwst|inklusive mwst|inkl. gesetzl. mwst|zzgl. versandkosten|ratenkauf|treuepunkte|kundenkarte|privatkunden|endkunden',
      weak: 'warenkorb|kasse|mein konto|kundenkonto|merkzettel|wunschliste|auf lager|sofort lieferbar|nicht auf lager|ausverkauft|kundenbewertungen|größentabelle|=sale|=einzelhandel|klarna',
    },
    wholesaler: {
      strong:
        'großhandel|großhändler|großhandelspreise|nur für gewerbe|nur an gewerbe|nur für gewerbliche kunden|ausschließlich an gewerbe|nur für händler|nur für wiederverkäufer|händlerpreise|händlerkonto|fachhändlerkonto|mindestbestellmenge|mindestabnahme|mindestbestellung|cash and carry|cash & carry|abholgroßmarkt|großmarkt|b2b shop|gewerbenachweis|gewerbekunden',
      normal:
        'mindestbestellwert|staffelpreise|staffelpreis|mengenrabatt|palettenware|palettenabnahme|palettenpreise|wiederverkäufer|wiederverkauf|für den fachhandel|händler werden|=gewerbe|gewerbliche kunden|nettopreise|zzgl. mwst|zzgl mwst|exkl. mwst|exkl mwst|preise zzgl|dropshipping|=b2b',
      weak: 'kartoninhalt|verpackungseinheit|stück pro karton|=vpe|=uvp|unverbindliche preisempfehlung',
    },
    distributor: {
      strong:
        'autorisierter distributor|offizieller distributor|exklusiver distributor|exklusivvertrieb|alleinvertrieb|alleinvertretung|generalvertretung|generalvertrieb|offizieller vertriebspartner|autorisierter händler|autorisierter fachhändler|offizieller händler|vertragshändler|händlernetz|händlernetzwerk|vertriebsnetz|vertretene marken|wir vertreiben|wir vertreten|vertrieb von|handelsvertretung|handelsvertreter|werksvertretung|exklusiv in deutschland|exklusiv in österreich|exklusiv in der schweiz',
      normal:
        'distributor|distribution|distributionspartner|vertriebspartner|vertriebsgesellschaft|vertriebsgebiet|lieferprogramm|lagerhaltung|ab lager|lagerware|logistikzentrum|zentrallager|hersteller im programm|herstellerübersicht|markenpartner|systempartner',
      weak: '=vertrieb|händler|fachhändler|vertretung',
    },
    importer: {
      strong:
        'importeur|direktimporteur|generalimporteur|alleinimporteur|wir importieren|direktimport|eigener import|import aus|importiert aus|container pro jahr|container im jahr|verzollung|zollabwicklung|einfuhrabwicklung',
      normal:
        '=import|importe|importiert|import export|import und export|import & export|einfuhr|beschaffung in asien|aus china|aus asien|aus fernost|fernost|containerware|containerladung|=container|einkaufsbüro|sourcing',
    },
    manufacturer: {
      strong:
        'hersteller von|hersteller für|führender hersteller|als hersteller|eigene produktion|eigene fertigung|eigene herstellung|eigenproduktion|eigenfertigung|wir fertigen|wir produzieren|hergestellt in unserem|in unserem werk|unser werk|unsere werke|produktionsstätte|produktionsstandort|fertigungsstätte|unsere fabrik|eigene fabrik|werksverkauf|direkt vom hersteller|produktionslinie|produktionslinien|fertigungslinie|=oem|=odm|lohnfertigung|auftragsfertigung|serienfertigung|herstellerbetrieb',
      normal:
        'fertigung|produktion|herstellung|=fabrik|ab werk|=produzent|fertigungstiefe|maschinenpark|=cnc|spritzguss|lackiererei|qualitätskontrolle|qualitätssicherung|iso 9001|forschung und entwicklung|sonderanfertigung|maßanfertigung|nach maß|individuelle fertigung|kundenspezifisch|private label|produktionskapazität|manufaktur|eigene werkstatt',
      weak: '=hersteller|handgefertigt|handarbeit|made in germany|werkstatt',
    },
  },
  notTrader: {
    strong:
      'nachrichtenagentur|presseagentur|rechtsanwaltskanzlei|anwaltskanzlei|rechtsanwälte|fachanwalt|chefredakteur|chefredaktion|versicherungsgesellschaft|versicherungsmakler|reisebüro|reiseveranstalter|steuerberater|steuerberatung|wirtschaftsprüfer|unternehmensberatung|personalvermittlung|zeitarbeit|personaldienstleister|immobilienmakler|werbeagentur|marketingagentur|digitalagentur|webagentur|internetagentur|speditionsunternehmen|internationale spedition|logistikdienstleister|gemeinnütziger verein|eingetragener verein|stadtverwaltung|gemeindeverwaltung|landratsamt|bundesministerium|ministerium für|sprachschule|fahrschule|softwareunternehmen|softwarehaus',
    normal:
      'zeitung|tageszeitung|nachrichtenportal|aktuelle nachrichten|onlinemagazin|online magazin|redaktion|journalisten|journalismus|mediadaten|anzeigen schalten|podcast|rechtsanwalt|rechtsberatung|anwalt|beratungsleistungen|beratungsunternehmen|consulting|versicherung|kfz versicherung|hausratversicherung|lebensversicherung|baufinanzierung|=kredit|ratenkredit|girokonto|sparkonto|onlinebanking|flüge|pauschalreisen|urlaub buchen|seminare|weiterbildung|studium|studierende|hochschule|universität|=verband|bundesverband|mitglied werden|spenden|ehrenamt|=verein|=gemeinde|behörde|softwarelösungen|softwareentwicklung|=saas|kostenlos testen|kontraktlogistik|logistikdienstleistungen|frachtführer|immobilien|mietwohnungen|bewerber|praxis für|patienten|zahnarzt',
  },
  listing:
    'firmenverzeichnis|branchenbuch|branchenverzeichnis|anbieterverzeichnis|=anbieter|alle anbieter|aussteller|ausstellerverzeichnis|ausstellerliste|firmen gefunden|lieferanten|lieferantenverzeichnis|herstellerverzeichnis|händlerverzeichnis|händler in ihrer nähe|händler finden|händlersuche|bezugsquellen|mitgliederverzeichnis|mitgliederliste|unsere mitglieder|messestand|=halle|standnummer|firmen in|hersteller in|großhändler in|gelbe seiten|shops in|geschäfte in|läden in|shopverzeichnis|webkatalog',
  directory:
    'firmenverzeichnis|branchenverzeichnis|branchenbuch|firmen gefunden|firma eintragen|unternehmen eintragen|eintrag hinzufügen|kostenloser eintrag|kostenlos eintragen|premium eintrag|ähnliche firmen|ähnliche unternehmen|ist das ihr unternehmen|eintrag bearbeiten|gelbe seiten|anbieterverzeichnis|webkatalog|linkverzeichnis|webverzeichnis|seite eintragen|website eintragen|shopverzeichnis|andere firmen|weitere firmen',
  storeHours: {
    hours: 'öffnungszeiten|geschäftszeiten|ladenöffnungszeiten',
    saturday: 'samstag|=sa',
  },
  size: {
    branches:
      'filialen|märkte|standorte|niederlassungen|geschäfte|showrooms|verkaufsstellen|häuser|fachmärkte|lager',
    countries: 'länder|ländern|märkte',
    employees: 'mitarbeiter|mitarbeitende|mitarbeiterinnen|beschäftigte|angestellte|kollegen',
    founded: 'seit|gegründet|gegründet im jahr|gründung|gründungsjahr|im jahr',
    brands: 'marken|hersteller|markenhersteller',
    containers: 'container|seecontainer|containern',
    area: 'm²|m2|qm|quadratmeter|quadratmetern',
  },
};
