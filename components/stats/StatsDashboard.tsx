import { formatDate, formatNumber, type Lang } from '@/lib/i18n/index';
import type { ProspectStats } from '@/lib/manager/stats';

const TIER_COLORS: Record<string, string> = {
  A: '#0f766e',
  B: '#2563eb',
  C: '#d97706',
  D: '#7c3aed',
  none: '#94a3b8',
};

/** Horizontal bars drawn as plain SVG: label, bar, count. */
function Bars(props: {
  lang: Lang;
  title: string;
  rows: { label: string; value: number; color?: string }[];
  testId: string;
}) {
  const max = Math.max(1, ...props.rows.map((r) => r.value));
  const rowH = 22;
  const width = 320;
  const labelW = 110;
  return (
    <figure className="chart" data-testid={props.testId}>
      <figcaption>{props.title}</figcaption>
      <svg
        width="100%"
        viewBox={`0 0 ${width} ${props.rows.length * rowH + 4}`}
        role="img"
        aria-label={props.title}
      >
        {props.rows.map((r, i) => {
          const w = ((width - labelW - 50) * r.value) / max;
          return (
            <g key={r.label} transform={`translate(0 ${i * rowH + 2})`}>
              <text x={labelW - 6} y={14} textAnchor="end" className="chart-label">
                {r.label}
              </text>
              <rect
                x={labelW}
                y={3}
                width={Math.max(w, r.value ? 2 : 0)}
                height={rowH - 8}
                rx={3}
                fill={r.color ?? '#0f766e'}
              />
              <text x={labelW + w + 6} y={14} className="chart-value">
                {formatNumber(props.lang, r.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** Added-per-day as an SVG line with a light area under it. */
function Line(props: { lang: Lang; title: string; points: [string, number][] }) {
  // Drawn at about its on-screen size (the chart spans the grid) so text is not scaled up.
  const width = 1200;
  const height = 160;
  const pad = { l: 34, r: 10, t: 10, b: 22 };
  const max = Math.max(1, ...props.points.map(([, v]) => v));
  const step = (width - pad.l - pad.r) / Math.max(1, props.points.length - 1);
  const xy = props.points.map(
    ([, v], i) => [pad.l + i * step, pad.t + (height - pad.t - pad.b) * (1 - v / max)] as const,
  );
  const path = xy.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const base = height - pad.b;
  // Days are ISO dates (2026-12-03); shown in the UI language, never as raw codes.
  const day = (iso: string | undefined) => (iso ? formatDate(props.lang, `${iso}T12:00:00`) : '');
  const first = day(props.points[0]?.[0]);
  const last = day(props.points[props.points.length - 1]?.[0]);
  return (
    <figure className="chart wide" data-testid="chart-per-day">
      <figcaption>{props.title}</figcaption>
      <svg width="100%" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.title}>
        <line x1={pad.l} x2={width - pad.r} y1={base} y2={base} stroke="#cbd5e1" />
        <line x1={pad.l} x2={width - pad.r} y1={pad.t} y2={pad.t} stroke="#f1f5f9" />
        <text x={pad.l - 6} y={pad.t + 4} textAnchor="end" className="chart-value">
          {formatNumber(props.lang, max)}
        </text>
        <text x={pad.l - 6} y={base + 4} textAnchor="end" className="chart-value">
          0
        </text>
        {xy.length > 1 ? (
          <path d={`${path} L${xy[xy.length - 1]![0]},${base} L${xy[0]![0]},${base} Z`} fill="#ccfbf1" />
        ) : null}
        <path d={path} fill="none" stroke="#0f766e" strokeWidth={2} />
        <text x={pad.l} y={height - 4} className="chart-value">
          {first}
        </text>
        <text x={width - pad.r} y={height - 4} textAnchor="end" className="chart-value">
          {last}
        </text>
      </svg>
    </figure>
  );
}

const OUTREACH_COLORS = { sent: '#0f766e', fine: '#14b8a6', rough: '#99f6e4', todo: '#e2e8f0' } as const;

/**
 * Outreach as one stacked bar (sent, fine letter, rough letter, to do) with a legend of counts, so the share of
 * each step reads at a glance; the line under it says how far the filter is through.
 */
function Outreach(props: {
  lang: Lang;
  stats: ProspectStats;
  t: (key: string, params?: Record<string, string | number>) => string;
}) {
  const { stats: s, t } = props;
  const width = 640;
  const steps = (['sent', 'fine', 'rough', 'todo'] as const).map((k) => ({ key: k, value: s.byOutreach[k] }));
  const total = Math.max(1, s.total);
  let x = 0;
  const pct = (n: number) => (s.total ? Math.round((100 * n) / s.total) : 0);
  return (
    <figure className="chart outreach" data-testid="chart-outreach">
      <figcaption>{t('stats.outreach')}</figcaption>
      <svg width="100%" viewBox={`0 0 ${width} 26`} role="img" aria-label={t('stats.outreach')}>
        <rect x={0} y={2} width={width} height={22} rx={5} fill={OUTREACH_COLORS.todo} />
        {steps.map(({ key, value }) => {
          const w = (width * value) / total;
          const rect = <rect key={key} x={x} y={2} width={w} height={22} fill={OUTREACH_COLORS[key]} />;
          x += w;
          return rect;
        })}
      </svg>
      <ul className="legend">
        {steps.map(({ key, value }) => (
          <li key={key}>
            <span className="swatch" style={{ background: OUTREACH_COLORS[key] }} />
            {t(`outreach.${key}`)} <strong>{formatNumber(props.lang, value)}</strong>{' '}
            <span className="muted">({pct(value)}%)</span>
          </li>
        ))}
      </ul>
      <p className="muted">
        {t('stats.outreachLegend', {
          sent: s.byOutreach.sent,
          decided: s.byOutreach.fine + s.byOutreach.rough,
          todo: s.byOutreach.todo,
          pct: pct(s.byOutreach.sent),
        })}
      </p>
    </figure>
  );
}

/** The stats of the current filter: tier, buyer type, country, region, added per day, outreach progress. */
export function StatsDashboard(props: {
  lang: Lang;
  stats: ProspectStats;
  t: (key: string, params?: Record<string, string | number>) => string;
}) {
  const { stats: s, t } = props;
  return (
    <section className="stats" data-testid="stats">
      <p className="stats-total">{t('stats.total', { n: s.total })}</p>
      <div className="charts">
        <Bars
          lang={props.lang}
          testId="chart-tier"
          title={t('stats.byTier')}
          rows={(['A', 'B', 'C', 'D', 'none'] as const).map((k) => ({
            label: k === 'none' ? t('tier.none') : k,
            value: s.byTier[k],
            color: TIER_COLORS[k],
          }))}
        />
        <Bars
          lang={props.lang}
          testId="chart-buyer"
          title={t('stats.byBuyerType')}
          rows={Object.entries(s.byBuyerType).map(([k, v]) => ({
            label: t(`buyer.${k}`),
            value: v,
            color: '#2563eb',
          }))}
        />
        <Bars
          lang={props.lang}
          testId="chart-country"
          title={t('stats.byCountry')}
          rows={s.byCountry.map(([k, v]) => ({
            label: k === '?' ? t('stats.unknown') : k || t('stats.other'),
            value: v,
            color: '#0891b2',
          }))}
        />
        <Bars
          lang={props.lang}
          testId="chart-region"
          title={t('stats.byRegion')}
          rows={s.byRegion.map(([k, v]) => ({
            label: k === '?' ? t('stats.unknown') : k || t('stats.other'),
            value: v,
            color: '#65a30d',
          }))}
        />
        <Outreach lang={props.lang} stats={s} t={t} />
        <Line lang={props.lang} title={t('stats.perDay')} points={s.addedPerDay} />
      </div>
    </section>
  );
}
