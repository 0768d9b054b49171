import { browser } from '#imports';
import { useEffect, useState } from 'react';
import '@/lib/i18n/strings/shortcuts';
import { useT } from '@/lib/i18n/react';
import { COMMANDS, POPUP_KEYS } from '@/lib/shortcuts';

/** Every keyboard command with the key the browser currently assigns, and a link to change them. */
export function ShortcutsSection() {
  const t = useT();
  const [assigned, setAssigned] = useState<Record<string, string>>({});
  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) => setAssigned(Object.fromEntries(all.map((c) => [c.name ?? '', c.shortcut ?? '']))))
      .catch(() => undefined);
  }, []);
  const popupRows: { label: string; keys: string[] }[] = [
    ...(['A', 'B', 'C', 'D'] as const).map((tier) => ({
      label: t(`tier.${tier}`),
      keys: POPUP_KEYS.filter((k) => k.action.kind === 'tier' && k.action.tier === tier).map((k) => k.label),
    })),
    ...POPUP_KEYS.filter((k) => k.action.kind !== 'tier').map((k) => ({
      label:
        k.action.kind === 'buyer' ? t(`buyer.${k.action.buyerType}`) : t(`shortcuts.action.${k.action.kind}`),
      keys: [k.label],
    })),
  ];
  return (
    <section className="ts-options-section" data-testid="shortcuts-section">
      <h2>{t('shortcuts.title')}</h2>
      <p>{t('shortcuts.intro')}</p>
      <table style={{ borderSpacing: '16px 4px', marginLeft: -16 }}>
        <tbody>
          {COMMANDS.map((command) => (
            <tr key={command.name} data-command={command.name}>
              <td>{t(command.help)}</td>
              <td>
                {assigned[command.name] ? (
                  <kbd>{assigned[command.name]}</kbd>
                ) : (
                  <span className="ts-muted">{t('shortcut.unassigned')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}
        data-testid="change-shortcuts"
      >
        {t('shortcuts.change')}
      </button>
      <h3>{t('shortcuts.popupKeys')}</h3>
      <table style={{ borderSpacing: '16px 4px', marginLeft: -16 }}>
        <tbody>
          {popupRows.map((row) => (
            <tr key={row.label}>
              <td>{row.label}</td>
              <td>
                {row.keys.map((key) => (
                  <kbd key={key} style={{ marginRight: 6 }}>
                    {key}
                  </kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
