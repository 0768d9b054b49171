import { browser } from '#imports';
import { useEffect, useState } from 'react';
import '@/lib/i18n/strings/shortcuts';
import { useT } from '@/lib/i18n/react';

type BadgePermission = 'unknown' | 'off' | 'asking' | 'on' | 'denied';

/**
 * Asks for the optional `tabs` permission, which lets the background read the URL of the tab the rep returns to
 * and show the saved tier on the badge. Without it the badge is still set whenever the rep saves a site or opens
 * the popup on it. `permissions.request` must run in the click (a user gesture) and opens the browser's own prompt;
 * while that prompt is open the section says so.
 */
export function BadgeSection() {
  const t = useT();
  const [state, setState] = useState<BadgePermission>('unknown');
  useEffect(() => {
    browser.permissions.contains({ permissions: ['tabs'] }).then(
      (granted) => setState(granted ? 'on' : 'off'),
      () => setState('off'),
    );
  }, []);
  const enable = async () => {
    setState('asking');
    const ok = await browser.permissions.request({ permissions: ['tabs'] }).catch(() => false);
    setState(ok ? 'on' : 'denied');
  };
  return (
    <section className="ts-options-section" data-testid="badge-section" data-state={state}>
      <h2>{t('badge.title')}</h2>
      <p>{t('badge.intro')}</p>
      {state === 'on' ? (
        <p>
          {t('badge.enabled')}{' '}
          <button
            type="button"
            data-testid="badge-disable"
            onClick={async () => {
              await browser.permissions.remove({ permissions: ['tabs'] });
              setState('off');
            }}
          >
            {t('badge.disable')}
          </button>
        </p>
      ) : (
        <button
          type="button"
          data-testid="badge-enable"
          onClick={() => void enable()}
          disabled={state === 'asking'}
        >
          {t('badge.enable')}
        </button>
      )}
      {state === 'asking' && (
        <p role="status" data-testid="badge-asking">
          {t('badge.asking')}
        </p>
      )}
      {state === 'denied' && <p role="alert">{t('badge.denied')}</p>}
    </section>
  );
}
