/**
 * Spanish (Spain and Latin America: "mayorista", "mayoreo", "al por mayor"). "Fabricante" on a product sheet
 * names the maker, so the bare word is weak; a maker writes "fabricamos", "nuestra fábrica".
 */
import { furniture } from './furniture';
import type { Lexicon } from './types';

export const es: Lexicon = {
  lang: 'es',
  nav: furniture(
    [
      // Navigation.
      'inicio|página de inicio|portada|volver|volver al inicio|siguiente|anterior|subir|página|páginas|cerrar|abrir|mostrar|ocultar|ver|ver todo|ver todos|ver todas|ver más|todos|todas|todo|más|menos|leer más|saber más|descubre|descubrir|explorar|aquí|detalles|mapa del sitio|mapa web|menú|bienvenido|bienvenidos|hola|información|info|ir al contenido',
      // Account.
      'cuenta|mi cuenta|área de clientes|iniciar sesión|cerrar sesión|acceder|acceso|entrar|salir|registrarse|registro|regístrate|crear cuenta|usuario|contraseña|olvidaste tu contraseña|perfil|mis pedidos|pedidos|historial de pedidos|seguimiento de pedido|estado del pedido|área profesional|acceso profesionales|acceso distribuidores',
      // Cart, checkout, wishlist, compare.
      'carrito|mi carrito|ver carrito|cesta|mi cesta|caja|finalizar compra|tramitar pedido|realizar pedido|pagar|lista de deseos|favoritos|mis favoritos|comparar|comparador|vista rápida|añadir al carrito|agregar al carrito|comprar|comprar ahora|cantidad|subtotal|total|artículos|artículo|vacío',
      // Legal and cookie banners.
      'aviso legal|política de privacidad|privacidad|protección de datos|rgpd|cookies|cookie|política de cookies|configurar cookies|configuración|términos|términos y condiciones|condiciones|condiciones generales|condiciones de venta|condiciones de uso|política|accesibilidad|derechos reservados|todos los derechos reservados|derechos|reservados|aceptar|aceptar todo|aceptar todas|rechazar|rechazar todo|personalizar|guardar|legal|canal ético|canal de denuncias',
      // Languages and countries of switchers.
      'idioma|idiomas|seleccionar idioma|país|países|región|internacional|castellano|español|inglés|english|català|catalán|euskara|galego|português|français|deutsch|españa|méxico|argentina|colombia|perú|uruguay|ecuador|venezuela|bolivia|paraguay|latinoamérica|europa|estados unidos|moneda',
      // Weekdays and opening hours.
      'lunes|martes|miércoles|jueves|viernes|sábado|domingo|lun|mié|jue|vie|sáb|dom|horario|horarios|horario de atención|horario comercial|abierto|cerrado|hoy|festivos|cita previa|cita|hrs|h',
      // Blog, news, press.
      'blog|noticias|novedades|actualidad|prensa|sala de prensa|notas de prensa|medios|eventos|ferias|webinars|artículos|consejos|ideas|inspiración|guías|tutoriales|testimonios|opiniones|reseñas|galería|vídeos|videos|proyectos realizados|casos de éxito|revista',
      // Service and help.
      'servicio|servicios|atención al cliente|servicio al cliente|ayuda|centro de ayuda|soporte|asistencia|preguntas frecuentes|faq|preguntas|envío|envíos|gastos de envío|envío gratis|formas de envío|entrega|entregas|plazos de entrega|devoluciones|devolución|cambios|cambios y devoluciones|reembolsos|garantía|garantías|pago|pagos|formas de pago|métodos de pago|pago seguro|paypal|bizum|transferencia|contra reembolso|guía de tallas|descargas|descargar|documentación|documentos|catálogos|folletos|manuales|fichas técnicas|certificados|presupuesto|solicitar presupuesto|pide presupuesto|cotizar|cotización|solicitar cotización|sat|posventa',
      // Company, contact, careers.
      'sobre nosotros|quiénes somos|quienes somos|nosotros|empresa|la empresa|nuestra empresa|compañía|nuestra historia|historia|trayectoria|misión|visión|valores|sostenibilidad|responsabilidad social|equipo|nuestro equipo|dirección|empleo|trabaja con nosotros|trabaja con|únete|únete al equipo|ofertas de empleo|carreras|socios|partners|inversores|accionistas|sedes|delegaciones|tiendas|nuestras tiendas|tienda|tiendas físicas|encuentra tu tienda|localizador de tiendas|showroom|exposición|distribuidores|dónde comprar|puntos de venta|calidad|certificaciones|premios|tecnología|innovación|i d i|soluciones|sectores|aplicaciones|proyectos|referencias|clientes|por qué elegirnos|contacto|contáctanos|contacta|contactar|formulario de contacto|escríbenos|llámanos|newsletter|boletín|suscríbete|suscribirse|síguenos|compartir|profesionales|particulares',
      // Search, filters, offers, catalogue.
      'buscar|búsqueda|resultados|filtro|filtros|filtrar|ordenar|ordenar por|precio|precios|tarifa|tarifas|lista de precios|menor precio|mayor precio|relevancia|popularidad|populares|más vendidos|destacados|recomendados|nuevo|nuevos|novedad|nueva colección|próximamente|rebajas|ofertas|oferta|promociones|promoción|descuentos|liquidación|outlet|cupón|código promocional|marcas|marca|nuestras marcas|categorías|categoría|catálogo|productos|producto|nuestros productos|gama|colecciones|colección|departamentos|en stock|sin stock|agotado|disponible|disponibilidad|vista|lista|cuadrícula',
      // Phone, e-mail, address.
      'teléfono|tel|tlf|fax|email|e mail|correo|correo electrónico|dirección|nuestra dirección|calle|c|avda|avenida|código postal|cp|cómo llegar|ubicación|mapa|whatsapp|sede central',
      // Social networks.
      'facebook|instagram|twitter|linkedin|youtube|pinterest|tiktok|redes sociales',
      // Small words of furniture phrases (furniture() below leaves out those that also join product names).
      'y|e|o|u|al|a|en|con|sin|sobre|nuestro|nuestra|nuestros|nuestras|tu|tus|mi|mis|su|sus|nos|te',
    ],
    'el la los las lo un una de del para por',
  ),
  buyer: {
    retailer: {
      strong:
        'nuestras tiendas|encuentra tu tienda|tienda más cercana|localizador de tiendas|tiendas físicas|tienda física|visita nuestra tienda|venta al público|venta a particulares|para particulares|comercio minorista|minorista|venta al detalle|al detal',
      normal:
        'añadir al carrito|agregar al carrito|comprar ahora|envío gratis|envío gratuito|envíos gratis|envío gratis a partir|devolución gratuita|devoluciones gratuitas|recogida en tienda|click & collect|click and collect|tarjeta regalo|cheque regalo|tienda online|tienda en línea|venta online|compra online|pago a plazos|paga en 3 plazos|iva incluido|iva incl|precio con iva|programa de puntos|tarjeta de fidelización|meses sin intereses',
      weak: 'carrito|cesta|mi cuenta|lista de deseos|favoritos|en stock|agotado|opiniones de clientes|guía de tallas|rebajas',
    },
    wholesaler: {
      strong:
        'mayorista|mayoristas|venta al por mayor|al por mayor|por mayor|mayoreo|medio mayoreo|precio mayorista|precios mayoristas|pedido mínimo|compra mínima|cantidad mínima|importe mínimo|solo profesionales|sólo profesionales|exclusivo para profesionales|venta exclusiva a profesionales|cuenta profesional|precios para profesionales|cash and carry|cash & carry',
      normal:
        'revendedor|revendedores|para revender|reventa|distribuidores bienvenidos|hazte distribuidor|área profesional|descuento por volumen|descuentos por cantidad|precio por volumen|precios escalonados|por palet|palets|iva no incluido|sin iva|precios sin iva|más iva|cif nif|dropshipping|=b2b',
      weak: 'caja de|unidades por caja|embalaje|=pvp|precio de venta recomendado',
    },
    distributor: {
      strong:
        'distribuidor oficial|distribuidora oficial|distribuidor autorizado|distribuidor exclusivo|distribuidores exclusivos|distribuidor para españa|distribuidor en méxico|representante exclusivo|representante oficial|concesionario oficial|agente exclusivo|red de distribuidores|red de distribución|red comercial|marcas representadas|marcas que representamos|marcas que distribuimos|distribuimos|representamos|distribución exclusiva|exclusividad de',
      normal:
        'distribuidor|distribuidores|distribuidora|distribución|subdistribuidor|socio distribuidor|territorio|exclusividad|centro logístico|plataforma logística|almacén|almacenes|stock permanente|representante|representantes|agente comercial|concesionario',
      weak: 'delegación|delegaciones',
    },
    importer: {
      strong:
        'importamos|importador|importadora|importadores|importador directo|importación directa|importador exclusivo|importador oficial|despacho aduanero|despacho de aduanas|contenedores al año|contenedores por año|agente de aduanas',
      normal:
        '=importación|importaciones|importados|importado|importación y exportación|import export|comercio exterior|desde china|de china|desde asia|=contenedor|contenedores|aduana|aduanas|sourcing',
    },
    manufacturer: {
      strong:
        'fabricamos|producimos|diseñamos y fabricamos|diseño y fabricación|fabricación propia|producción propia|fábrica propia|nuestra fábrica|nuestras fábricas|nuestra planta|planta de producción|planta industrial|centro de producción|línea de producción|líneas de producción|fabricante de|fabricantes de|somos fabricantes|fabricante líder|directo de fábrica|precio de fábrica|=oem|=odm|maquila|maquiladora',
      normal:
        'fabricación|producción|=fábrica|mecanizado|=cnc|inyección de plástico|control de calidad|iso 9001|i+d|investigación y desarrollo|oficina técnica|a medida|fabricación a medida|bajo pedido|personalización|marca blanca|nuestro taller|taller propio|capacidad de producción|hecho en españa|fabricado en españa|hecho en méxico',
      weak: '=fabricante|taller|hecho a mano|artesanal|artesanía',
    },
  },
  notTrader: {
    strong:
      'agencia de noticias|despacho de abogados|bufete de abogados|bufete|abogados asociados|director editorial|redactor jefe|compañía de seguros|correduría de seguros|corredor de seguros|agencia de viajes|operador turístico|asesoría fiscal|asesoría contable|gestoría|empresa de consultoría|agencia de empleo|empresa de trabajo temporal|agencia inmobiliaria|agencia de publicidad|agencia de marketing|agencia de comunicación|agencia digital|transitario|agencia de carga|operador logístico|asociación sin ánimo de lucro|organización sin fines de lucro|ayuntamiento de|gobierno de|ministerio de|secretaría de|autoescuela|academia de idiomas|escuela de idiomas|empresa de software|desarrollo de software',
    normal:
      'periódico|diario digital|noticias de última hora|redacción|periodistas|periodismo|anunciantes|publicidad en|podcast|abogado|abogados|asesoramiento legal|asesoría jurídica|consultoría|asesoría|seguros|seguro de hogar|seguro de coche|hipotecas|préstamos|banca online|cuenta corriente|vuelos|paquetes turísticos|viajes|excursiones|cursos online|matrícula|alumnos|estudiantes|universidad|colegio|fundación|inmobiliaria|consultora|aseguradora|federación|cámara de comercio|donaciones|haz una donación|voluntarios|administración pública|=saas|prueba gratis|prueba gratuita|transporte de mercancías|carga internacional|logística integral|inmuebles|alquiler de pisos|candidatos|pacientes|clínica|consulta médica',
  },
  listing:
    'directorio|directorio de empresas|guía de empresas|proveedores|listado de proveedores|expositores|listado de expositores|empresas encontradas|resultados para|distribuidores cerca|dónde comprar|puntos de venta|nuestros distribuidores|asociados|socios|listado de socios|=stand|número de stand|pabellón|fabricantes en|empresas en|páginas amarillas|marketplace|vendedores|tiendas en|directorio de tiendas|directorio web',
  directory:
    'directorio de empresas|guía de empresas|añade tu empresa|añadir empresa|registra tu empresa|da de alta tu empresa|alta gratuita|empresas similares|empresas relacionadas|empresas encontradas|es tu empresa|reclamar esta ficha|editar ficha|páginas amarillas|directorio web|directorio de sitios|añadir sitio|agregar sitio|directorio de tiendas|otras empresas',
  storeHours: {
    hours: 'horario|horarios|horario de apertura|horario comercial|horario de atención',
    saturday: 'sábado|sábados|=sab',
  },
  size: {
    branches: 'tiendas|sucursales|delegaciones|puntos de venta|oficinas|almacenes|centros|showrooms|locales',
    countries: 'países',
    employees: 'empleados|trabajadores|colaboradores|personas|profesionales',
    founded: 'desde|fundada en|fundado en|desde el año|creada en|establecida en',
    brands: 'marcas',
    containers: 'contenedores',
    area: 'm²|m2|metros cuadrados|mts2',
  },
};
