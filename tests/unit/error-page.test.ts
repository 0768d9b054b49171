import { describe, expect, it } from 'vitest';
import { errorPageOf } from '../../lib/error-page';
import type { TextBlock } from '../../lib/model';

const page = (title: string, heading?: string) => ({
  title,
  blocks: heading ? ([{ zone: 'heading', text: heading }] satisfies TextBlock[]) : [],
});

describe('errorPageOf', () => {
  it.each([
    ['404 Not Found', undefined],
    ['Seite nicht gefunden – Lichtwerk Handel', undefined],
    ['Página no encontrada | Iluminación Sur', undefined],
    ['Error 500', undefined],
    ['页面不存在 - 恒达阀门', undefined],
    ['Lichtwerk Handel', 'Oops! 404'],
  ])('%s / %s is an error page', (title, heading) => {
    expect(errorPageOf(page(title, heading))).not.toBeNull();
  });

  it.each([
    ['Lichtwerk Handel GmbH – LED-Großhandel', 'LED-Panels für Büro und Industrie'],
    ['Downlight DL-403 mm, 4000 K, 24 W – Produktdatenblatt für Planer und Installateure', undefined],
    ['Casa e Luce', 'Lampade da tavolo'],
  ])('%s / %s is an ordinary page', (title, heading) => {
    expect(errorPageOf(page(title, heading))).toBeNull();
  });

  it('trusts an HTTP error status over an ordinary title (a soft-branded 404)', () => {
    expect(errorPageOf(page('Lichtwerk Handel GmbH'), 404)).toEqual({ status: 404, cue: 'HTTP 404' });
  });

  it('keeps a 200 page with an ordinary title', () => {
    expect(errorPageOf(page('Lichtwerk Handel GmbH'), 200)).toBeNull();
  });
});
