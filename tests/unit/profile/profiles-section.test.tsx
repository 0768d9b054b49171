// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ProfilesSection } from '../../../components/options/ProfilesSection';
import { getActiveProfile, getProfiles, setActiveProfileId, setProfiles } from '../../../lib/profile/storage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function mount() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<ProfilesSection />));
  await act(async () => new Promise((r) => setTimeout(r, 20)));
  return { host, root };
}

const byTestId = (host: HTMLElement, id: string) =>
  host.querySelector(`[data-testid="${id}"]`) as HTMLElement;

function setValue(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto =
    el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('ProfilesSection', () => {
  // The fake browser has no i18n; the editor only needs the UI language (English here).
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  });

  it('creates a profile with a product line and makes it active', async () => {
    const { host, root } = await mount();
    expect(host.textContent).toContain('No profile yet');
    await act(async () => byTestId(host, 'profile-add').click());
    setValue(byTestId(host, 'profile-name') as HTMLInputElement, 'LED lighting');
    const [lineName] = host.querySelectorAll<HTMLInputElement>('.ts-profile-line input');
    const [keywords] = host.querySelectorAll<HTMLTextAreaElement>('.ts-profile-line textarea');
    await act(async () => {
      setValue(lineName!, 'Panels');
      setValue(keywords!, 'LED panel\npanel light');
    });
    await act(async () => byTestId(host, 'profile-save').click());
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(byTestId(host, 'profiles-message').textContent).toBe('Saved.');
    const active = await getActiveProfile();
    expect(active?.name).toBe('LED lighting');
    expect(active?.lines).toEqual([{ name: 'Panels', keywords: ['LED panel', 'panel light'] }]);
    await act(async () => root.unmount());
  });

  it('refuses to save a line without keywords and says why', async () => {
    await setProfiles([
      {
        id: 'p',
        name: 'P',
        lines: [{ name: 'L', keywords: ['k'] }],
        industryKeywords: [],
        excludeKeywords: [],
      },
    ]);
    await setActiveProfileId('p');
    const { host, root } = await mount();
    const [keywords] = host.querySelectorAll<HTMLTextAreaElement>('.ts-profile-line textarea');
    await act(async () => setValue(keywords!, '  '));
    await act(async () => byTestId(host, 'profile-save').click());
    expect(byTestId(host, 'profiles-message').textContent).toContain('at least one keyword');
    expect((await getProfiles())[0]?.lines[0]?.keywords).toEqual(['k']);
    await act(async () => root.unmount());
  });
});
