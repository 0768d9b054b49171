import { describe, expect, it } from 'vitest';
import type { PageCapture, PageLink } from '../../../lib/model';
import { isScannableUrl } from '../../../lib/scan/restricted';
import { pickSitePages } from '../../../lib/scan/site-pages';
import { captureHtml } from '../../tools/scan-node';

function captureWith(url: string, links: [string, string, PageLink['zone']?][]): PageCapture {
  return {
    url,
    title: '',
    lang: '',
    meta: {},
    jsonld: [],
    blocks: [],
    links: links.map(([href, text, zone]) => ({ href, text, zone: zone ?? 'nav' })),
    encoded: [],
    itemprops: [],
    counts: { forms: 0, cartControls: 0, productCards: 0, externalLinks: 0 },
    truncated: false,
    chars: 0,
  };
}

describe('pickSitePages', () => {
  it('prefers contact, imprint, about, then products, same origin only', () => {
    const capture = captureWith('https://weber.de/', [
      ['https://weber.de/', 'Start'],
      ['https://weber.de/sanitaer/armaturen', 'Armaturen'],
      ['https://weber.de/produkte', 'Produkte'],
      ['https://weber.de/ueber-uns', 'Über uns'],
      ['https://weber.de/impressum', 'Impressum', 'footer'],
      ['https://weber.de/kontakt', 'Kontakt'],
      ['https://other.de/kontakt', 'Kontakt'],
      ['https://weber.de/warenkorb', 'Warenkorb'],
      ['https://weber.de/datenschutz', 'Datenschutz'],
      ['https://weber.de/katalog.pdf', 'Katalog'],
    ]);
    expect(pickSitePages(capture, 4)).toEqual([
      'https://weber.de/kontakt',
      'https://weber.de/impressum',
      'https://weber.de/ueber-uns',
      'https://weber.de/produkte',
    ]);
    expect(pickSitePages(capture, 1)).toEqual(['https://weber.de/kontakt']);
  });

  it.each([
    ['https://x.es/aviso-legal/', 'Aviso legal'],
    ['https://x.fr/mentions-legales', 'Mentions légales'],
    ['https://x.ru/kontakty', 'Контакты'],
    ['https://x.cn/lianxi.html', '联系我们'],
    ['https://x.es/quienes-somos/', 'Quiénes somos'],
    ['https://x.com/contact-us.html', 'Contact Us'],
  ])('recognises %s', (href, text) => {
    const origin = new URL(href).origin;
    expect(pickSitePages(captureWith(`${origin}/`, [[href, text]]), 3)).toEqual([href]);
  });

  it('returns nothing for a capture with a broken URL', () => {
    expect(pickSitePages(captureWith('nonsense', [['https://x.de/kontakt', 'Kontakt']]), 3)).toEqual([]);
  });
});

describe('isScannableUrl', () => {
  it.each([
    ['https://grosshandel-weber.de/kontakt', true],
    ['http://127.0.0.1:4301/', true],
    ['chrome://extensions', false],
    ['chrome-extension://abc/popup.html', false],
    ['https://chromewebstore.google.com/detail/x', false],
    ['https://chrome.google.com/webstore/detail/x', false],
    ['https://addons.mozilla.org/en-US/firefox/', false],
    ['https://docs.google.com/viewer?url=x', false],
    ['https://firma.de/katalog.pdf', false],
    ['file:///home/rep/page.html', false],
    ['view-source:https://x.de/', false],
    ['about:blank', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isScannableUrl(url)).toBe(expected);
  });
});

describe('pickSitePages on a hostile menu', () => {
  it('never picks session, account, order or query-string pages, whatever their link text', () => {
    const capture = captureWith('https://portal.de/', [
      ['https://portal.de/signout', 'Contact us'],
      ['https://portal.de/logout?next=/kontakt', 'Kontakt'],
      ['https://portal.de/my-profile', 'My profile'],
      ['https://portal.de/account/contact', 'Contact'],
      ['https://portal.de/dealer-portal/orders/cancel?id=9', 'Contact about order 9'],
      ['https://portal.de/newsletter/unsubscribe', 'Contact preferences'],
      ['https://portal.de/contact?ref=nav', 'Contact'],
      ['https://portal.de/user/delete', 'About me'],
      ['https://portal.de/kontakt', 'Kontakt'],
      ['https://portal.de/unternehmen/company-profile', 'Company profile'],
    ]);
    expect(pickSitePages(capture, 6)).toEqual([
      'https://portal.de/kontakt',
      'https://portal.de/unternehmen/company-profile',
    ]);
  });
});

