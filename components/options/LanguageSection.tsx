import { useEffect, useState } from 'react';
import '@/lib/i18n/strings/shortcuts';
import { useT } from '@/lib/i18n/react';
import { type LanguageSetting, LanguageSettingSchema, languageSetting } from '@/lib/settings';

/** UI language: follow the browser, English, or Simplified Chinese. Every open page switches at once. */
export function LanguageSection() {
  const t = useT();
  const [value, setValue] = useState<LanguageSetting>('auto');
  useEffect(() => {
    languageSetting.getValue().then(setValue, () => undefined);
    return languageSetting.watch((next) => setValue(next ?? 'auto'));
  }, []);
  return (
    <section className="ts-options-section" data-testid="language-section">
      <h2>{t('language.title')}</h2>
      <div role="radiogroup" aria-label={t('language.title')}>
        {LanguageSettingSchema.options.map((option) => (
          <label key={option} style={{ marginRight: 16 }}>
            <input
              type="radio"
              name="ts-language"
              value={option}
              checked={value === option}
              onChange={() => {
                setValue(option);
                void languageSetting.setValue(option);
              }}
            />{' '}
            {t(`language.${option}`)}
          </label>
        ))}
      </div>
    </section>
  );
}
