/**
 * Italian. "Produttore" on a product sheet names the maker, so the bare word is weak; a maker writes
 * "produciamo", "il nostro stabilimento", "produzione propria". "Spedizione" is shipping, never logistics.
 */
import { furniture } from './furniture';
import type { Lexicon } from './types';

export const it: Lexicon = {
  lang: 'it',
  nav: furniture(
    [
      // Navigation.
      'home|home page|pagina iniziale|torna|indietro|torna alla home|successivo|precedente|torna su|pagina|pagine|chiudi|apri|mostra|nascondi|vedi|vedi tutto|vedi tutti|mostra tutto|tutti|tutte|tutto|altro|di più|scopri di più|scopri|leggi di più|leggi tutto|esplora|qui|dettagli|mappa del sito|mappa|menu|benvenuto|benvenuti|ciao|informazioni|info|vai al contenuto',
      // Account.
      'account|il mio account|area clienti|area riservata|accedi|accesso|login|esci|logout|registrati|registrazione|crea account|nome utente|password|password dimenticata|profilo|i miei ordini|ordini|storico ordini|traccia ordine|stato ordine|area rivenditori|area professionisti',
      // Cart, checkout, wishlist, compare.
      'carrello|il mio carrello|vai al carrello|cassa|vai alla cassa|checkout|procedi all acquisto|concludi ordine|lista desideri|lista dei desideri|preferiti|wishlist|confronta|confronto|anteprima|aggiungi al carrello|acquista|acquista ora|compra|quantità|subtotale|totale|articoli|articolo|vuoto',
      // Legal and cookie banners.
      'note legali|informativa|informativa privacy|privacy|privacy policy|cookie policy|cookie|cookies|gestione cookie|preferenze cookie|termini|termini e condizioni|condizioni|condizioni di vendita|condizioni generali|condizioni d uso|politica|accessibilità|diritti riservati|tutti i diritti riservati|diritti|riservati|accetta|accetta tutti|rifiuta|rifiuta tutti|personalizza|impostazioni|salva|p iva|partita iva|codice fiscale|c f|rea|capitale sociale|gdpr|legale|whistleblowing',
      // Languages and countries of switchers.
      'lingua|lingue|seleziona lingua|paese|paesi|regione|internazionale|italiano|inglese|english|deutsch|français|español|italia|svizzera|san marino|europa|germania|francia|spagna|regno unito|valuta',
      // Weekdays and opening hours.
      'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|lun|mar|mer|gio|ven|sab|dom|orari|orario|orari di apertura|aperto|chiuso|oggi|festivi|su appuntamento|appuntamento',
      // Blog, news, press.
      'blog|news|notizie|novità|ultime notizie|stampa|comunicati stampa|area stampa|rassegna stampa|media|eventi|fiere|webinar|articoli|consigli|idee|ispirazione|guide|tutorial|testimonianze|recensioni|opinioni|galleria|gallery|video|realizzazioni|progetti realizzati|magazine|rivista',
      // Service and help.
      'servizio|servizi|servizio clienti|assistenza|assistenza clienti|aiuto|centro assistenza|supporto|domande frequenti|faq|domande|spedizione|spedizioni|costi di spedizione|spedizione gratuita|modalità di spedizione|consegna|consegne|tempi di consegna|resi|reso|restituzioni|rimborsi|cambio|garanzia|pagamento|pagamenti|metodi di pagamento|modalità di pagamento|pagamento sicuro|paypal|contrassegno|bonifico|guida alle taglie|download|scarica|documentazione|documenti|cataloghi|brochure|manuali|schede tecniche|certificazioni|certificati|preventivo|richiedi preventivo|richiesta preventivo|richiedi informazioni',
      // Company, contact, careers.
      'chi siamo|azienda|l azienda|la nostra azienda|società|la nostra storia|storia|mission|vision|valori|sostenibilità|responsabilità sociale|team|il nostro team|staff|lavora con noi|carriere|posizioni aperte|offerte di lavoro|partner|investitori|investor relations|sedi|sede|filiali|negozi|i nostri negozi|negozio|punti vendita|trova negozio|store locator|showroom|rivenditori|trova rivenditore|dove acquistare|distributori|qualità|tecnologia|innovazione|ricerca|soluzioni|settori|applicazioni|progetti|referenze|clienti|perché sceglierci|contatti|contattaci|contatto|modulo di contatto|scrivici|chiamaci|newsletter|iscriviti|seguici|condividi|professionisti|privati',
      // Search, filters, offers, catalogue.
      'cerca|ricerca|risultati|filtro|filtri|filtra|ordina|ordina per|prezzo|prezzi|listino|listino prezzi|prezzo crescente|prezzo decrescente|rilevanza|popolarità|popolari|più venduti|in evidenza|consigliati|nuovo|nuovi|nuovi arrivi|nuova collezione|prossimamente|saldi|offerte|offerta|promozioni|promo|sconti|sconto|outlet|coupon|codice sconto|buono sconto|marchi|marca|brand|i nostri marchi|categorie|categoria|catalogo|prodotti|prodotto|i nostri prodotti|gamma|collezioni|collezione|reparti|disponibile|disponibilità|esaurito|non disponibile|visualizza|elenco|griglia',
      // Phone, e-mail, address.
      'telefono|tel|fax|email|e mail|posta|pec|indirizzo|via|viale|piazza|cap|come raggiungerci|dove siamo|mappa|whatsapp|sede legale|sede operativa',
      // Social networks.
      'facebook|instagram|twitter|linkedin|youtube|pinterest|tiktok|social',
      // Small words of furniture phrases (furniture() below leaves out those that also join product names).
      'e|ed|o|a|al|alla|in|con|su|nostro|nostra|nostri|tuo|tua|mio|noi',
    ],
    'il lo la i gli le l un una di del della dei delle da dal per',
  ),
  buyer: {
    retailer: {
      strong:
        'i nostri negozi|trova il negozio|negozio più vicino|punto vendita più vicino|visita il nostro negozio|il nostro negozio|vendita al dettaglio|al dettaglio|vendita ai privati|per privati|commercio al dettaglio|dettagliante',
      normal:
        'aggiungi al carrello|acquista ora|compra ora|spedizione gratuita|spedizione gratis|consegna gratuita|reso gratuito|resi gratuiti|ritiro in negozio|click & collect|click and collect|carta regalo|buono regalo|gift card|negozio online|shop online|e commerce|vendita online|pagamento in 3 rate|iva inclusa|prezzi iva inclusa|raccolta punti|carta fedeltà',
      weak: 'carrello|il mio account|lista desideri|preferiti|disponibile|esaurito|recensioni clienti|guida alle taglie|saldi|=privati',
    },
    wholesaler: {
      strong:
        'ingrosso|all ingrosso|vendita all ingrosso|grossista|grossisti|prezzi all ingrosso|commercio all ingrosso|ordine minimo|quantità minima|minimo d ordine|acquisto minimo|solo per professionisti|riservato ai professionisti|vendita riservata|solo partita iva|solo a partita iva|account rivenditore|area rivenditori|prezzi rivenditori|cash and carry|cash & carry',
      normal:
        'rivenditore|rivenditori|diventa rivenditore|per rivenditori|rivendita|sconti quantità|sconto quantità|prezzi scalari|a bancale|bancali|iva esclusa|prezzi iva esclusa|+ iva|=b2b|dropshipping',
      weak: 'confezione da|pezzi per cartone|cartone da|=imballo|prezzo consigliato',
    },
    distributor: {
      strong:
        'distributore ufficiale|distributore esclusivo|distributore autorizzato|distributori esclusivi|distributore per l italia|importatore e distributore|rivenditore autorizzato|rivenditore ufficiale|concessionario ufficiale|concessionario|agente esclusivo|rappresentanza esclusiva|rete di rivenditori|rete di vendita|rete vendita|rete distributiva|rete di distribuzione|marchi rappresentati|marchi distribuiti|distribuiamo|rappresentiamo|distribuzione esclusiva|esclusivista',
      normal:
        'distributore|distributori|distribuzione|partner distributore|territorio|esclusiva|centro logistico|polo logistico|magazzino|magazzini|pronta consegna|agente|agenti|rappresentanze|agenzia di rappresentanza',
      weak: 'agente di zona|partner',
    },
    importer: {
      strong:
        'importiamo|importatore|importatori|importazione diretta|import diretto|importatore esclusivo|importatore ufficiale|sdoganamento|container all anno|container l anno|operazioni doganali',
      normal:
        '=importazione|importazioni|importati|importato|import export|=import|dalla cina|dall asia|=container|dogana|doganale|sourcing',
    },
    manufacturer: {
      strong:
        'produciamo|realizziamo|progettiamo e produciamo|progettazione e produzione|progetta e produce|produzione propria|produzione interna|nostro stabilimento|nostri stabilimenti|il nostro stabilimento|stabilimento produttivo|sito produttivo|impianto produttivo|linea di produzione|linee di produzione|la nostra fabbrica|fabbrica|produttore di|produttori di|azienda produttrice|direttamente dalla fabbrica|prezzi di fabbrica|=oem|=odm|contoterzista|conto terzi|lavorazione conto terzi|nostro laboratorio|laboratorio artigianale',
      normal:
        'produzione|fabbricazione|lavorazione|lavorazioni|stabilimento|=cnc|stampaggio|controllo qualità|iso 9001|ricerca e sviluppo|ufficio tecnico|su misura|personalizzazione|private label|capacità produttiva|made in italy|prodotto in italia|fatto in italia|manifattura',
      weak: '=produttore|laboratorio|artigianale|fatto a mano',
    },
  },
  notTrader: {
    strong:
      'agenzia di stampa|studio legale|studio di avvocati|avvocati associati|direttore responsabile|caporedattore|compagnia assicurativa|compagnia di assicurazioni|broker assicurativo|agenzia di viaggi|tour operator|studio commercialista|studio commercialisti|dottore commercialista|società di consulenza|agenzia per il lavoro|agenzia interinale|agenzia immobiliare|agenzia di comunicazione|agenzia pubblicitaria|web agency|spedizioniere|casa di spedizioni|operatore logistico|associazione no profit|associazione senza scopo di lucro|onlus|scuola di lingue|autoscuola|software house',
    normal:
      'quotidiano|giornale|testata|testata giornalistica|redazione|giornalisti|giornalismo|inserzionisti|podcast|avvocato|avvocati|consulenza legale|commercialista|comune di|ministero|assicurazioni|assicurazione auto|polizza|mutui|prestiti|conto corrente|voli|viaggi|pacchetti vacanza|escursioni|corsi online|iscrizioni|studenti|università|federazione|camera di commercio|donazioni|dona ora|volontari|pubblica amministrazione|=saas|prova gratuita|trasporto merci|autotrasporti|logistica integrata|immobili|affitti|candidati|pazienti|studio medico|clinica',
  },
  listing:
    'elenco aziende|elenco delle aziende|guida aziende|annuario|fornitori|elenco fornitori|espositori|elenco espositori|aziende trovate|risultati per|rivenditori vicino a te|dove acquistare|punti vendita|i nostri rivenditori|soci|elenco soci|associati|=stand|numero stand|padiglione|produttori in|aziende in|pagine gialle|marketplace|venditori|negozi a|negozi in|elenco negozi|directory web',
  directory:
    'elenco aziende|guida aziende|annuario|inserisci la tua azienda|aggiungi la tua azienda|registra la tua azienda|inserimento gratuito|aziende simili|aziende correlate|aziende trovate|è la tua azienda|rivendica questa scheda|modifica scheda|pagine gialle|directory web|elenco siti|aggiungi sito|segnala sito|elenco negozi|altre aziende',
  storeHours: {
    hours: 'orari|orario|orari di apertura|orario di apertura',
    saturday: 'sabato|=sab',
  },
  size: {
    branches: 'negozi|punti vendita|filiali|sedi|showroom|magazzini|stabilimenti',
    countries: 'paesi|nazioni',
    employees: 'dipendenti|collaboratori|addetti|persone',
    founded: 'dal|fondata nel|fondato nel|nata nel|dal lontano|dall anno',
    brands: 'marchi|brand',
    containers: 'container|containers',
    area: 'm²|m2|mq|metri quadrati',
  },
};
