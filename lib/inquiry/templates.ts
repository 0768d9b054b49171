/**
 * Reply templates and drafting. DOMAIN.md §2: a bare price-list request gets a holding reply at once (it buys
 * time); a detailed inquiry gets questions for what is missing, which also shows how serious the buyer is; a
 * complete one gets an acknowledgement while the quote is prepared. Templates are plain text with `{name}`,
 * `{products}` and `{questions}` placeholders; the rep edits them per language on the inquiries page.
 */
import type { FactName, InquiryKind } from './schema';

export type TemplateKind = 'holding' | 'questions' | 'acknowledge';
export const TEMPLATE_KINDS: readonly TemplateKind[] = ['holding', 'questions', 'acknowledge'];
/** Languages with built-in templates and questions; any other mail is answered in English. */
export const REPLY_LANGS = ['en', 'es', 'fr', 'de', 'pt', 'ru'] as const;
export type ReplyLang = (typeof REPLY_LANGS)[number];

export type Templates = Record<ReplyLang, Record<TemplateKind, string>>;

/** The answer each kind gets. */
export function templateKindFor(kind: InquiryKind): TemplateKind {
  if (kind === 'complete') return 'acknowledge';
  if (kind === 'detailed') return 'questions';
  return 'holding';
}

/** The reply language: the inquiry's where a template exists, else English. */
export function replyLang(lang: string): ReplyLang {
  return (REPLY_LANGS as readonly string[]).includes(lang) ? (lang as ReplyLang) : 'en';
}

export const DEFAULT_TEMPLATES: Templates = {
  en: {
    holding:
      'Dear {name},\n\nThank you for your inquiry, I am glad to receive it. I will prepare our latest price list{products} for you and send it as soon as possible.\n\nBest regards',
    questions:
      'Dear {name},\n\nThank you for your inquiry{products}. So that we can quote you exactly, could you please tell us:\n{questions}\n\nI look forward to your reply.\n\nBest regards',
    acknowledge:
      'Dear {name},\n\nThank you for your detailed inquiry{products}. We are preparing our quotation and will send it to you shortly.\n\nBest regards',
  },
  es: {
    holding:
      'Estimado/a {name}:\n\nMuchas gracias por su consulta. Prepararemos nuestra lista de precios actualizada{products} y se la enviaremos lo antes posible.\n\nUn cordial saludo',
    questions:
      'Estimado/a {name}:\n\nMuchas gracias por su consulta{products}. Para poder cotizarle con exactitud, ¿podría indicarnos?\n{questions}\n\nQuedamos a la espera de su respuesta.\n\nUn cordial saludo',
    acknowledge:
      'Estimado/a {name}:\n\nMuchas gracias por su consulta detallada{products}. Estamos preparando nuestra oferta y se la enviaremos en breve.\n\nUn cordial saludo',
  },
  fr: {
    holding:
      'Bonjour {name},\n\nMerci pour votre demande. Nous préparons notre liste de prix à jour{products} et vous l’enverrons dans les meilleurs délais.\n\nCordialement',
    questions:
      'Bonjour {name},\n\nMerci pour votre demande{products}. Afin de vous faire une offre précise, pourriez-vous nous indiquer :\n{questions}\n\nDans l’attente de votre réponse.\n\nCordialement',
    acknowledge:
      'Bonjour {name},\n\nMerci pour votre demande détaillée{products}. Nous préparons notre offre et vous l’enverrons très prochainement.\n\nCordialement',
  },
  de: {
    holding:
      'Guten Tag {name},\n\nvielen Dank für Ihre Anfrage. Wir stellen Ihnen unsere aktuelle Preisliste{products} zusammen und senden sie Ihnen so bald wie möglich.\n\nMit freundlichen Grüßen',
    questions:
      'Guten Tag {name},\n\nvielen Dank für Ihre Anfrage{products}. Damit wir Ihnen ein genaues Angebot machen können, teilen Sie uns bitte mit:\n{questions}\n\nWir freuen uns auf Ihre Antwort.\n\nMit freundlichen Grüßen',
    acknowledge:
      'Guten Tag {name},\n\nvielen Dank für Ihre ausführliche Anfrage{products}. Wir erstellen unser Angebot und senden es Ihnen in Kürze.\n\nMit freundlichen Grüßen',
  },
  pt: {
    holding:
      'Prezado(a) {name},\n\nObrigado pelo seu contato. Vamos preparar a nossa lista de preços atualizada{products} e enviá-la o mais rápido possível.\n\nAtenciosamente',
    questions:
      'Prezado(a) {name},\n\nObrigado pelo seu pedido{products}. Para podermos cotar com precisão, poderia nos informar:\n{questions}\n\nAguardamos o seu retorno.\n\nAtenciosamente',
    acknowledge:
      'Prezado(a) {name},\n\nObrigado pelo seu pedido detalhado{products}. Estamos preparando a nossa cotação e a enviaremos em breve.\n\nAtenciosamente',
  },
  ru: {
    holding:
      'Здравствуйте, {name}!\n\nСпасибо за ваш запрос. Мы подготовим для вас актуальный прайс-лист{products} и отправим его в ближайшее время.\n\nС уважением',
    questions:
      'Здравствуйте, {name}!\n\nСпасибо за ваш запрос{products}. Чтобы подготовить точное предложение, уточните, пожалуйста:\n{questions}\n\nБудем ждать вашего ответа.\n\nС уважением',
    acknowledge:
      'Здравствуйте, {name}!\n\nСпасибо за подробный запрос{products}. Мы готовим коммерческое предложение и вскоре направим его вам.\n\nС уважением',
  },
};

