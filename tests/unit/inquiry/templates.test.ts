import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, draftReply, greetingName, replyLang } from '../../../lib/inquiry/templates';

describe('draftReply', () => {
  it('answers a generic request with the holding reply, greeting the first name', () => {
    const r = draftReply({
      kind: 'generic',
      lang: 'en',
      senderName: 'John Carter',
      products: [],
      missing: [],
    });
    expect(r.template).toBe('holding');
    expect(r.text.startsWith('Dear John,')).toBe(true);
    expect(r.text).toContain('price list');
  });
  it('asks for each missing fact in the inquiry’s language', () => {
    const r = draftReply({
      kind: 'detailed',
      lang: 'es',
      senderName: 'Roberto Díaz',
      products: ['tiras LED'],
      missing: ['payment', 'deadline'],
    });
    expect(r.lang).toBe('es');
    expect(r.text).toContain('(tiras LED)');
    expect(r.text).toContain('- ¿Qué forma de pago propone?');
    expect(r.text).toContain('- ¿Para cuándo necesita la mercancía?');
    expect(r.text).not.toContain('{questions}');
  });
  it('falls back to English for a language without templates, and to a polite greeting for a department', () => {
    const r = draftReply({
      kind: 'complete',
      lang: 'it',
      senderName: 'Procurement',
      products: [],
      missing: [],
    });
    expect(r.lang).toBe('en');
    expect(r.template).toBe('acknowledge');
    expect(r.text.startsWith('Dear Sir or Madam,')).toBe(true);
  });
  it('uses the rep’s edited template', () => {
    const edited = structuredClone(DEFAULT_TEMPLATES);
    edited.de.holding = 'Hallo {name}, die Preisliste kommt morgen.';
    const r = draftReply(
      { kind: 'generic', lang: 'de', senderName: 'Jens Müller', products: [], missing: [] },
      edited,
    );
    expect(r.text).toBe('Hallo Jens, die Preisliste kommt morgen.');
  });
});

describe('helpers', () => {
  it.each([
    ['pt', 'pt'],
    ['ar', 'en'],
    ['', 'en'],
  ])('replyLang(%s) = %s', (lang, want) => {
    expect(replyLang(lang)).toBe(want);
  });
  it('greets the Latin name of a bilingual signature line', () => {
    expect(greetingName('Khalid Al-Mansouri | خالد المنصوري', 'en')).toBe('Khalid');
  });
});
