/** What a new rep sees before saving any prospect: the daily loop in three steps. */
export function EmptyState(props: { t: (key: string) => string; onImport: () => void }) {
  const { t } = props;
  return (
    <section className="empty" data-testid="empty-state">
      <h2>{t('manager.empty.title')}</h2>
      <ol>
        <li>{t('manager.empty.step1')}</li>
        <li>{t('manager.empty.step2')}</li>
        <li>{t('manager.empty.step3')}</li>
      </ol>
      <p>
        <a href="/options.html">{t('manager.empty.profile')}</a> ·{' '}
        <button type="button" className="link" onClick={props.onImport}>
          {t('manager.empty.import')}
        </button>
      </p>
    </section>
  );
}
