import { describe, expect, it } from 'vitest';
import { FREE_MAIL_LIST } from '../../../lib/free-mail/domains';
import { isFreeMailAddress, isFreeMailDomain } from '../../../lib/free-mail/index';
import { packageFreeMailDomains } from '../../tools/build-free-mail';

describe('free-mail domains', () => {
  it.each([
    '163.com',
    'qq.com',
    'gmail.com',
    'outlook.com',
    'yahoo.com',
    'mail.ru',
    'yandex.ru',
    'web.de',
    'gmx.de',
    'naver.com',
    'foxmail.com',
    'wp.pl',
    'MAIL.163.COM',
  ])('%s is free mail', (domain) => expect(isFreeMailDomain(domain)).toBe(true));
  it.each(['leuchten-mueller.de', 'example.co.uk', 'europages.com', 'com', ''])('%s is not', (domain) =>
    expect(isFreeMailDomain(domain)).toBe(false),
  );
  it('reads addresses', () => {
    expect(isFreeMailAddress('li.wei@163.com')).toBe(true);
    expect(isFreeMailAddress('sales@firma.de')).toBe(false);
    expect(isFreeMailAddress('not an address')).toBe(false);
  });
  it('is the installed package list (run tests/tools/build-free-mail.ts after an upgrade)', () => {
    expect(FREE_MAIL_LIST.split(' ')).toEqual(packageFreeMailDomains());
  });
});
