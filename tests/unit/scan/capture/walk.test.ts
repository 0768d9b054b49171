/**
 * The capture walk against hostile markup. happy-dom does not implement the named-property override of forms and
 * documents (so the real clobbering runs in Chromium, tests/e2e/hostile.spec.ts); here the override is modelled the
 * way the browser exposes it, as own properties of the instance, which the walk must never read.
 */
import { describe, expect, it } from 'vitest';
import type { PageCapture } from '../../../../lib/model';
import { type CaptureBudget, capturePage, DEFAULT_BUDGET } from '../../../../lib/scan/capture';
import { NODE_BUDGET, parseDocument } from '../../../tools/scan-node';

const textOf = (c: PageCapture, zone?: string) =>
  c.blocks
    .filter((b) => !zone || b.zone === zone)
    .map((b) => b.text)
    .join('\n');

const FOOTER = '<footer><p>Kontakt: vertrieb@hafen-armaturen.de · Tel. +49 40 1234567</p></footer>';

/** Shadows `names` on every form, as a named control does in a browser. */
function clobberForms(doc: Document, names: string[]): void {
  for (const form of Array.from(doc.querySelectorAll('form'))) {
    const control = form.querySelector('input') ?? doc.body;
    for (const name of names) Object.defineProperty(form, name, { value: control, configurable: true });
  }
}

describe('a walk that cannot be misled', () => {
  it.each([
    ['nextSibling'],
    ['firstChild'],
    ['parentNode'],
    ['nodeName'],
    ['nodeType'],
    ['childNodes'],
    ['attributes'],
    ['getAttribute'],
    ['className'],
    ['textContent'],
  ])('reads past a form whose %s is clobbered', (name) => {
    const doc = parseDocument(
      `<html><body><p>Armaturen für Schiffe</p><form id="f"><input name="${name}"><button>Go</button></form>${FOOTER}</body></html>`,
    );
    clobberForms(doc, [name]);
    const c = capturePage(doc, 'https://hafen-armaturen.de/', NODE_BUDGET);
    expect(textOf(c, 'footer')).toContain('vertrieb@hafen-armaturen.de');
    expect(c.truncated).toBe(false);
  });

  it('ends on a form whose nextSibling points back before it (the freeze of issue 16)', () => {
    const doc = parseDocument(
      `<html><body><input name="nextSibling" form="f"><form id="f"></form>${FOOTER}</body></html>`,
    );
    const input = doc.querySelector('input') as Element;
    Object.defineProperty(doc.querySelector('form') as Element, 'nextSibling', { value: input });
    const c = capturePage(doc, 'https://hafen-armaturen.de/', NODE_BUDGET);
    expect(textOf(c, 'footer')).toContain('Tel. +49 40 1234567');
  });

  it('ignores a clobbered document (body, getElementsByTagName)', () => {
    const doc = parseDocument(`<html><body><p>Text</p><img name="body">${FOOTER}</body></html>`);
    Object.defineProperty(doc, 'body', { value: null });
    Object.defineProperty(doc, 'getElementsByTagName', { value: () => [] });
    const c = capturePage(doc, 'https://hafen-armaturen.de/', NODE_BUDGET);
    expect(textOf(c, 'footer')).toContain('vertrieb@hafen-armaturen.de');
  });
});

describe('budgets per zone and per root', () => {
  const links = (n: number) =>
    Array.from({ length: n }, (_, i) => `<li><a href="/c/${i}">Kat ${i}</a></li>`).join('');

  it('a huge first footer cannot push out the real one', () => {
    const doc = parseDocument(
      `<html><body><main><p>Armaturen</p></main><footer class="sitemap"><ul>${links(40_000)}</ul></footer>${FOOTER}</body></html>`,
    );
    const c = capturePage(doc, 'https://hafen-armaturen.de/', NODE_BUDGET);
    expect(textOf(c, 'footer')).toContain('vertrieb@hafen-armaturen.de');
    expect(textOf(c, 'footer')).not.toContain('Kat 39999');
    expect(c.truncated).toBe(true);
    expect(c.chars).toBeLessThanOrEqual(DEFAULT_BUDGET.chars.footer + DEFAULT_BUDGET.chars.main);
  }, 60_000);

  it('a huge mega-menu keeps to the nav budget and the footer mailto survives the anchor caps', () => {
    const doc = parseDocument(
      `<html><body><nav><ul>${links(40_000)}</ul></nav><footer><a href="mailto:vertrieb@hafen-armaturen.de">Mail</a></footer></body></html>`,
    );
    const c = capturePage(doc, 'https://hafen-armaturen.de/', NODE_BUDGET);
    expect(c.links.map((l) => l.href)).toContain('mailto:vertrieb@hafen-armaturen.de');
    expect(textOf(c, 'nav').length).toBeLessThanOrEqual(DEFAULT_BUDGET.chars.nav);
    expect(c.truncated).toBe(true);
  }, 60_000);

  it('a walk cut by the clock still reads the footer in its grace time and says it was cut', () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => `<p>Artikel ${i} Kugelhahn</p>`).join('');
    const doc = parseDocument(`<html><body><main>${rows}</main>${FOOTER}</body></html>`);
    // No time at all for the body, unbounded grace for the footers: deterministic on any machine.
    const budget: CaptureBudget = { ...DEFAULT_BUDGET, ms: -1, graceMs: Number.POSITIVE_INFINITY };
    const c = capturePage(doc, 'https://hafen-armaturen.de/', budget);
    expect(c.truncated).toBe(true);
    expect(textOf(c, 'body')).not.toContain('Artikel 2999');
    expect(textOf(c, 'footer')).toContain('vertrieb@hafen-armaturen.de');
  });
});
