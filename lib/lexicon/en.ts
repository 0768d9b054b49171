/**
 * English: the shared fallback read on every page beside the page's own language, so its cues avoid words that
 * other languages borrow loosely ("import" is whole-word only; "manufacturer" never finds "manufacturers", the
 * other companies a dealer names).
 */
import { furniture } from './furniture';
import type { Lexicon } from './types';

export const en: Lexicon = {
  lang: 'en',
  nav: furniture(
    [
      // Navigation and generic links.
      'home|homepage|start|menu|main menu|back|back to top|next|previous|prev|page|pages|skip to content|close|open|show|hide|view|view all|see all|shop all|all|more|less|read more|learn more|discover|explore|go|here|click|details|overview|index|sitemap|site map|top|info|information|welcome|hello|guest|toggle|navigation',
      // Account.
      'account|my account|sign in|sign up|sign out|log in|login|log out|logout|register|registration|create account|forgot password|password|username|profile|dashboard|orders|my orders|order history|order status|track order|track your order|order tracking|returns portal',
      // Cart, checkout, wishlist, compare.
      'cart|shopping cart|basket|view cart|checkout|wishlist|wish list|favourites|favorites|compare|comparison|saved items|quick view|add to cart|add to basket|add to wishlist|buy now|quantity|qty|subtotal|total|items|item|empty',
      // Legal.
      'imprint|impressum|legal|legal notice|privacy|privacy policy|privacy notice|data protection|gdpr|cookie policy|cookie settings|preferences|terms|terms of use|terms of service|terms and conditions|conditions|conditions of use|conditions of sale|terms of sale|policy|policies|disclaimer|accessibility|copyright|all rights reserved|rights|reserved|modern slavery statement|compliance|whistleblowing|anti bribery|code of conduct|accept|reject|decline|manage|settings|ok',
      // Language switchers and regions.
      'language|languages|select language|choose your language|country|region|select country|international|global|worldwide|english|deutsch|français|español|italiano|português|nederlands|polski|čeština|русский|українська|türkçe|svenska|dansk|norsk|suomi|magyar|română|ελληνικά|日本語|한국어|中文|简体中文|繁體中文|العربية|united kingdom|uk|usa|united states|america|europe|asia|germany|france|spain|italy|portugal|netherlands|belgium|austria|switzerland|poland|sweden|denmark|norway|finland|ireland|australia|canada|russia|ukraine|czech republic|japan|korea|uae|eur|usd|gbp|currency',
      // Weekdays and opening hours.
      'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|weekdays|weekends|opening hours|opening times|business hours|hours|closed|today|daily|am|pm|appointment|by appointment',
      // Blog, news and press.
      'blog|blogs|news|newsroom|latest news|press|press releases|press room|media|media centre|media center|events|webinars|articles|stories|inspiration|ideas|guides|tips|how to|insights|case studies|testimonials|reviews|customer reviews|gallery|lookbook|faq|faqs|videos',
      // Service and help.
      'service|services|customer service|help|help centre|help center|support|questions|frequently asked questions|delivery|delivery information|shipping|shipping information|returns|returns policy|refunds|exchanges|warranty|guarantee|payment|payment methods|payments|secure payment|paypal|klarna|visa|mastercard|amex|size guide|downloads|download|documents|brochures|manuals|datasheets|certificates|resources|installation guides|feedback|complaints',
      // Company, contact, careers.
      'about|about us|company|our company|who we are|our story|history|our history|mission|vision|values|sustainability|responsibility|csr|team|our team|management|leadership|careers|career|jobs|vacancies|work with us|join us|join our team|partners|partner|investors|investor relations|locations|showroom|showrooms|store|stores|shop|shops|store finder|find a store|store locator|our stores|branches|dealers|dealer locator|where to buy|distributors|quality|certifications|awards|technology|innovation|research|solutions|industries|applications|projects|references|clients|customers|why us|why choose us|how it works|contact|contact us|get in touch|enquiry|enquiries|inquiry|request a quote|get a quote|quote|request|callback|newsletter|subscribe|unsubscribe|follow us|share|trade|trade account',
      // Search, filters, sorting, offers, catalogue.
      'search|search results|filter|sort|sort by|price|prices|price list|low to high|high to low|relevance|popularity|popular|best|bestsellers|best sellers|trending|featured|recommended|new|new in|new arrivals|latest|just in|coming soon|sale|sales|offers|special offers|deals|clearance|outlet|discount|discounts|promotions|promo|voucher|vouchers|coupon|coupons|brands|brand|our brands|shop by brand|categories|category|catalogue|catalog|products|product|our products|collections|collection|departments|department|shop by|in stock|out of stock|available|results|showing|grid|list',
      // Phone, e-mail, address.
      'telephone|tel|call|call us|email|e mail|mail|address|our address|postcode|zip|street|fax|hotline|freephone|whatsapp|map|directions|find us|visit us|headquarters',
      // Social networks.
      'facebook|instagram|twitter|linkedin|youtube|pinterest|tiktok|vimeo|xing|telegram|wechat|weibo|snapchat|social',
      // Small words of furniture phrases (furniture() below leaves out those that also join product names).
      'and|or|to|in|on|at|by|our|your|my|us|we|you|me|it|is|are|with',
    ],
    'the of for a',
  ),
  buyer: {
    retailer: {
      strong:
        'store locator|find a store|find your nearest store|find your local store|our stores|visit our store|visit our shop|visit our showroom|independent retailer|family run shop|family-run shop|high street store|department store|retail store|retail stores|our retail shop|shop online or in store|for private customers',
      normal:
        'add to cart|add to basket|add to bag|add to trolley|buy now|proceed to checkout|shopping cart|shopping basket|free shipping|free delivery|free uk delivery|free standard delivery|free returns|easy returns|30 day returns|click & collect|click and collect|gift card|gift cards|gift voucher|e gift card|online store|online shop|webshop|e shop|pay in 3|buy now pay later|afterpay|clearpay|inc vat|incl vat|including vat|prices include vat|next day delivery|private customers|loyalty points|reward points',
      weak: 'cart|basket|checkout|my account|wishlist|wish list|in stock|out of stock|only a few left|sold out|customer reviews|size guide|shop now|quick view|=sale|=retail|=retailer|klarna',
    },
    wholesaler: {
      strong:
        'wholesale|wholesale prices|trade only|trade customers only|minimum order|minimum order quantity|minimum order value|=moq|trade account|trade accounts|trade price|trade prices|cash and carry|cash & carry|b2b only|for resellers only|business customers only|for the trade|bulk orders|bulk pricing|sold by the case|pallet quantities|apply for a trade account',
      normal:
        'bulk|=b2b|trade counter|trade login|trade pricing|reseller|resellers|retailers welcome|for retailers|become a stockist|stockist enquiries|open an account|volume discount|quantity discount|quantity discounts|tiered pricing|price per case|pallet|pallets|ex vat|excl vat|excluding vat|prices exclude vat|net prices|vat registered|business customers|dropshipping|drop shipping|resale',
      weak: 'cartons|=ctn|units per carton|pack size|case pack|inner pack|=rrp|recommended retail price',
    },
    distributor: {
      strong:
        'authorized distributor|authorised distributor|official distributor|exclusive distributor|sole distributor|master distributor|national distributor|authorized dealer|authorised dealer|official dealer|sole agent|exclusive agent|exclusive agency|brands we represent|lines we represent|manufacturers we represent|represented brands|brands we distribute|we distribute|distributor for|distributor of|dealer network|distribution network|sales agent for|manufacturers representative|manufacturer s representative|franchised distributor',
      normal:
        'distributor|distributors|distribution|distribution partner|channel partner|value added reseller|territory|territories|exclusive rights|exclusivity|our principals|principals|line card|linecard|logistics center|logistics centre|distribution centre|distribution center|warehouse|stocking distributor|from stock|stockholding|technical sales|authorized partner|authorised partner|sub distributor',
      weak: 'dealer|dealers|agent|agents|stockist',
    },
    importer: {
      strong:
        'we import|direct importer|direct import|importer|importers|sole importer|exclusive importer|official importer|import licence|import license|customs clearance|containers per year|containers a year|we source directly|sourced directly from|imported directly|importing since',
      normal:
        '=import|=imports|imported|import export|import and export|import & export|sourcing|sourcing office|from china|from asia|from the far east|from overseas|container load|container loads|full container|=fcl|=lcl|40ft container|20ft container|landed cost|duty paid|=ddp',
    },
    manufacturer: {
      strong:
        '=manufacturer|we manufacture|we produce|designed and manufactured|design and manufacture|designs and manufactures|manufactured in our|our factory|own factory|our plant|our production facility|production facility|manufacturing facility|factory direct|direct from the factory|in house production|in house manufacturing|own production|production line|production lines|=oem|=odm|made in our|our workshop|own workshop|our manufacturing|leading manufacturer|manufacturer of|manufacturer and supplier|manufacturer and exporter|manufacturer and distributor',
      normal:
        'manufacturing|factory|production|=produce|fabrication|machining|=cnc|injection moulding|injection molding|assembly line|quality control|iso 9001|r&d|research and development|custom made|made to order|made to measure|bespoke|customization|customisation|private label|white label|tooling|production capacity|monthly capacity|annual output|annual capacity|our engineers',
      weak: 'workshop|handmade|handcrafted|=made in|engineered',
    },
  },
  notTrader: {
    strong:
      'news agency|law firm|attorneys at law|solicitors|barristers|editor in chief|editor-in-chief|editorial team|editorial office|insurance company|insurance broker|travel agency|tour operator|accounting firm|chartered accountants|tax advisors|management consultancy|consulting firm|recruitment agency|staffing agency|real estate agency|estate agents|letting agents|marketing agency|digital agency|advertising agency|web design agency|freight forwarder|freight forwarding|logistics provider|registered charity|non profit organisation|non profit organization|city council|county council|ministry of|government of|public authority|language school|driving school|software company|saas platform',
    normal:
      'newspaper|news portal|online magazine|breaking news|editorial|journalists|journalism|advertise with us|media kit|readership|reporters|podcast|episodes|attorney|lawyers|legal advice|law office|consulting services|consultancy|advisory services|accountancy|tax advice|insurance policies|insurance cover|insurance quote|car insurance|home insurance|life insurance|mortgage|mortgages|personal loans|savings accounts|online banking|flights|book your trip|package holidays|city breaks|excursions|online courses|enrol now|course fees|tuition fees|students|curriculum|university|trade association|federation|chamber of commerce|non profit|nonprofit|donate|donation|volunteer|government agency|municipality|=saas|free trial|pricing plans|per user per month|subscription plans|logistics services|haulage|courier services|warehousing services|real estate|property for sale|recruitment|job seekers|candidates|clinic|patients|dentist',
  },
  listing: [
    'suppliers|supplier directory|business directory|company directory|companies directory|exhibitors|exhibitor list|exhibitor directory|list of exhibitors|=listing|listings|verified supplier|verified suppliers|gold supplier|contact supplier|contact suppliers|send inquiry|get latest price|member since|companies found|results found|dealers near you|find a dealer|dealer locator|stockists|our stockists|where to buy|members directory|member directory|member list|=booth|booth number|stand number|top suppliers|related suppliers|manufacturers in|suppliers in|wholesalers in|companies in|claim this business|yellow pages|b2b marketplace|marketplace|sellers|vendors|stores in|shops in|boutiques in|shops and boutiques|store directory|shop directory',
  ].join('|'),
  directory:
    'business directory|company directory|supplier directory|claim this business|claim this listing|claim your listing|add your company|add your business|list your business|list your company|similar companies|similar businesses|related companies|companies found|businesses found|is this your business|suggest an edit|free listing|premium listing|business listing|add a listing|get listed|yellow pages|web directory|website directory|site directory|add your site|submit your site|submit a site|add site|shop directory|store directory|shopping directory|for business owners|business owners|other companies',
  storeHours: {
    hours:
      'opening hours|opening times|store hours|shop hours|business hours|trading hours|hours of business|our hours',
    saturday: 'saturday|=sat|=sat.',
  },
  size: {
    branches: 'stores|shops|branches|showrooms|locations|outlets|depots|retail stores|warehouses|offices',
    countries: 'countries|markets',
    employees: 'employees|staff|people|team members|colleagues|workers|engineers',
    founded: 'since|founded in|founded|established in|established|est|in business since|trading since',
    brands: 'brands|leading brands|top brands',
    containers: 'containers|container loads|teu',
    area: 'm²|m2|sqm|sq m|square metres|square meters|sq ft|sqft|square feet',
  },
};
