import { browser } from '#imports';
import { useEffect, useState } from 'react';
import { KeyHint } from '@/components/common/KeyHint';
import { COMMANDS } from '@/lib/shortcuts';

/** The browser-wide commands with the keys currently assigned, and the way to change them. Collapsed by default. */
export function ShortcutHelp({ t }: { t: (key: string) => string }) {
  const [assigned, setAssigned] = useState<Record<string, string>>({});
  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) => setAssigned(Object.fromEntries(all.map((c) => [c.name ?? '', c.shortcut ?? '']))))
      .catch(() => undefined);
  }, []);
  return (
    <details className="ts-help" data-testid="shortcut-help">
      <summary>{t('shortcuts.title')}</summary>
      <table>
        <tbody>
          {COMMANDS.map((command) => (
            <tr key={command.name}>
              <td>{t(command.help)}</td>
              <td>
                {assigned[command.name] ? (
                  <KeyHint label={assigned[command.name]!} />
                ) : (
                  t('shortcut.unassigned')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="ts-link"
        onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}
      >
        {t('shortcuts.change')}
      </button>
    </details>
  );
}
