import type { ReactNode } from 'react';

/** A designed state (loading, empty, no profile, restricted, error): icon, title, body, optional action. */
export function StatePanel({
  icon,
  title,
  body,
  tone = 'info',
  children,
  testId,
  kind,
}: {
  icon: string;
  title: string;
  body?: string;
  tone?: 'info' | 'warn' | 'error';
  children?: ReactNode;
  testId?: string;
  /** A finer reason (e.g. the kind of failure), exposed as `data-kind` for tests and styling. */
  kind?: string;
}) {
  return (
    <section
      className={`ts-state ts-state--${tone}`}
      data-testid={testId}
      data-kind={kind}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      <div className="ts-state__icon" aria-hidden="true">
        {icon}
      </div>
      <div>
        <h2 className="ts-state__title">{title}</h2>
        {body && <p className="ts-state__body">{body}</p>}
        {children}
      </div>
    </section>
  );
}