/**
 * Real-looking pages, written in the shapes the real pages of the prospect corpus have (a shop's mega-menu and
 * footer, a news list on a company home page, a product grid), captured the way the popup captures them. The
 * picker once sent the site scan to `/about/vacancy/`, to news items that begin "关于…" ("concerning…"), to item
 * pages whose slug ends in "shop" and to hrefs with a line break inside: pages that 404 or say nothing of the firm.
 */
describe('pickSitePages on real-looking pages', () => {
  const pick = (html: string, url: string, max = 6) => pickSitePages(captureHtml(html, url), max);

  it('a German shop: the menu and footer sections, not the career page, the blog or a padded href', () => {
    // Models a WooCommerce shop: header menu, a blog teaser grid in the body, a footer with legal links in
    // another spelling of the same pages, and a template that leaves an encoded line break and padding inside one href.
    const html = `<!doctype html><html lang="de"><head><title>Leuchten Krüger – Shop</title></head><body>
      <header><nav class="main-navigation"><ul>
        <li><a href="/">Start</a></li><li><a href="/shop/">Shop</a></li>
        <li><a href="/ueber-uns/">Über uns</a></li><li><a href="/Kontakt">Kontakt</a></li></ul></nav></header>
      <main><h1>Leuchten für Profis</h1>
        <article><h2>Neue Panels</h2><a href="/blog/2024/03/mehr-ueber-unsere-marken-und-den-kontakt-zum-hersteller">Mehr über unsere Marken und den Kontakt zum Hersteller erfahren</a></article>
        <ul class="products"><li><a href="/produkt/led-panel-62x62-neutralweiss-shop">LED-Panel 62×62</a></li></ul>
        <a href="/marken%0A%20%20%20%20%20%20%20%20">Marken</a>
      </main>
      <footer><ul><li><a href="/impressum.html">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li>
        <li><a href="/kontakt.html">Kontakt</a></li><li><a href="/ueber-uns/jobs/">Jobs</a></li>
        <li><a href="/ueber-uns/karriere/">Karriere bei uns</a></li></ul></footer></body></html>`;
    expect(pick(html, 'https://leuchten-krueger.de/')).toEqual([
      'https://leuchten-krueger.de/Kontakt',
      'https://leuchten-krueger.de/impressum.html',
      'https://leuchten-krueger.de/ueber-uns/',
      'https://leuchten-krueger.de/shop/',
    ]);
  });

  it('a Chinese company home page: 联系我们 and 关于我们, never a news item that starts with 关于', () => {
    const html = `<!doctype html><html lang="zh-CN"><head><title>金丝路商贸</title></head><body>
      <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/about/">关于我们</a></li>
        <li><a href="/chanpin/">产品中心</a></li><li><a href="/lianxiwomen/">联系我们</a></li></ul></div>
      <div class="news"><ul>
        <li><a href="/news/scgg/2016/0425/136.html">关于宁夏金丝路2016年五·一放假通知</a></li>
        <li><a href="/news/scgg/2016/0422/108.html">关于交易账号变更及联系方式更新的通知公告</a></li></ul></div>
      <div class="footer">版权所有 © 金丝路商贸有限公司</div></body></html>`;
    expect(pick(html, 'http://jinsilu-shangmao.cn/')).toEqual([
      'http://jinsilu-shangmao.cn/lianxiwomen/',
      'http://jinsilu-shangmao.cn/about/',
      'http://jinsilu-shangmao.cn/chanpin/',
    ]);
  });

  it('an English directory page: the footer pages, not teasers that mention "about" or words that start alike', () => {
    const html = `<!doctype html><html lang="en"><head><title>Fashion shops in Mykonos</title></head><body>
      <nav><a href="/">Home</a> <a href="/shop-in-mykonos.html">Shop</a></nav>
      <main><h1>Fashion</h1>
        <div class="listing"><h3>The Curiosity Shop</h3>
          <a href="/shop-in-mykonos/fashion/3221-the-curiosity-shop.html">Find out more about The Curiosity Shop</a></div>
        <p><a href="/invites">Learn more about our invite system</a> · <a href="/imprinting_glossary.aspx">Imprinting glossary</a>
          · <a href="/aboutbonuses">Bonus programme</a></p></main>
      <footer><a href="/static/about-us.html">About Us</a> <a href="/static/contact-us.html">Contact Us</a>
        <a href="/static/terms.html">Terms</a></footer></body></html>`;
    expect(pick(html, 'http://inmykonos-guide.com/shop-in-mykonos/fashion.html')).toEqual([
      'http://inmykonos-guide.com/static/contact-us.html',
      'http://inmykonos-guide.com/static/about-us.html',
      'http://inmykonos-guide.com/shop-in-mykonos.html',
    ]);
  });
});
