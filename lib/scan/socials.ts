/**
 * Social profiles and messenger handles of the company itself: profile links, not share buttons, intents or the
 * site builder's own accounts.
 */
import { isMessengerHandle } from '../clean-values';
import type { Messenger, Social } from '../model';
import { parsePhone } from './phones';

export type SocialNetwork = Social['network'];
export type MessengerKind = Messenger['kind'];

/** Accounts of site builders, themes and platforms that appear in templates' footers, not the company's own. */
const PLATFORM_HANDLES = new Set([
  'wix',
  'wixcom',
  'shopify',
  'shopifyplus',
  'wordpress',
  'wordpressdotcom',
  'woocommerce',
  'squarespace',
  'godaddy',
  'jimdo',
  'weebly',
  'webflow',
  'elementor',
  'elemntor',
  'strato',
  'strato_ag',
  'ionos',
  '1und1',
  'hubspot',
  'wix.com',
  'mailchimp',
  'bigcommerce',
  'prestashop',
  'magento',
  'joomla',
  'drupal',
  'themeforest',
  'envato',
  'yoast',
  'alibaba.com',
  'alibabagroup',
  'madeinchina',
  'made-in-china',
  'globalsources',
  'sharer',
  'share',
  'home',
  'login',
  'signup',
  'help',
  'policies',
  'privacy',
  'legal',
  'about',
  'settings',
  'search',
  'hashtag',
  'explore',
  'watch',
  'results',
  'tr',
  'plugins',
  'dialog',
  'intent',
  'embed',
  'feed',
  'legal_and_privacy',
  'terms',
]);

