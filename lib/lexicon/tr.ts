/**
 * Turkish. Folding keeps dotless ı while capitals fold to i ("ÜRETİCİ" → "uretici", "SATIŞ" → "satis"), so cues
 * with ı that shops write in capitals are listed in both spellings. "Üretici" on a product card names the maker,
 * so the bare word is weak.
 */
import { furniture } from './furniture';
import type { Lexicon } from './types';

export const tr: Lexicon = {
  lang: 'tr',
  nav: furniture(
    [
      // Navigation.
      'ana sayfa|anasayfa|giriş|geri|geri dön|ileri|sonraki|önceki|yukarı|sayfa|sayfalar|kapat|aç|göster|gizle|tümünü gör|tümünü göster|hepsini gör|tümü|tüm|hepsi|daha fazla|daha az|devamını oku|detaylı bilgi|keşfet|burada|detaylar|detay|incele|site haritası|menü|hoş geldiniz|bilgi|bilgiler',
      // Account.
      'hesap|hesabım|hesabim|üye girişi|uye girisi|giriş yap|çıkış|çıkış yap|üye ol|kayıt ol|kayit ol|kayıt|üyelik|şifre|şifremi unuttum|kullanıcı adı|profil|siparişlerim|siparislerim|siparişler|sipariş takibi|sipariş geçmişi|kargo takibi|bayi girişi|bayi paneli',
      // Cart, checkout, favourites, compare.
      'sepet|sepetim|sepete git|sepete ekle|alışveriş sepeti|ödeme|ödemeye geç|siparişi tamamla|favoriler|favorilerim|favorilere ekle|istek listesi|karşılaştır|karşılaştırma|hızlı bakış|satın al|hemen al|adet|miktar|ara toplam|toplam|ürün|boş',
      // Legal and cookie banners.
      'gizlilik|gizlilik politikası|kvkk|kişisel verilerin korunması|açık rıza metni|çerez|çerezler|çerez politikası|çerez ayarları|kullanım koşulları|koşullar|üyelik sözleşmesi|mesafeli satış sözleşmesi|satış sözleşmesi|sözleşme|ön bilgilendirme formu|iade koşulları|yasal uyarı|tüm hakları saklıdır|hakları|saklıdır|kabul et|kabul ediyorum|tümünü kabul et|reddet|ayarlar|kaydet|politika|politikası',
      // Languages and countries of switchers.
      'dil|dil seçimi|ülke|bölge|uluslararası|türkçe|ingilizce|english|deutsch|русский|العربية|türkiye|turkiye|avrupa|almanya|para birimi|tl|try',
      // Weekdays and opening hours.
      'pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|pzt|sal|çar|per|cum|cmt|paz|çalışma saatleri|mesai saatleri|açık|kapalı|bugün|resmi tatiller|hafta içi|hafta sonu|randevu',
      // Blog, news, press.
      'blog|haberler|haber|duyurular|duyuru|basın|basında biz|basın odası|medya|etkinlikler|fuarlar|webinarlar|makaleler|yazılar|öneriler|ipuçları|fikirler|ilham|rehber|yorumlar|müşteri yorumları|değerlendirmeler|referanslar|galeri|foto galeri|video|videolar|projeler|dergi',
      // Service and help.
      'hizmet|hizmetler|hizmetlerimiz|müşteri hizmetleri|destek|yardım|yardım merkezi|sıkça sorulan sorular|sss|sorular|teslimat|kargo|ücretsiz kargo|kargo ücreti|teslimat süresi|gönderim|iade|iadeler|değişim|iade ve değişim|garanti|ödeme seçenekleri|ödeme yöntemleri|güvenli ödeme|kredi kartı|havale|eft|kapıda ödeme|taksit|taksit seçenekleri|beden tablosu|indir|indirmeler|dokümanlar|belgeler|kataloglar|broşürler|kullanım kılavuzu|teknik föy|sertifikalar|teklif al|teklif iste|fiyat teklifi|bizi arayın',
      // Company, contact, careers.
      'hakkımızda|hakkimizda|kurumsal|şirket|firma|biz kimiz|tarihçe|tarihçemiz|misyon|vizyon|misyon vizyon|değerlerimiz|sürdürülebilirlik|sosyal sorumluluk|ekibimiz|ekip|yönetim|kariyer|insan kaynakları|iş ilanları|açık pozisyonlar|iş ortakları|ortaklar|yatırımcı ilişkileri|şubeler|şubelerimiz|mağazalar|mağazalarımız|mağaza|showroom|bayiler|bayilerimiz|satış noktaları|nereden alırım|distribütörler|kalite|kalite politikası|belgelerimiz|teknoloji|inovasyon|ar ge|çözümler|sektörler|uygulamalar|referanslarımız|müşterilerimiz|neden biz|iletişim|iletisim|bize ulaşın|iletişim formu|bülten|e bülten|abone ol|bizi takip edin|paylaş',
      // Search, filters, offers, catalogue.
      'ara|arama|arama sonuçları|sonuçlar|filtre|filtrele|sırala|sıralama|fiyat|fiyatlar|fiyat listesi|artan fiyat|azalan fiyat|en düşük fiyat|en yüksek fiyat|önerilen|çok satanlar|en çok satanlar|popüler|yeni|yeniler|yeni ürünler|yeni gelenler|yeni sezon|yakında|indirim|indirimler|indirimli ürünler|kampanya|kampanyalar|fırsatlar|fırsat|outlet|kupon|indirim kodu|markalar|marka|markalarımız|kategoriler|kategori|katalog|ürünler|ürünlerimiz|ürün grupları|koleksiyon|koleksiyonlar|stokta|stokta var|stokta yok|tükendi|mevcut|görünüm|liste',
      // Phone, e-mail, address.
      'telefon|tel|faks|fax|e posta|eposta|email|mail|adres|adresimiz|cad|caddesi|sok|sokak|mah|mahallesi|no|posta kodu|yol tarifi|harita|konum|whatsapp|merkez|genel merkez|çağrı merkezi',
      // Social networks.
      'facebook|instagram|twitter|linkedin|youtube|pinterest|tiktok|sosyal medya',
      // Small words of furniture phrases (furniture() below leaves out those that also join product names).
      've|veya|ile|bir|biz|bize|bizi|bizim|sizin|her|de|da',
    ],
    'için',
  ),
  buyer: {
    retailer: {
      strong:
        'mağazalarımız|magazalarimiz|mağaza bul|size en yakın mağaza|en yakın mağaza|mağazamızı ziyaret edin|perakende mağaza|perakende mağazaları|mağaza zinciri|perakende satış|perakende|bireysel müşteriler|bireysel musteriler',
      normal:
        'sepete ekle|hemen al|satın al|ücretsiz kargo|ucretsiz kargo|kargo bedava|ücretsiz iade|mağazadan teslim|mağazadan teslim al|hediye kartı|hediye çeki|online mağaza|online alışveriş|online alisveris|internet mağazası|e ticaret|taksit imkanı|peşin fiyatına|kdv dahil|fiyatlara kdv dahildir|puan kazan|sadakat programı',
      weak: 'sepet|sepetim|hesabım|hesabim|favoriler|istek listesi|stokta|tükendi|tukendi|müşteri yorumları|beden tablosu|indirim',
    },
    wholesaler: {
      strong:
        'toptan|toptancı|toptanci|toptan satış|toptan satis|toptan fiyat|toptan fiyatları|toptan alım|minimum sipariş|minimum sipariş miktarı|minimum siparis|asgari sipariş|en az sipariş|sadece toptan|yalnızca kurumsal|sadece bayilere|bayi fiyatı|bayi fiyatları|bayi girişi|kurumsal satış|cash and carry',
      normal:
        'bayilik|bayilik başvurusu|bayi ol|bayimiz olun|bayi başvurusu|tekrar satış|adet üzeri|toplu alım|toplu sipariş|toplu satış|kademeli fiyat|palet|koli|koli içi|kdv hariç|fiyatlara kdv dahil değildir|+kdv|dropshipping|=b2b',
      weak: 'koli adedi|paket içi|tavsiye edilen satış fiyatı',
    },
    distributor: {
      strong:
        'resmi distribütör|resmi distribütörü|yetkili distribütör|münhasır distribütör|tek distribütör|türkiye distribütörü|turkiye distributoru|yetkili bayi|yetkili satıcı|resmi bayi|resmi temsilci|türkiye temsilcisi|yetkili temsilci|bayi ağı|bayi agi|dağıtım ağı|dagitim agi|satış ağı|temsil ettiğimiz markalar|temsil ettiğimiz firmalar|distribütörlüğünü yaptığımız|distribütörlüğü|temsilciliği',
      normal:
        'distribütör|distributor|distribütörler|dağıtım|dağıtıcı|dagitim|temsilci|temsilcilik|bölge bayisi|münhasır|lojistik merkezi|dağıtım merkezi|depo|geniş stok|stoktan teslim',
      weak: 'bayi|bayiler|iş ortağı',
    },
    importer: {
      strong:
        'ithalatçı|ithalatci|ithalatçısı|doğrudan ithalat|direkt ithalat|ithal ediyoruz|ithalatını yapıyoruz|resmi ithalatçı|gümrükleme|gümrük işlemleri|yılda konteyner|ithalatçı firma',
      normal:
        'ithalat|ithal|ithalat ve ihracat|ithalat ihracat|dış ticaret|dis ticaret|çin den|çin’den|uzak doğu|uzakdoğu|konteyner|gümrük',
    },
    manufacturer: {
      strong:
        'üretiyoruz|uretiyoruz|üretimimiz|kendi üretimimiz|kendi üretim|kendi fabrikamız|fabrikamız|fabrikamiz|fabrikamızda|üretim tesisi|üretim tesisimiz|üretim tesislerimiz|üretim hattı|üretim hatları|uretim hatti|üretici firma|uretici firma|üretici firmayız|lider üretici|fabrikadan|fabrika çıkışlı|imalatçı|imalatci|imalatçısı|imal ediyoruz|=oem|=odm|fason üretim|fason|atölyemiz',
      normal:
        'üretim|uretim|imalat|fabrika|tesis|cnc|=cnc|enjeksiyon|kalite kontrol|iso 9001|ar ge|ar-ge|araştırma geliştirme|özel üretim|ozel uretim|siparişe özel|ölçüye özel|kişiye özel|private label|üretim kapasitesi|yerli üretim|türk malı|turk mali|made in turkey',
      weak: '=üretici|=uretici|el yapımı|el yapimi|atölye',
    },
  },
  notTrader: {
    strong:
      'haber ajansı|haber ajansi|hukuk bürosu|hukuk burosu|avukatlık ortaklığı|avukatlık bürosu|genel yayın yönetmeni|yayın yönetmeni|sigorta şirketi|sigorta acentesi|sigorta brokeri|seyahat acentesi|turizm acentesi|tur operatörü|mali müşavirlik|muhasebe bürosu|danışmanlık şirketi|insan kaynakları şirketi|emlak ofisi|gayrimenkul danışmanlığı|reklam ajansı|dijital ajans|web tasarım ajansı|uluslararası nakliyat|gümrük müşavirliği|valiliği|dil okulu|sürücü kursu|yazılım şirketi|yazılım geliştirme',
    normal:
      'gazete|haber portalı|haber sitesi|son dakika|editör|muhabir|gazeteci|reklam verin|podcast|avukat|avukatlar|hukuki danışmanlık|sigorta|kasko|trafik sigortası|konut kredisi|=kredi|mevduat|nakliye şirketi|lojistik şirketi|vakıf|dernek|belediyesi|bakanlığı|uçak bileti|turlar|tatil|kurslar|öğrenciler|üniversite|fakülte|meslek odası|ticaret odası|üyelerimiz|bağış|gönüllü|=saas|ücretsiz deneme|nakliyat|taşımacılık|gayrimenkul|kiralık daire|satılık daire|adaylar|hastalar|klinik|muayenehane|diş hekimi',
  },
  listing:
    'firma rehberi|firma listesi|firmalar|tedarikçiler|tedarikçi listesi|katılımcılar|katılımcı listesi|katılımcı firmalar|firma bulundu|sonuç bulundu|bayiler|bayi listesi|satış noktaları|nereden alırım|üyeler|üye listesi|üye firmalar|stand no|=stand|=hol|üreticiler|sarı sayfalar|pazaryeri|satıcılar',
  directory:
    'firma rehberi|firma listesi|firmanızı ekleyin|firma ekle|ücretsiz kayıt|ücretsiz firma kaydı|benzer firmalar|ilgili firmalar|firma bulundu|bu sizin firmanız mı|kaydı düzenle|sarı sayfalar',
  storeHours: {
    hours: 'çalışma saatleri|açılış saatleri|mesai saatleri',
    saturday: 'cumartesi|=cmt',
  },
  size: {
    branches: 'mağaza|mağazası|şube|şubesi|satış noktası|bayi|showroom|depo',
    countries: 'ülke|ülkeye|ülkede|ülkeden',
    employees: 'çalışan|personel|kişi|kişilik',
    founded: 'kuruluş yılı|kuruluş|kurulan|kurulmuş|kuruldu|since',
    brands: 'marka|markası',
    containers: 'konteyner',
    area: 'm²|m2|metrekare|metre kare',
  },
};
