import { useEffect } from 'react';
import { BadgeSection } from '@/components/options/BadgeSection';
import { DataSection } from '@/components/options/DataSection';
import { LanguageSection } from '@/components/options/LanguageSection';
import { ProfilesSection } from '@/components/options/ProfilesSection';
import { ShortcutsSection } from '@/components/options/ShortcutsSection';
import { ValueSection } from '@/components/options/ValueSection';
import '@/lib/i18n/strings/options';
import { useT } from '@/lib/i18n/react';

/** Options: products and profiles, shortcuts, language, badge, data, and the privacy statement, in that order. */
export function App() {
  const t = useT();
  // The tab's title in the UI language, with the glossary's name of the page.
  useEffect(() => {
    document.title = t('options.title');
  }, [t]);
  return (
    <main className="ts-options">
      <header className="ts-options-header">
        <h1>{t('options.title')}</h1>
        <a href="/prospects.html">{t('options.manager')}</a>
      </header>
      <ProfilesSection />
      <ShortcutsSection />
      <LanguageSection />
      <BadgeSection />
      <ValueSection />
      <DataSection />
      <p className="ts-privacy" data-testid="privacy">
        {t('privacy.local')}
      </p>
    </main>
  );
}