/** One question per missing fact, per reply language. */
export const QUESTIONS: Record<ReplyLang, Partial<Record<FactName, string>>> = {
  en: {
    product: 'Which products or models do you need?',
    quantity: 'What quantity do you need (per model)?',
    specs: 'Which specifications do you need (power, size, colour temperature, certificates)?',
    destination: 'What is the destination port or country?',
    incoterm: 'Which price terms do you prefer (FOB, CIF, DDP …)?',
    payment: 'Which payment terms do you propose?',
    deadline: 'When do you need the goods delivered?',
    targetPrice: 'Do you have a target price?',
    company: 'Could you tell us your company name?',
    website: 'Could you share your company website?',
  },
  es: {
    product: '¿Qué productos o modelos necesita?',
    quantity: '¿Qué cantidad necesita (por modelo)?',
    specs: '¿Qué especificaciones necesita (potencia, medidas, temperatura de color, certificados)?',
    destination: '¿Cuál es el puerto o país de destino?',
    incoterm: '¿Qué condiciones de precio prefiere (FOB, CIF, DDP …)?',
    payment: '¿Qué forma de pago propone?',
    deadline: '¿Para cuándo necesita la mercancía?',
    targetPrice: '¿Tiene un precio objetivo?',
    company: '¿Podría indicarnos el nombre de su empresa?',
    website: '¿Podría indicarnos la web de su empresa?',
  },
  fr: {
    product: 'Quels produits ou modèles vous faut-il ?',
    quantity: 'Quelle quantité (par modèle) ?',
    specs: 'Quelles caractéristiques (puissance, dimensions, température de couleur, certificats) ?',
    destination: 'Quel est le port ou le pays de destination ?',
    incoterm: 'Quel incoterm préférez-vous (FOB, CIF, DDP …) ?',
    payment: 'Quelles conditions de paiement proposez-vous ?',
    deadline: 'Pour quelle date avez-vous besoin de la marchandise ?',
    targetPrice: 'Avez-vous un prix cible ?',
    company: 'Pourriez-vous nous indiquer le nom de votre société ?',
    website: 'Pourriez-vous nous indiquer le site de votre société ?',
  },
  de: {
    product: 'Welche Produkte oder Modelle benötigen Sie?',
    quantity: 'Welche Menge benötigen Sie (je Modell)?',
    specs: 'Welche technischen Daten benötigen Sie (Leistung, Maße, Farbtemperatur, Zertifikate)?',
    destination: 'Wohin soll geliefert werden (Hafen oder Land)?',
    incoterm: 'Welche Lieferbedingung bevorzugen Sie (FOB, CIF, DDP …)?',
    payment: 'Welche Zahlungsbedingungen schlagen Sie vor?',
    deadline: 'Bis wann benötigen Sie die Ware?',
    targetPrice: 'Haben Sie einen Zielpreis?',
    company: 'Wie lautet der Name Ihres Unternehmens?',
    website: 'Wie lautet die Website Ihres Unternehmens?',
  },
  pt: {
    product: 'Quais produtos ou modelos precisa?',
    quantity: 'Qual a quantidade (por modelo)?',
    specs: 'Quais especificações precisa (potência, medidas, temperatura de cor, certificados)?',
    destination: 'Qual o porto ou país de destino?',
    incoterm: 'Quais condições de preço prefere (FOB, CIF, DDP …)?',
    payment: 'Quais condições de pagamento propõe?',
    deadline: 'Para quando precisa da mercadoria?',
    targetPrice: 'Tem um preço-alvo?',
    company: 'Poderia nos informar o nome da sua empresa?',
    website: 'Poderia nos informar o site da sua empresa?',
  },
  ru: {
    product: 'Какие товары или модели вам нужны?',
    quantity: 'Какое количество (по каждой модели)?',
    specs: 'Какие характеристики нужны (мощность, размеры, цветовая температура, сертификаты)?',
    destination: 'Какой порт или страна назначения?',
    incoterm: 'Какие условия поставки предпочтительны (FOB, CIF, DDP …)?',
    payment: 'Какие условия оплаты вы предлагаете?',
    deadline: 'К какому сроку нужен товар?',
    targetPrice: 'Есть ли у вас целевая цена?',
    company: 'Подскажите, пожалуйста, название вашей компании.',
    website: 'Подскажите, пожалуйста, сайт вашей компании.',
  },
};