function normalizeUrl(url: URL): string {
  const host = url.hostname.replace(/^(?:www|m|mobile|web|de|es|fr|it|nl|pl|ru|zh-cn|business)\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  return `https://${host}${path}`;
}

/**
 * Recognises a company profile URL and returns its network and a normalised URL, or null for share buttons,
 * intents, posts and platform accounts.
 */
export function socialProfile(href: string): { network: SocialNetwork; url: string } | null {
  let url: URL;
  try {
    url = new URL(href.trim().replace(/^\/\//, 'https://'));
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^(?:www|m|mobile|web)\./, '');
  const segments = url.pathname.split('/').filter(Boolean);
  const first = (segments[0] ?? '').toLowerCase();
  const handle = (name: string | undefined) => (name ?? '').toLowerCase().replace(/^@/, '');
  const isPlatform = (name: string | undefined) => PLATFORM_HANDLES.has(handle(name)) || handle(name) === '';
  if (
    /sharer|share\.php|sharearticle|\/share\b|\/intent\/|\/dialog\/|\/plugins\/|addtoany|\/pin\/create/i.test(
      url.pathname + url.search,
    )
  )
    return null;

  if (host.endsWith('linkedin.com')) {
    if ((first === 'company' || first === 'school' || first === 'showcase') && !isPlatform(segments[1]))
      return {
        network: 'linkedin',
        url: normalizeUrl(new URL(`https://linkedin.com/${first}/${segments[1]}`)),
      };
    if (first === 'in' && segments[1])
      return { network: 'linkedin', url: normalizeUrl(new URL(`https://linkedin.com/in/${segments[1]}`)) };
    return null;
  }
  if (host.endsWith('facebook.com') || host === 'fb.com' || host === 'fb.me') {
    if (first === 'pages' && segments.length >= 2)
      return {
        network: 'facebook',
        url: normalizeUrl(new URL(`https://facebook.com/${segments.slice(0, 3).join('/')}`)),
      };
    if (first === 'profile.php') {
      const id = url.searchParams.get('id');
      return id ? { network: 'facebook', url: `https://facebook.com/profile.php?id=${id}` } : null;
    }
    if (
      !first ||
      isPlatform(first) ||
      /\.php$/.test(first) ||
      [
        'groups',
        'events',
        'photo',
        'photos',
        'watch',
        'story',
        'permalink',
        'people',
        'business',
        'gaming',
        'marketplace',
        'ads',
      ].includes(first)
    )
      return null;
    return { network: 'facebook', url: normalizeUrl(new URL(`https://facebook.com/${segments[0]}`)) };
  }
  if (host.endsWith('instagram.com')) {
    if (
      !first ||
      isPlatform(first) ||
      ['p', 'reel', 'reels', 'stories', 'explore', 'accounts', 'tv'].includes(first)
    )
      return null;
    return { network: 'instagram', url: normalizeUrl(new URL(`https://instagram.com/${segments[0]}`)) };
  }
  if (host === 'twitter.com' || host === 'x.com') {
    if (
      !first ||
      isPlatform(first) ||
      ['i', 'status', 'statuses'].includes(first) ||
      segments[1] === 'status'
    )
      return null;
    return { network: 'x', url: normalizeUrl(new URL(`https://x.com/${segments[0]}`)) };
  }
  if (host.endsWith('youtube.com')) {
    if (['channel', 'c', 'user'].includes(first) && segments[1] && !isPlatform(segments[1]))
      return {
        network: 'youtube',
        url: normalizeUrl(new URL(`https://youtube.com/${first}/${segments[1]}`)),
      };
    if (first.startsWith('@') && !isPlatform(first))
      return { network: 'youtube', url: normalizeUrl(new URL(`https://youtube.com/${segments[0]}`)) };
    return null;
  }
  if (host.endsWith('tiktok.com')) {
    if (first.startsWith('@') && !isPlatform(first) && segments.length === 1)
      return { network: 'tiktok', url: normalizeUrl(new URL(`https://tiktok.com/${segments[0]}`)) };
    return null;
  }
  if (host === 'vk.com') {
    if (!first || isPlatform(first) || /\.php$/.test(first) || first === 'away.php') return null;
    return { network: 'vk', url: normalizeUrl(new URL(`https://vk.com/${segments[0]}`)) };
  }
  if (host.endsWith('xing.com')) {
    if (
      (first === 'companies' || first === 'pages' || first === 'profile') &&
      segments[1] &&
      !isPlatform(segments[1])
    )
      return { network: 'xing', url: normalizeUrl(new URL(`https://xing.com/${first}/${segments[1]}`)) };
    return null;
  }
  if (/(?:^|\.)pinterest\.[a-z.]+$/.test(host)) {
    if (
      !first ||
      isPlatform(first) ||
      ['pin', 'search', 'ideas', 'today'].includes(first) ||
      segments.length > 1
    )
      return null;
    return { network: 'pinterest', url: normalizeUrl(new URL(`https://pinterest.com/${segments[0]}`)) };
  }
  return null;
}

/** Recognises a messenger link (`wa.me`, `api.whatsapp.com/send`, `skype:`, `t.me`, `viber:`, `weixin:`, `line.me`). */
export function messengerFromHref(href: string): { kind: MessengerKind; value: string } | null {
  const found = messengerOfHref(href);
  // Each network's handle syntax: `skype:';alert(1);//` is no Skype name (issue 16).
  return found && isMessengerHandle(found.kind, found.value) ? found : null;
}

function messengerOfHref(href: string): { kind: MessengerKind; value: string } | null {
  const raw = href.trim();
  const lower = raw.toLowerCase();
  try {
    if (lower.startsWith('skype:')) {
      const name = raw.slice(6).split('?')[0] ?? '';
      return name ? { kind: 'skype', value: decodeURIComponent(name) } : null;
    }
    if (lower.startsWith('viber:')) {
      const number = new URL(raw).searchParams.get('number') ?? '';
      const phone = parsePhone(`+${number.replace(/\D/g, '')}`, '', true);
      return phone ? { kind: 'viber', value: phone.e164 } : null;
    }
    if (lower.startsWith('weixin:') || lower.startsWith('wechat:')) {
      const id = raw.replace(/^[a-z]+:\/*(?:dl\/chat\?)?/i, '').split(/[?&/]/)[0] ?? '';
      return id ? { kind: 'wechat', value: id } : null;
    }
    if (lower.startsWith('whatsapp:')) {
      const phone = new URL(raw.replace(/^whatsapp:\/*/i, 'https://x/')).searchParams.get('phone') ?? '';
      const parsed = parsePhone(`+${phone.replace(/\D/g, '')}`, '', true);
      return parsed ? { kind: 'whatsapp', value: parsed.e164 } : null;
    }
    const url = new URL(raw.replace(/^\/\//, 'https://'));
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    if (
      host === 'wa.me' ||
      host === 'api.whatsapp.com' ||
      host === 'web.whatsapp.com' ||
      host === 'whatsapp.com'
    ) {
      const digits = (
        host === 'wa.me' ? (url.pathname.split('/')[1] ?? '') : (url.searchParams.get('phone') ?? '')
      ).replace(/\D/g, '');
      if (!digits) return null;
      const parsed = parsePhone(`+${digits}`, '', true);
      return parsed ? { kind: 'whatsapp', value: parsed.e164 } : null;
    }
    if (host === 't.me' || host === 'telegram.me') {
      const name = url.pathname.split('/')[1] ?? '';
      if (
        !name ||
        ['share', 'joinchat', 's', 'addstickers', 'proxy', 'iv'].includes(name.toLowerCase()) ||
        name.startsWith('+')
      )
        return null;
      return { kind: 'telegram', value: `@${name}` };
    }
    if (host === 'line.me') {
      const parts = url.pathname.split('/').filter(Boolean);
      const id = parts[parts.length - 1] ?? '';
      return id && parts.includes('p') ? { kind: 'line', value: decodeURIComponent(id) } : null;
    }
  } catch {
    return null;
  }
  return null;
}

/** Handle written in text after a label: `WeChat: factory_sales88`, `微信：abc123`, `Skype: live:weber.sales`. */
const HANDLE_IN_TEXT: { kind: MessengerKind; pattern: RegExp }[] = [
  {
    kind: 'wechat',
    pattern:
      /(?:wechat|we chat|weixin|微信(?:号)?)\s*(?:id)?\s*[:：]?\s*([A-Za-z][-_A-Za-z0-9]{5,19}|\+?\d[\d\s-]{6,16}\d)/giu,
  },
  {
    kind: 'skype',
    pattern: /skype\s*(?:id)?\s*[:：]\s*((?:live:)?[A-Za-z][A-Za-z0-9._,:-]{4,40}[A-Za-z0-9])/giu,
  },
  { kind: 'telegram', pattern: /telegram\s*[:：]\s*(@[A-Za-z][A-Za-z0-9_]{4,31})/giu },
];

/** Finds messenger handles written in text after their label. */
export function messengersInText(text: string): { kind: MessengerKind; value: string; index: number }[] {
  const out: { kind: MessengerKind; value: string; index: number }[] = [];
  if (!/wechat|we chat|weixin|微信|skype|telegram/i.test(text)) return out;
  for (const { kind, pattern } of HANDLE_IN_TEXT) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      let value = (m[1] ?? '').trim();
      if (/^\+?\d/.test(value)) {
        const phone = parsePhone(value.startsWith('+') ? value : `+${value}`, '', false);
        if (!phone) continue;
        value = phone.e164;
      }
      if (value) out.push({ kind, value, index: m.index });
      if (out.length > 50) return out;
    }
  }
  return out;
}
