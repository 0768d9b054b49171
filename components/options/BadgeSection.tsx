import { browser } from '#imports';
import { useEffect, useState } from 'react';
import '@/lib/i18n/strings/shortcuts';
import { useT } from '@/lib/i18n/react';

/**
 * Asks for the optional `tabs` permission, which lets the background read the URL of the tab the rep returns to
 * and show the saved tier on the badge. Without it the badge is still set whenever the rep acts on a tab.
 */
export function BadgeSection() {
  const t = useT();
  const [granted, setGranted] = useState<boolean>();
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    browser.permissions.contains({ permissions: ['tabs'] }).then(setGranted, () => setGranted(false));
  }, []);
  return (
    <section className="ts-options-section" data-testid="badge-section">
      <h2>{t('badge.title')}</h2>
      <p>{t('badge.intro')}</p>
      {granted ? (
        <p>
          {t('badge.enabled')}{' '}
          <button
            type="button"
            onClick={async () => {
              await browser.permissions.remove({ permissions: ['tabs'] });
              setGranted(false);
            }}
          >
            {t('badge.disable')}
          </button>
        </p>
      ) : (
        <button
          type="button"
          data-testid="badge-enable"
          onClick={async () => {
            const ok = await browser.permissions.request({ permissions: ['tabs'] }).catch(() => false);
            setGranted(ok);
            setDenied(!ok);
          }}
        >
          {t('badge.enable')}
        </button>
      )}
      {denied && <p role="alert">{t('badge.denied')}</p>}
    </section>
  );
}
