import type { WorkSession } from '@/lib/settings';

/** Region and search plan of the current work session; stamped on every prospect saved until changed. */
export function SessionFields({
  t,
  session,
  onChange,
}: {
  t: (key: string) => string;
  session: WorkSession;
  onChange: (next: WorkSession) => void;
}) {
  return (
    <div className="ts-session">
      <label>
        <span>{t('popup.region')}</span>
        <input
          data-testid="session-region"
          value={session.region}
          placeholder={t('popup.regionPlaceholder')}
          onChange={(e) => onChange({ ...session, region: e.target.value })}
        />
      </label>
      <label>
        <span>{t('popup.searchPlan')}</span>
        <input
          data-testid="session-plan"
          value={session.searchPlan}
          placeholder={t('popup.planPlaceholder')}
          onChange={(e) => onChange({ ...session, searchPlan: e.target.value })}
        />
      </label>
    </div>
  );
}
