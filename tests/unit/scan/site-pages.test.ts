import { describe, expect, it } from 'vitest';
import type { PageCapture, PageLink } from '../../../lib/model';
import { isScannableUrl } from '../../../lib/scan/restricted';
import { pickSitePages } from '../../../lib/scan/site-pages';

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