/** Fallback greeting names when the sender gave none (or a department). */
const NO_NAME: Record<ReplyLang, string> = {
  en: 'Sir or Madam',
  es: 'cliente',
  fr: 'Madame, Monsieur',
  de: 'Damen und Herren',
  pt: 'cliente',
  ru: 'коллеги',
};

const DEPARTMENT =
  /(?:purchas|procurement|sales|compras|achats|einkauf|info|team|dept|department|service|закуп|отдел|digital|support)/i;

/** The first name to greet, or the language's polite fallback. */
export function greetingName(senderName: string, lang: ReplyLang): string {
  const name = senderName.split(/[|,]/)[0]!.trim();
  if (!name || DEPARTMENT.test(name) || /@/.test(name)) return NO_NAME[lang];
  return name.split(/\s+/)[0]!;
}

export interface DraftInput {
  kind: InquiryKind;
  lang: string;
  senderName: string;
  /** Product names as the buyer wrote them (the first two are named). */
  products: string[];
  missing: FactName[];
}

/**
 * Fills the template the kind calls for, in the inquiry's language where one exists.
 * @example draftReply({ kind: 'generic', lang: 'en', senderName: 'John Carter', products: [], missing: [] }, DEFAULT_TEMPLATES)
 * // 'Dear John,\n\nThank you for your inquiry, …'
 */
export function draftReply(
  input: DraftInput,
  templates: Templates = DEFAULT_TEMPLATES,
): {
  text: string;
  lang: ReplyLang;
  template: TemplateKind;
} {
  const lang = replyLang(input.lang);
  const template = templateKindFor(input.kind);
  const body = templates[lang]?.[template] || DEFAULT_TEMPLATES[lang][template];
  const questions = input.missing
    .map((f) => QUESTIONS[lang][f])
    .filter((q): q is string => Boolean(q))
    .map((q) => `- ${q}`)
    .join('\n');
  const named = [...new Set(input.products)].slice(0, 2);
  const products = named.length ? ` (${named.join(', ')})` : '';
  const text = body
    .replace(/\{name\}/g, greetingName(input.senderName, lang))
    .replace(/\{products\}/g, products)
    .replace(/\{questions\}/g, questions);
  return { text, lang, template };
}
