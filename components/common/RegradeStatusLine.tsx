import './RegradeStatusLine.css';
import '@/lib/i18n/strings/grading';
import { useT } from '@/lib/i18n/react';
import { useRegradeStatus } from '@/lib/grading/use-regrade-status';

/**
 * One line on where the re-grade of the prospect list stands (a progress bar while it runs), and how many
 * prospects could not be re-graded because they were saved before readings were kept.
 */
export function RegradeStatusLine() {
  const t = useT();
  const status = useRegradeStatus();
  // An empty list has nothing to re-grade: saying "0 of 0" would only be noise.
  if (!status || status.total === 0) return null;
  const params = {
    profile: status.profileName,
    done: status.done,
    total: status.total,
    changed: status.changed,
  };
  return (
    <div
      className={`ts-regrade ts-regrade--${status.state}`}
      role="status"
      data-testid="regrade-status"
      data-state={status.state}
    >
      <span>{t(`regrade.${status.state}`, params)}</span>
      {status.state === 'running' && (
        <progress
          max={Math.max(1, status.total)}
          value={status.done}
          aria-label={t('regrade.running', params)}
        />
      )}
      {status.state !== 'running' && status.notRegradable > 0 && (
        <span className="ts-regrade__note" data-testid="regrade-not-regradable">
          {t('regrade.notRegradable', { n: status.notRegradable })}
        </span>
      )}
    </div>
  );
}
