/**
 * Contact persons on real-looking pages: a German wholesaler's contact page (role labels), an English
 * distributor's team page (name headings over positions, with JSON-LD employees), a Chinese factory footer
 * ("联系人：王先生"), a B2B directory entry ("Contact: Mr …"), and pages whose names are not people.
 */
import { describe, expect, it } from 'vitest';
import { findPeople, leadingName } from '../../../lib/scan/people';
import { captureFile, captureHtml } from '../../tools/scan-node';

const pick = (people: ReturnType<typeof findPeople>) =>
  people.map((p) => ({
    name: p.name,
    salutation: p.salutation,
    title: p.title,
    email: p.email,
    phone: p.phone,
  }));

describe('findPeople', () => {
  it('reads role-labelled contacts of a German contact page, with their e-mail (also obfuscated) and phone', () => {
    const c = captureFile(
      'tests/fixtures/sites/lichtwerk-handel.de/kontakt.html',
      'https://lichtwerk-handel.de/kontakt',
    );
    expect(pick(findPeople([c]))).toEqual([
      {
        name: 'Jana Hoffmeister',
        salutation: '',
        title: 'Einkauf',
        email: 'einkauf@lichtwerk-handel.de',
        phone: '+49 521 9876 541',
      },
      {
        name: 'Marco Vidal',
        salutation: '',
        title: 'Export / International Sales',
        email: 'marco.vidal@lichtwerk-handel.de',
        phone: '+49 151 2345 6789',
      },
    ]);
  });

  it('reads a team page: JSON-LD employees and name headings over positions, each person once', () => {
    // Modelled on a WordPress "Meet the team" page of a UK electrical distributor (Elementor cards + Yoast schema).
    const html = `<!doctype html><html lang="en-GB"><head><title>Our team | Voltmart Electrical</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"Organization","name":"Voltmart Electrical Ltd","employee":[
          {"@type":"Person","name":"Sarah Whitfield","jobTitle":"Purchasing Manager","email":"mailto:s.whitfield@voltmart-electrical.co.uk","telephone":"+44 161 496 0321","knowsLanguage":"en"}]},
        {"@type":"Article","headline":"Why LED?","author":{"@type":"Person","name":"Tom Blogger"}}]}</script></head>
      <body><nav><a href="/">Home</a><a href="/team">Team</a></nav>
      <main><h1>Meet the team</h1>
      <div class="elementor-team-member"><h3>Sarah Whitfield</h3><p>Purchasing Manager<br>s.whitfield@voltmart-electrical.co.uk</p></div>
      <div class="elementor-team-member"><h3>Dev Patel</h3><p>Head of Sales<br>Call +44 161 496 0322</p></div>
      <div class="elementor-team-member"><h3>Trade Counter</h3><p>Open Monday to Friday</p></div>
      <h2>LED Panel Lights</h2><p>Sales from stock, next-day delivery.</p>
      </main><footer>Voltmart Electrical Ltd · Unit 4, Trafford Park · Manchester</footer></body></html>`;
    const people = findPeople([captureHtml(html, 'https://voltmart-electrical.co.uk/team')]);
    expect(pick(people)).toEqual([
      {
        name: 'Sarah Whitfield',
        salutation: '',
        title: 'Purchasing Manager',
        email: 's.whitfield@voltmart-electrical.co.uk',
        phone: '+44 161 496 0321',
      },
      { name: 'Dev Patel', salutation: '', title: 'Head of Sales', email: '', phone: '+44 161 496 0322' },
    ]);
    expect(people[0]!.language).toBe('en');
    expect(
      people.every((p) => p.source === 'scan' && p.page === 'https://voltmart-electrical.co.uk/team'),
    ).toBe(true);
  });

  it('reads "Contact: Mr …" on a directory entry and 联系人：王先生 in a Chinese footer', () => {
    const directory = `<html lang="en"><body><main><h1>Hengli Packaging Co., Ltd.</h1>
      <dl><dt>Business type</dt><dd>Manufacturer</dd></dl>
      <p>Contact: Mr. Li Wei (Export Manager)<br>Tel: +86 574 8765 4321</p></main></body></html>`;
    const factory = `<html lang="zh-CN"><body><main><p>产品中心</p></main>
      <footer><p>联系人：王先生</p><p>手机：+86 138 1234 5678</p><p>地址：浙江省宁波市</p></footer></body></html>`;
    expect(pick(findPeople([captureHtml(directory, 'https://tradefind-directory.com/hengli')]))).toEqual([
      { name: 'Li Wei', salutation: 'mr', title: 'Export Manager', email: '', phone: '' },
    ]);
    expect(pick(findPeople([captureHtml(factory, 'https://hengli-packaging.cn/')]))).toEqual([
      { name: '王先生', salutation: 'mr', title: '', email: '', phone: '' },
    ]);
  });

  it('finds nobody where no person is named: departments, companies, product headings', () => {
    const html = `<html lang="de"><body><main><h2>Ansprechpartner</h2>
      <p>Kontakt: Vertrieb Innendienst, vertrieb@weber.de</p><p>Einkauf: Weber Großhandel GmbH</p>
      <h3>Downlight Pro</h3><p>Sales price on request</p></main></body></html>`;
    expect(findPeople([captureHtml(html, 'https://grosshandel-weber.de/kontakt')])).toEqual([]);
    expect(findPeople([])).toEqual([]);
  });
});

describe('leadingName', () => {
  it.each([
    ['Herr Max Müller, Vertrieb', 'Herr Max Müller'],
    ['Ludwig van der Berg – CEO', 'Ludwig van der Berg'],
    ['Mr Smith', 'Mr Smith'],
    ['Marie-Claire Dubois', 'Marie-Claire Dubois'],
    ['info@weber.de', ''],
    ['Weber GmbH', ''],
    ['Sales Team', ''],
    ['Max', ''],
  ])('%s → %j', (text, name) => expect(leadingName(text)).toBe(name));
});
