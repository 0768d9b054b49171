/**
 * Polish. Cues are word starts, so one stem covers the cases ("hurtow" finds hurtownia, hurtowe, hurtowych);
 * "producent" on a product card names the maker, so the bare word is weak.
 */
import { furniture } from './furniture';
import type { Lexicon } from './types';

export const pl: Lexicon = {
  lang: 'pl',
  nav: furniture(
    [
      // Navigation.
      'strona główna|start|home|wstecz|powrót|wróć|dalej|następna|poprzednia|do góry|strona|strony|zamknij|otwórz|pokaż|ukryj|zobacz|zobacz wszystko|zobacz wszystkie|pokaż wszystkie|wszystkie|wszystko|więcej|mniej|czytaj więcej|dowiedz się więcej|odkryj|tutaj|szczegóły|mapa strony|menu|witamy|witaj|informacje|info|przejdź do treści',
      // Account.
      'konto|moje konto|panel klienta|zaloguj|zaloguj się|logowanie|wyloguj|wyloguj się|zarejestruj|zarejestruj się|rejestracja|załóż konto|hasło|nie pamiętasz hasła|login|profil|moje zamówienia|zamówienia|historia zamówień|status zamówienia|śledzenie przesyłki|strefa klienta|strefa partnera',
      // Cart, checkout, wishlist, compare.
      'koszyk|mój koszyk|przejdź do koszyka|kasa|do kasy|zamów|złóż zamówienie|realizacja zamówienia|lista życzeń|ulubione|schowek|porównaj|porównanie|szybki podgląd|dodaj do koszyka|do koszyka|kup|kup teraz|ilość|suma|razem|produkty w koszyku|pusty',
      // Legal and cookie banners.
      'polityka prywatności|prywatność|ochrona danych|rodo|cookies|cookie|polityka cookies|ustawienia cookies|regulamin|regulamin sklepu|warunki|warunki korzystania|polityka|dostępność|prawa zastrzeżone|wszelkie prawa zastrzeżone|prawa|zastrzeżone|akceptuję|akceptuj|zaakceptuj wszystkie|odrzuć|ustawienia|zapisz|zgoda|nota prawna|odstąpienie od umowy|reklamacje|nip|regon|krs',
      // Languages and countries of switchers.
      'język|języki|wybierz język|kraj|region|międzynarodowy|polski|angielski|niemiecki|english|deutsch|polska|europa|niemcy|czechy|ukraina|waluta|pln|zł',
      // Weekdays and opening hours.
      'poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pon|wt|śr|czw|pt|sob|niedz|godziny otwarcia|godziny pracy|czynne|otwarte|zamknięte|nieczynne|dzisiaj|dziś|święta|pn|od|w godzinach',
      // Blog, news, press.
      'blog|aktualności|nowości|wiadomości|prasa|dla mediów|media|wydarzenia|targi|webinary|artykuły|poradnik|porady|inspiracje|pomysły|opinie|recenzje|referencje|galeria|wideo|filmy|realizacje|nasze realizacje|magazyn',
      // Service and help.
      'obsługa klienta|serwis|pomoc|centrum pomocy|wsparcie|najczęściej zadawane pytania|pytania|faq|dostawa|wysyłka|koszty dostawy|koszty wysyłki|czas dostawy|formy dostawy|zwroty|zwrot|wymiana|reklamacja|gwarancja|płatność|płatności|formy płatności|metody płatności|bezpieczne płatności|przelewy24|blik|payu|paypal|raty|tabela rozmiarów|do pobrania|pliki do pobrania|pobierz|dokumentacja|dokumenty|katalogi|broszury|instrukcje|karty techniczne|certyfikaty|wycena|zapytanie ofertowe|zapytaj o cenę|oddzwonimy',
      // Company, contact, careers.
      'o nas|o firmie|firma|nasza firma|kim jesteśmy|historia|nasza historia|misja|wizja|wartości|zrównoważony rozwój|odpowiedzialność|zespół|nasz zespół|zarząd|kariera|praca|oferty pracy|pracuj z nami|partnerzy|inwestorzy|relacje inwestorskie|oddziały|lokalizacje|salony|sklepy|nasze sklepy|sklep|showroom|salon|gdzie kupić|dystrybutorzy|dealerzy|jakość|certyfikaty|technologia|innowacje|rozwiązania|branże|zastosowania|projekty|klienci|dlaczego my|kontakt|skontaktuj się|formularz kontaktowy|napisz do nas|zadzwoń|newsletter|zapisz się|obserwuj nas|udostępnij|usługi|oferta|dla firm|dla biznesu',
      // Search, filters, offers, catalogue.
      'szukaj|wyszukaj|wyszukiwarka|wyniki|wyniki wyszukiwania|filtr|filtry|filtruj|sortuj|sortuj według|sortowanie|cena|ceny|cennik|od najtańszych|od najdroższych|trafność|popularność|popularne|bestsellery|polecane|polecamy|nowość|nowe|nowa kolekcja|wkrótce|wyprzedaż|promocje|promocja|okazje|rabaty|rabat|kod rabatowy|kupon|outlet|marki|marka|nasze marki|producenci|kategorie|kategoria|katalog|asortyment|produkty|produkt|nasze produkty|kolekcje|kolekcja|działy|dostępny|dostępne|niedostępny|w magazynie|wyprzedane|widok|lista',
      // Phone, e-mail, address.
      'telefon|tel|faks|fax|e mail|email|adres|ul|ulica|kod pocztowy|dojazd|mapa|jak dojechać|siedziba|whatsapp|infolinia',
      // Social networks.
      'facebook|instagram|twitter|linkedin|youtube|pinterest|tiktok|media społecznościowe',
      // Small words of furniture phrases (furniture() below leaves out those that also join product names).
      'i|oraz|lub|albo|w|we|z|ze|na|o|od|po|przez|nasz|nasza|nasze|twój|twoje|moje|mój|nas|my',
    ],
    'dla do',
  ),
  buyer: {
    retailer: {
      strong:
        'nasze sklepy|sklep stacjonarny|sklepy stacjonarne|znajdź sklep|najbliższy sklep|odwiedź nasz sklep|salon sprzedaży|sieć sklepów|sprzedaż detaliczna|detaliczn|dla klientów indywidualnych',
      normal:
        'dodaj do koszyka|kup teraz|darmowa dostawa|darmowa wysyłka|bezpłatna dostawa|darmowy zwrot|darmowe zwroty|odbiór osobisty w sklepie|click & collect|karta podarunkowa|bon podarunkowy|sklep internetowy|sklep online|zakupy online|raty 0%|kup na raty|ceny brutto|zawiera vat|z vat|program lojalnościowy|punkty lojalnościowe',
      weak: 'koszyk|moje konto|lista życzeń|ulubione|schowek|w magazynie|dostępny|niedostępny|opinie klientów|tabela rozmiarów|wyprzedaż',
    },
    wholesaler: {
      strong:
        'hurtownia|hurtowni|hurtowe|hurtowy|hurtowa|hurtowych|hurtem|sprzedaż hurtowa|ceny hurtowe|=hurt|minimalne zamówienie|minimalna ilość|minimalna wartość zamówienia|tylko dla firm|wyłącznie dla firm|sprzedaż tylko dla firm|konto firmowe|konto hurtowe|ceny dla firm|cash and carry|cash & carry',
      normal:
        'dla hurtowni|odsprzedaż|dla sklepów|zostań partnerem|zostań dealerem|rabaty ilościowe|rabat ilościowy|ceny netto|+ vat|na palety|palety|dropshipping|=b2b',
      weak: 'opakowanie zbiorcze|sztuk w kartonie|=netto|=karton|sugerowana cena detaliczna',
    },
    distributor: {
      strong:
        'oficjalny dystrybutor|wyłączny dystrybutor|autoryzowany dystrybutor|generalny dystrybutor|autoryzowany dealer|oficjalny dealer|autoryzowany przedstawiciel|wyłączny przedstawiciel|generalny przedstawiciel|sieć dystrybucji|sieć dystrybucyjna|sieć dealerska|sieć partnerów handlowych|reprezentowane marki|marki które reprezentujemy|dystrybuujemy|reprezentujemy|wyłączność na',
      normal:
        'dystrybutor|dystrybutorzy|dystrybucja|dystrybucji|przedstawiciel|przedstawiciele|przedstawicielstwo|wyłączność|centrum logistyczne|centrum dystrybucyjne|magazyn centralny|własny magazyn',
      weak: 'dealer|dealerzy|partner handlowy',
    },
    importer: {
      strong:
        'importer|importerem|bezpośredni import|import bezpośredni|importujemy|wyłączny importer|oficjalny importer|odprawa celna|kontenerów rocznie|import z',
      normal:
        '=import|importu|importowane|importowany|import eksport|z chin|z azji|z dalekiego wschodu|=kontener|kontenery|kontenerów|cło|agencja celna',
    },
    manufacturer: {
      strong:
        'produkujemy|wytwarzamy|własna produkcja|własnej produkcji|nasza fabryka|nasz zakład|zakład produkcyjny|zakłady produkcyjne|zakładzie produkcyjnym|hala produkcyjna|linia produkcyjna|linie produkcyjne|park maszynowy|producent i dystrybutor|polski producent|jesteśmy producentem|wiodący producent|bezpośrednio od producenta|prosto od producenta|=oem|=odm|produkcja kontraktowa|nasza szwalnia|stolarnia',
      normal:
        'produkcja|produkcji|wytwarzanie|=fabryka|fabryki|obróbka|=cnc|wtrysk|kontrola jakości|iso 9001|badania i rozwój|dział r&d|na zamówienie|na wymiar|personalizacja|private label|moce produkcyjne|wyprodukowano w polsce|made in poland|polski produkt',
      weak: '=producent|producenta|rękodzieło|ręcznie robione|warsztat',
    },
  },
  notTrader: {
    strong:
      'agencja prasowa|agencja informacyjna|kancelaria prawna|kancelaria adwokacka|kancelaria radcy prawnego|redaktor naczelny|towarzystwo ubezpieczeń|broker ubezpieczeniowy|biuro podróży|biuro rachunkowe|doradztwo podatkowe|firma doradcza|agencja pracy|agencja pracy tymczasowej|biuro nieruchomości|agencja nieruchomości|agencja reklamowa|agencja marketingowa|agencja interaktywna|software house|spedycja międzynarodowa|firma spedycyjna|operator logistyczny|urząd miasta|urząd gminy|starostwo|szkoła językowa|szkoła nauki jazdy|ośrodek szkolenia kierowców',
    normal:
      'gazeta|portal informacyjny|serwis informacyjny|redakcja|dziennikarze|dziennikarstwo|reklama w serwisie|podcast|adwokat|radca prawny|porady prawne|fundacja|stowarzyszenie|ministerstwo|kredyt hipoteczny|pożyczki|konto osobiste|lokaty|bilety lotnicze|wycieczki|wczasy|kursy online|szkolenia online|studenci|uczelnia|uniwersytet|izba gospodarcza|członkowie|wpłać darowiznę|darowizny|wolontariusze|gmina|samorząd|=saas|darmowy okres próbny|transport towarów|przewóz towarów|spedycja|nieruchomości|mieszkania na sprzedaż|kandydaci|pacjenci|przychodnia|klinika',
  },
  listing:
    'katalog firm|baza firm|spis firm|lista firm|dostawcy|lista dostawców|wystawcy|lista wystawców|znaleziono firm|wyniki dla|gdzie kupić|punkty sprzedaży|nasi dystrybutorzy|mapa dealerów|członkowie|lista członków|=stoisko|numer stoiska|=hala|producenci w|firmy w|panorama firm|marketplace|sprzedawcy|sklepy w|katalog sklepów|katalog stron',
  directory:
    'katalog firm|baza firm|spis firm|dodaj firmę|dodaj swoją firmę|dodaj wpis|darmowy wpis|podobne firmy|firmy podobne|znaleziono firm|to twoja firma|edytuj wpis|panorama firm|katalog stron|katalog sklepów|dodaj stronę|dodaj sklep|inne firmy',
  storeHours: {
    hours: 'godziny otwarcia|godziny pracy',
    saturday: 'sobota|soboty|=sob|=sb',
  },
  size: {
    branches: 'sklepów|sklepy|oddziałów|oddziały|salonów|salony|punktów sprzedaży|lokalizacji|magazynów',
    countries: 'krajów|krajach|kraje',
    employees: 'pracowników|pracownicy|osób|specjalistów',
    founded: 'od roku|od|założona w|założony w|rok założenia|powstała w|działamy od',
    brands: 'marek|marki',
    containers: 'kontenerów|kontenery',
    area: 'm²|m2|mkw|metrów kwadratowych',
  },
};
