import { describe, expect, it } from 'vitest';
import { messengerFromHref, messengersInText, socialProfile } from '../../../lib/scan/socials';

describe('socialProfile', () => {
  it.each([
    [
      'https://www.linkedin.com/company/weber-grosshandel/',
      'linkedin',
      'https://linkedin.com/company/weber-grosshandel',
    ],
    ['https://de.linkedin.com/company/acme?trk=x', 'linkedin', 'https://linkedin.com/company/acme'],
    ['https://www.facebook.com/brewhaussupply/', 'facebook', 'https://facebook.com/brewhaussupply'],
    [
      'https://m.facebook.com/pages/Acme-Pumps/123456',
      'facebook',
      'https://facebook.com/pages/Acme-Pumps/123456',
    ],
    [
      'https://instagram.com/importaciones_levante/',
      'instagram',
      'https://instagram.com/importaciones_levante',
    ],
    ['https://twitter.com/AquaflowPumps', 'x', 'https://x.com/AquaflowPumps'],
    ['https://x.com/AquaflowPumps', 'x', 'https://x.com/AquaflowPumps'],
    ['https://www.youtube.com/@hengdavalve', 'youtube', 'https://youtube.com/@hengdavalve'],
    ['https://www.youtube.com/channel/UCa1b2c3', 'youtube', 'https://youtube.com/channel/UCa1b2c3'],
    ['https://www.tiktok.com/@brewhaussupply', 'tiktok', 'https://tiktok.com/@brewhaussupply'],
    ['https://vk.com/stroymarket', 'vk', 'https://vk.com/stroymarket'],
    [
      'https://www.xing.com/pages/webergrosshandelgmbh',
      'xing',
      'https://xing.com/pages/webergrosshandelgmbh',
    ],
    ['https://www.pinterest.de/brewhaus/', 'pinterest', 'https://pinterest.com/brewhaus'],
  ])('%s', (href, network, url) => {
    expect(socialProfile(href)).toEqual({ network, url });
  });

  it.each([
    ['a Facebook share button', 'https://www.facebook.com/sharer/sharer.php?u=https://x.de'],
    ['a Facebook share dialog', 'https://www.facebook.com/dialog/share?app_id=1'],
    ['a tweet intent', 'https://twitter.com/intent/tweet?url=x'],
    ['a tweet', 'https://twitter.com/acme/status/12345'],
    ['a LinkedIn share', 'https://www.linkedin.com/sharing/share-offsite/?url=x'],
    ['a Pinterest pin button', 'https://pinterest.com/pin/create/button/?url=x'],
    ['an Instagram post', 'https://www.instagram.com/p/CxYz123/'],
    ['a YouTube video', 'https://www.youtube.com/watch?v=abc'],
    ['the Shopify page', 'https://www.facebook.com/shopify'],
    ['the Wix page', 'https://www.instagram.com/wix/'],
    ['the WordPress page', 'https://twitter.com/WordPress'],
    ['the Elementor page', 'https://www.facebook.com/elemntor'],
    ['a VK share', 'https://vk.com/share.php?url=x'],
    ['not a social site', 'https://www.example-shop.com/facebook'],
    ['garbage', 'ht!tp:://'],
  ])('rejects %s', (_label, href) => {
    expect(socialProfile(href)).toBeNull();
  });
});

describe('messengers', () => {
  it.each([
    ['https://wa.me/34612345678?text=Hola', { kind: 'whatsapp', value: '+34612345678' }],
    ['https://api.whatsapp.com/send?phone=8613857412290', { kind: 'whatsapp', value: '+8613857412290' }],
    ['whatsapp://send?phone=+491711234567', { kind: 'whatsapp', value: '+491711234567' }],
    ['skype:hengda.sales?chat', { kind: 'skype', value: 'hengda.sales' }],
    ['https://t.me/weber_sales', { kind: 'telegram', value: '@weber_sales' }],
    ['viber://chat?number=%2B380501234567', { kind: 'viber', value: '+380501234567' }],
    ['weixin://dl/chat?hengda_valve88', { kind: 'wechat', value: 'hengda_valve88' }],
  ])('%s', (href, expected) => {
    expect(messengerFromHref(href)).toEqual(expected);
  });
  it.each([
    'https://wa.me/',
    'https://t.me/share/url?url=x',
    'https://chat.whatsapp.com/AbCdEf',
    'https://x.de/',
  ])('rejects %s', (href) => {
    expect(messengerFromHref(href)).toBeNull();
  });
  it('reads handles written after their label', () => {
    expect(
      messengersInText('WeChat: hengda_valve88  Skype: hengda.sales  微信：+86 138 5741 2290').map(
        (m) => `${m.kind}:${m.value}`,
      ),
    ).toEqual(['wechat:hengda_valve88', 'wechat:+8613857412290', 'skype:hengda.sales']);
  });
  it('ignores text with no messenger label', () => {
    expect(messengersInText('We chat about valves all day')).toEqual([]);
  });
});
