import { KeyHint } from '@/components/common/KeyHint';
import { keyLabel } from '@/lib/shortcuts';

/** Brand, saved count, and the links to the prospect list and options (with their keys). */
export function PopupHeader({
  t,
  count,
  onOpenManager,
  onOpenOptions,
}: {
  t: (key: string, params?: Record<string, string | number>) => string;
  count: number | undefined;
  onOpenManager: () => void;
  onOpenOptions: () => void;
}) {
  return (
    <header className="ts-header">
      <div className="ts-brand">
        <span className="ts-brand__logo" aria-hidden="true">
          T
        </span>
        <span>TierScout</span>
        {count !== undefined && <span className="ts-muted ts-small">{t('popup.count', { n: count })}</span>}
      </div>
      <nav className="ts-header__links">
        <button type="button" className="ts-link" onClick={onOpenManager} data-testid="open-manager">
          {t('popup.manager')} <KeyHint label={keyLabel((a) => a.kind === 'openManager')} />
        </button>
        <button type="button" className="ts-link" onClick={onOpenOptions} data-testid="open-options">
          {t('popup.options')} <KeyHint label={keyLabel((a) => a.kind === 'openOptions')} />
        </button>
      </nav>
    </header>
  );
}
