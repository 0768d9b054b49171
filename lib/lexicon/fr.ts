/**
 * French (France, Belgium, Switzerland, Canada). "Fabricant" on a product sheet names the maker, so the bare word
 * is weak; a maker writes "nous fabriquons", "notre usine", "fabrication française".
 */
import { furniture } from './furniture';
import type { Lexicon } from './types';

export const fr: Lexicon = {
  lang: 'fr',
  nav: furniture(
    [
      // Navigation.
      "accueil|page d'accueil|retour|retour à l'accueil|suivant|précédent|haut de page|page|pages|fermer|ouvrir|afficher|masquer|voir|voir tout|voir tous|voir plus|tout voir|tous|toutes|tout|plus|moins|en savoir plus|lire la suite|découvrir|explorer|ici|détails|aperçu|plan du site|menu|bienvenue|bonjour|infos|informations|aller au contenu",
      // Account.
      "compte|mon compte|espace client|se connecter|connexion|déconnexion|se déconnecter|s'inscrire|inscription|créer un compte|identifiant|mot de passe|mot de passe oublié|profil|mes commandes|commandes|historique des commandes|suivi de commande|suivre ma commande|espace pro|espace revendeur",
      // Cart, checkout, wishlist, compare.
      'panier|mon panier|voir le panier|caisse|commander|passer commande|valider la commande|paiement sécurisé|liste de souhaits|liste d envies|favoris|mes favoris|comparer|comparateur|aperçu rapide|ajouter au panier|acheter|acheter maintenant|quantité|sous total|total|articles|article|vide',
      // Legal and cookie banners.
      'mentions légales|mentions|légales|politique de confidentialité|confidentialité|protection des données|données personnelles|rgpd|cookies|cookie|gestion des cookies|paramètres des cookies|cgv|cgu|conditions générales|conditions générales de vente|conditions d utilisation|conditions|politique|accessibilité|droits réservés|tous droits réservés|droits|réservés|accepter|tout accepter|refuser|tout refuser|continuer sans accepter|personnaliser|paramètres|enregistrer|médiation|plan',
      // Languages and countries of switchers.
      'langue|langues|choisir la langue|pays|région|international|monde|français|anglais|allemand|espagnol|italien|néerlandais|english|deutsch|español|italiano|france|belgique|suisse|luxembourg|canada|québec|monaco|europe|royaume uni|allemagne|espagne|italie|pays bas|devise',
      // Weekdays and opening hours.
      'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim|horaires|horaires d ouverture|ouvert|fermé|ouverture|aujourd hui|au|h|jours fériés|sur rendez vous|rendez vous',
      // Blog, news, press.
      'blog|actualités|actualité|actus|news|nouvelles|presse|communiqués de presse|espace presse|médias|événements|salons|webinaires|articles|conseils|idées|inspiration|guides|tutoriels|témoignages|avis|avis clients|galerie|vidéos|réalisations|références|magazine|le mag|journal',
      // Service and help.
      'service|services|service client|service clients|aide|centre d aide|assistance|support|faq|questions fréquentes|foire aux questions|questions|livraison|livraisons|frais de livraison|modes de livraison|expédition|retours|retour produit|remboursement|échange|garantie|garanties|paiement|modes de paiement|moyens de paiement|paiement en plusieurs fois|paypal|carte bancaire|virement|guide des tailles|téléchargements|télécharger|documentation|documents|brochures|notices|fiches techniques|certificats|sav|rappel|être rappelé|devis|demande de devis|demander un devis',
      // Company, contact, careers.
      'à propos|qui sommes nous|notre société|société|entreprise|l entreprise|notre entreprise|notre histoire|histoire|historique|mission|valeurs|nos valeurs|engagements|nos engagements|développement durable|rse|équipe|notre équipe|direction|carrières|carrière|recrutement|emplois|offres d emploi|nous rejoindre|rejoignez nous|partenaires|investisseurs|implantations|agences|magasins|nos magasins|trouver un magasin|boutique|boutiques|showroom|revendeurs|trouver un revendeur|où acheter|distributeurs|qualité|certifications|technologie|innovation|recherche|solutions|secteurs|applications|projets|clients|savoir faire|pourquoi nous|contact|contactez nous|nous contacter|formulaire de contact|demande|newsletter|s abonner|inscrivez vous|se désinscrire|suivez nous|partager|professionnels|particuliers',
      // Search, filters, offers, catalogue.
      'recherche|rechercher|résultats|filtre|filtres|filtrer|trier|trier par|tri|prix|tarifs|prix croissant|prix décroissant|pertinence|popularité|populaire|meilleures ventes|top ventes|recommandés|nouveau|nouveautés|nouveauté|nouvelle collection|bientôt|soldes|promotions|promo|promos|offres|bons plans|déstockage|outlet|réductions|remise|code promo|bon de réduction|marques|marque|nos marques|catégories|catégorie|catalogue|catalogues|produits|produit|nos produits|gamme|gammes|nos gammes|collections|collection|rayons|en stock|rupture de stock|disponible|indisponible|affichage|liste|grille',
      // Phone, e-mail, address.
      'téléphone|tél|tel|fax|email|e mail|courriel|adresse|notre adresse|rue|avenue|cedex|code postal|bp|plan d accès|accès|nous trouver|venir|whatsapp|siège|siège social|appelez nous|numéro',
      // Social networks.
      'facebook|instagram|twitter|linkedin|youtube|pinterest|tiktok|réseaux sociaux',
      // Small words of furniture phrases (furniture() below leaves out those that also join product names).
      'et|ou|à|au|aux|en|sur|avec|notre|nos|votre|vos|mon|ma|mes|nous|vous|sans',
    ],
    'le la les l un une de des d du pour par',
  ),
  buyer: {
    retailer: {
      strong:
        'nos magasins|trouver un magasin|trouvez votre magasin|magasin le plus proche|notre boutique|notre magasin|venez nous rendre visite|boutique physique|commerce de détail|détaillant|vente aux particuliers|pour les particuliers',
      normal:
        'ajouter au panier|acheter maintenant|commander en ligne|livraison gratuite|livraison offerte|frais de port offerts|retours gratuits|retour gratuit|click & collect|click and collect|retrait en magasin|carte cadeau|chèque cadeau|boutique en ligne|e boutique|vente en ligne|paiement en 3 fois|paiement en 4 fois|prix ttc|=ttc|points fidélité|carte de fidélité|programme de fidélité|particuliers',
      weak: 'panier|mon compte|liste de souhaits|favoris|en stock|rupture de stock|avis clients|guide des tailles|soldes',
    },
    wholesaler: {
      strong:
        'grossiste|vente en gros|=en gros|prix de gros|commerce de gros|réservé aux professionnels|réservée aux professionnels|uniquement aux professionnels|exclusivement aux professionnels|minimum de commande|commande minimum|minimum d achat|quantité minimum|quantité minimale|compte professionnel|tarifs professionnels|prix revendeurs|cash and carry|cash & carry',
      normal:
        'revendeur|revendeurs|devenir revendeur|espace revendeur|espace pro|professionnels|vente aux professionnels|remise sur volume|remise quantitative|prix dégressifs|tarifs dégressifs|par palette|palettes|prix ht|=ht|hors taxes|kbis|numéro de tva|dropshipping|=b2b',
      weak: 'colisage|par carton|carton de|conditionnement|=pcb|prix de vente conseillé',
    },
    distributor: {
      strong:
        'distributeur officiel|distributeur exclusif|distributeur agréé|distributeur agree|importateur distributeur|distributeur pour la france|revendeur agréé|revendeur officiel|concessionnaire|concessionnaire officiel|agent exclusif|agent officiel|représentant exclusif|réseau de revendeurs|réseau de distribution|réseau de distributeurs|marques représentées|marques distribuées|nous distribuons|nous représentons|distribution exclusive',
      normal:
        'distributeur|distributeurs|distribution|partenaire distributeur|exclusivité|territoire|plateforme logistique|centre logistique|entrepôt|stock permanent|représentant|agent commercial',
      weak: 'revendeur agréé|partenaires',
    },
    importer: {
      strong:
        'nous importons|importateur|importateurs|importation directe|import direct|importateur exclusif|importateur officiel|dédouanement|conteneurs par an|en direct de',
      normal:
        '=import|importation|importations|importé|importés|import export|import-export|sourcing|de chine|d asie|=conteneur|conteneurs|douane',
    },
    manufacturer: {
      strong:
        'nous fabriquons|nous produisons|nous concevons et fabriquons|conçu et fabriqué|conçus et fabriqués|fabriqué dans nos|fabriqués dans nos|notre usine|nos usines|notre site de production|site de production|unité de production|outil de production|ligne de production|lignes de production|fabricant de|fabricant français|fabrication française|fabrication artisanale|notre atelier|nos ateliers|propre fabrication|directement de l usine|direct usine|=oem|=odm|sous traitance|façonnier|constructeur',
      normal:
        'fabrication|production|=usine|usinage|=cnc|injection plastique|contrôle qualité|iso 9001|recherche et développement|bureau d études|sur mesure|fabrication sur mesure|personnalisation|marque blanche|capacité de production|fabriqué en france|made in france|manufacture',
      weak: '=fabricant|atelier|fait main|artisanal',
    },
  },
  notTrader: {
    strong:
      'agence de presse|cabinet d avocats|avocats au barreau|avocat au barreau|rédacteur en chef|compagnie d assurance|courtier en assurance|agence de voyages|tour opérateur|cabinet comptable|expert comptable|expertise comptable|cabinet de conseil|agence de recrutement|agence d intérim|agence immobilière|agence de communication|agence web|agence marketing|transitaire|commissionnaire de transport|prestataire logistique|association loi 1901|mairie de|conseil départemental|conseil régional|ministère|préfecture|auto école|école de langues|éditeur de logiciels',
    normal:
      'rédaction|quotidien|presse en ligne|actualité en continu|journalistes|journaliste|annonceurs|podcast|avocat|avocats|conseil juridique|conseil en gestion|consulting|assurance|assurances|mutuelle|crédit immobilier|banque en ligne|compte courant|vols|séjours|voyages|circuits|formation professionnelle|étudiants|université|adhérents|adhérer|fédération|chambre de commerce|faire un don|bénévoles|collectivité|logiciel|=saas|essai gratuit|transport de marchandises|=fret|immobilier|candidats|patients|cabinet médical|clinique',
  },
  listing:
    'annuaire|annuaire des entreprises|annuaire professionnel|fournisseurs|liste des fournisseurs|exposants|exposant|liste des exposants|entreprises trouvées|résultats pour|revendeurs près de chez vous|trouver un revendeur|où acheter|points de vente|nos revendeurs|membres|nos adhérents|liste des membres|=stand|numéro de stand|=hall|fabricants en|entreprises en|pages jaunes|place de marché|vendeurs|boutiques à|magasins à|annuaire de boutiques|annuaire de sites',
  directory:
    'annuaire|annuaire des entreprises|annuaire professionnel|ajouter votre entreprise|ajoutez votre entreprise|inscrire mon entreprise|référencer votre entreprise|référencement gratuit|entreprises similaires|sociétés similaires|entreprises trouvées|c est votre entreprise|revendiquer cette fiche|modifier cette fiche|pages jaunes|annuaire de sites|annuaire web|ajouter un site|proposer un site|annuaire de boutiques|autres entreprises',
  storeHours: {
    hours: "horaires|horaires d'ouverture|heures d'ouverture",
    saturday: 'samedi|=sam',
  },
  size: {
    branches: 'magasins|points de vente|boutiques|agences|succursales|sites|showrooms|dépôts|entrepôts',
    countries: 'pays',
    employees: 'salariés|collaborateurs|employés|personnes|collaboratrices',
    founded: 'depuis|fondée en|fondé en|créée en|créé en|depuis plus de',
    brands: 'marques',
    containers: 'conteneurs|containers',
    area: 'm²|m2|mètres carrés',
  },
};
