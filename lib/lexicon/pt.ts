/**
 * Portuguese, Brazilian and European ("atacado" and "por grosso", "carrinho" and "cesto", "frete" and "portes").
 * "Fabricante" on a product sheet names the maker, so the bare word is weak.
 */
import { furniture } from './furniture';
import type { Lexicon } from './types';

export const pt: Lexicon = {
  lang: 'pt',
  nav: furniture(
    [
      // Navigation.
      'início|inicio|página inicial|home|voltar|voltar ao início|próximo|anterior|topo|voltar ao topo|página|páginas|fechar|abrir|mostrar|ocultar|ver|ver tudo|ver todos|ver todas|ver mais|todos|todas|tudo|mais|menos|saiba mais|leia mais|descubra|explorar|aqui|detalhes|mapa do site|menu|bem vindo|bem vinda|olá|informações|info|ir para o conteúdo',
      // Account.
      'conta|minha conta|área do cliente|área de cliente|entrar|login|iniciar sessão|sair|terminar sessão|cadastre se|cadastro|cadastrar|registar|registo|criar conta|usuário|utilizador|senha|palavra passe|esqueci minha senha|perfil|meus pedidos|pedidos|minhas encomendas|encomendas|histórico de pedidos|rastrear pedido|rastreamento|acompanhar pedido|área do revendedor|área profissional',
      // Cart, checkout, wishlist, compare.
      'carrinho|meu carrinho|ver carrinho|cesto|sacola|finalizar compra|finalizar pedido|checkout|pagar|lista de desejos|favoritos|meus favoritos|comparar|visualização rápida|adicionar ao carrinho|adicionar ao cesto|comprar|comprar agora|quantidade|subtotal|total|itens|item|artigos|vazio',
      // Legal and cookie banners.
      'política de privacidade|privacidade|proteção de dados|lgpd|rgpd|cookies|cookie|política de cookies|configurar cookies|termos|termos de uso|termos e condições|condições|condições gerais|condições de venda|política|acessibilidade|direitos reservados|todos os direitos reservados|direitos|reservados|aceitar|aceitar todos|rejeitar|recusar|personalizar|configurações|definições|guardar|salvar|livro de reclamações|aviso legal|cnpj|nif',
      // Languages and countries of switchers.
      'idioma|idiomas|selecionar idioma|país|países|região|internacional|português|inglês|english|español|français|deutsch|brasil|portugal|angola|moçambique|europa|moeda',
      // Weekdays and opening hours.
      'segunda|terça|quarta|quinta|sexta|sábado|domingo|segunda feira|terça feira|quarta feira|quinta feira|sexta feira|feira|seg|ter|qua|qui|sex|sáb|dom|horário|horários|horário de funcionamento|horário de atendimento|aberto|fechado|hoje|feriados|às|h',
      // Blog, news, press.
      'blog|notícias|novidades|atualidades|imprensa|sala de imprensa|comunicados|mídia|media|eventos|feiras|webinars|artigos|dicas|ideias|inspiração|guias|tutoriais|depoimentos|avaliações|opiniões|galeria|vídeos|projetos realizados|cases|revista',
      // Service and help.
      'serviço|serviços|atendimento|atendimento ao cliente|sac|central de atendimento|apoio ao cliente|ajuda|central de ajuda|suporte|perguntas frequentes|faq|dúvidas|dúvidas frequentes|perguntas|entrega|entregas|envio|envios|frete|portes|prazo de entrega|formas de envio|trocas|devoluções|trocas e devoluções|devolução|reembolso|garantia|pagamento|pagamentos|formas de pagamento|métodos de pagamento|pagamento seguro|pix|boleto|paypal|multibanco|mb way|guia de tamanhos|tabela de medidas|downloads|baixar|documentação|documentos|catálogos|folhetos|manuais|fichas técnicas|certificados|orçamento|solicitar orçamento|peça um orçamento|pedir orçamento|assistência técnica',
      // Company, contact, careers.
      'sobre|sobre nós|quem somos|a empresa|empresa|nossa empresa|institucional|nossa história|história|missão|visão|valores|sustentabilidade|responsabilidade social|equipe|equipa|nossa equipe|trabalhe conosco|trabalhe connosco|carreiras|vagas|recrutamento|parceiros|investidores|relação com investidores|unidades|filiais|lojas|nossas lojas|loja|encontre uma loja|showroom|revendedores|onde comprar|distribuidores|representantes|qualidade|certificações|prêmios|tecnologia|inovação|soluções|setores|aplicações|projetos|clientes|por que escolher|fale conosco|contato|contacto|contactos|contatos|formulário de contato|newsletter|assine|subscrever|inscreva se|siga nos|compartilhar|partilhar|profissionais|particulares',
      // Search, filters, offers, catalogue.
      'buscar|busca|pesquisar|pesquisa|resultados|filtro|filtros|filtrar|ordenar|ordenar por|preço|preços|tabela de preços|menor preço|maior preço|relevância|popularidade|populares|mais vendidos|destaques|recomendados|novo|novos|lançamentos|nova coleção|em breve|promoções|promoção|ofertas|oferta|descontos|liquidação|saldos|outlet|cupom|cupão|código promocional|marcas|marca|nossas marcas|categorias|categoria|catálogo|produtos|produto|nossos produtos|gama|coleções|coleção|departamentos|em estoque|em stock|esgotado|disponível|indisponível|visualizar|lista|grade',
      // Phone, e-mail, address.
      'telefone|tel|telemóvel|fax|email|e mail|endereço|morada|nosso endereço|rua|av|avenida|cep|código postal|como chegar|localização|mapa|whatsapp|sede|matriz',
      // Social networks.
      'facebook|instagram|twitter|linkedin|youtube|pinterest|tiktok|redes sociais',
      // Small words of furniture phrases (furniture() below leaves out those that also join product names).
      'e|ou|ao|à|em|no|na|nos|nas|com|sem|nosso|nossa|nossos|nossas|seu|sua|meu|minha|meus|minhas',
    ],
    'o a os as um uma de do da dos das para por pelo pela',
  ),
  buyer: {
    retailer: {
      strong:
        'nossas lojas|encontre uma loja|loja mais próxima|lojas físicas|loja física|visite nossa loja|visite a nossa loja|venda ao consumidor|venda a particulares|para particulares|varejo|varejista|retalho|retalhista|comércio a retalho',
      normal:
        'adicionar ao carrinho|adicionar ao cesto|comprar agora|frete grátis|frete gratuito|envio grátis|envio gratuito|portes grátis|entrega grátis|devolução grátis|troca grátis|retire na loja|retirar na loja|levantamento em loja|click & collect|cartão presente|vale presente|cartão oferta|loja online|loja virtual|compra online|parcelamento|parcele em|sem juros|em até|iva incluído|programa de fidelidade|cashback',
      weak: 'carrinho|cesto|minha conta|lista de desejos|favoritos|em estoque|esgotado|avaliações de clientes|guia de tamanhos|promoções',
    },
    wholesaler: {
      strong:
        'atacado|atacadista|atacadistas|venda por atacado|no atacado|preço de atacado|preços de atacado|por grosso|venda por grosso|vendas por grosso|armazenista|pedido mínimo|compra mínima|quantidade mínima|encomenda mínima|valor mínimo|apenas para profissionais|exclusivo para revendedores|venda exclusiva para cnpj|somente cnpj|apenas cnpj|conta profissional|cash and carry|cash & carry|atacarejo',
      normal:
        'revenda|revendedor|revendedores|seja um revendedor|para revenda|preços para revenda|área do revendedor|desconto por quantidade|descontos de quantidade|preço por volume|por palete|paletes|iva não incluído|sem iva|+ iva|registo de revendedor|dropshipping|=b2b',
      weak: 'caixa com|unidades por caixa|embalagem com|preço sugerido',
    },
    distributor: {
      strong:
        'distribuidor oficial|distribuidora oficial|distribuidor autorizado|distribuidor exclusivo|distribuidora exclusiva|representante exclusivo|representante oficial|revendedor autorizado|concessionária|rede de revendedores|rede de distribuição|rede de distribuidores|rede de representantes|marcas representadas|marcas que representamos|marcas distribuídas|distribuímos|representamos|distribuição exclusiva|exclusividade de',
      normal:
        'distribuidor|distribuidores|distribuidora|distribuição|representante|representantes|representação comercial|território|exclusividade|centro de distribuição|centro logístico|armazém|pronta entrega|estoque próprio',
      weak: 'parceiro|parceiros',
    },
    importer: {
      strong:
        'importamos|importador|importadora|importadores|importação direta|importação directa|importador exclusivo|importador oficial|desembaraço aduaneiro|despacho aduaneiro|contêineres por ano|contentores por ano|trading company',
      normal:
        '=importação|importações|importados|importado|importação e exportação|import export|comércio exterior|comex|da china|da ásia|=contêiner|contêineres|=contentor|contentores|alfândega|aduaneiro|sourcing',
    },
    manufacturer: {
      strong:
        'fabricamos|produzimos|fabricação própria|produção própria|fábrica própria|nossa fábrica|nossas fábricas|a nossa fábrica|nossa unidade fabril|unidade fabril|parque fabril|planta industrial|linha de produção|linhas de produção|fabricante de|fabricantes de|somos fabricantes|direto da fábrica|preço de fábrica|=oem|=odm|indústria de|indústria e comércio',
      normal:
        'fabricação|fabrico|produção|=fábrica|usinagem|maquinação|=cnc|injeção plástica|controle de qualidade|controlo de qualidade|iso 9001|pesquisa e desenvolvimento|p&d|sob medida|por medida|personalização|marca própria|capacidade produtiva|feito no brasil|fabricado no brasil|fabricado em portugal|indústria',
      weak: '=fabricante|artesanal|feito à mão|oficina',
    },
  },
  notTrader: {
    strong:
      'agência de notícias|escritório de advocacia|sociedade de advogados|advogados associados|editor chefe|redator chefe|corretora de seguros|corretor de seguros|agência de viagens|operadora de turismo|escritório de contabilidade|empresa de consultoria|agência de emprego|agência de empregos|agência de publicidade|agência de marketing|agência digital|agente de cargas|transitário|operador logístico|organização sem fins lucrativos|instituição de caridade|câmara municipal|autoescola|escola de idiomas|escola de línguas|software house|desenvolvimento de software',
    normal:
      'jornal|portal de notícias|notícias de última hora|redação|jornalistas|jornalismo|anunciantes|podcast|advogado|advogados|assessoria jurídica|consultoria|seguradora|contabilidade|imobiliária|prefeitura|ministério|seguros|seguro auto|financiamento imobiliário|empréstimos|crédito pessoal|conta corrente|passagens aéreas|voos|pacotes de viagem|viagens|cursos online|matrículas|alunos|estudantes|universidade|faculdade|federação|câmara de comércio|doações|doe agora|voluntários|=saas|teste grátis|transporte de cargas|transportadora|frete internacional|imóveis|aluguel|arrendamento|candidatos|pacientes|clínica|consultório',
  },
  listing:
    'diretório|diretório de empresas|guia de empresas|lista de empresas|fornecedores|lista de fornecedores|expositores|lista de expositores|empresas encontradas|resultados para|revendedores próximos|onde comprar|pontos de venda|nossos revendedores|associados|lista de associados|=estande|=stand|pavilhão|fabricantes em|empresas em|páginas amarelas|marketplace|vendedores|lojas em|guia de lojas|diretório de sites',
  directory:
    'diretório de empresas|guia de empresas|lista de empresas|cadastre sua empresa|adicione sua empresa|anuncie sua empresa|cadastro gratuito|empresas semelhantes|empresas similares|empresas relacionadas|empresas encontradas|esta empresa é sua|reivindicar empresa|páginas amarelas|diretório de sites|adicionar site|cadastrar site|guia de lojas|outras empresas',
  storeHours: {
    hours: 'horário|horários|horário de funcionamento|horário de atendimento',
    saturday: 'sábado|sábados|=sab',
  },
  size: {
    branches: 'lojas|filiais|unidades|pontos de venda|centros de distribuição|showrooms|armazéns',
    countries: 'países',
    employees: 'funcionários|colaboradores|empregados|trabalhadores|pessoas',
    founded: 'desde|fundada em|fundado em|criada em|desde o ano',
    brands: 'marcas',
    containers: 'contêineres|contentores|containers',
    area: 'm²|m2|metros quadrados',
  },
};
