/** One bar of a figure: its label, its value and the value the whole width stands for. */
export interface Bar {
  label: string;
  p50?: number | null;
  p90?: number | null;
}

const ROW = 28;
const LABEL = 180;
const WIDTH = 640;

/**
 * Working days to licence per item, as plain SVG (the page's CSP allows no chart library that
 * evaluates code, and the desk stays small): the p90 bar light, the p50 bar dark over it.
 */
export function DaysBars({ bars, title, unit }: { bars: Bar[]; title: string; unit: string }) {
  const longest = Math.max(1, ...bars.map((bar) => bar.p90 ?? bar.p50 ?? 0));
  const scale = (WIDTH - LABEL - 60) / longest;
  return (
    <svg
      role="img"
      aria-label={title}
      viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 8}`}
      style={{ width: '100%', maxWidth: WIDTH }}
    >
      <title>{title}</title>
      {bars.map((bar, index) => {
        const y = index * ROW + 4;
        return (
          <g key={bar.label}>
            <text x={0} y={y + 17} fontSize={13} fill="rgba(0,0,0,0.88)">
              {bar.label.length > 14 ? `${bar.label.slice(0, 13)}…` : bar.label}
            </text>
            {bar.p90 != null && <rect x={LABEL} y={y + 4} width={bar.p90 * scale} height={18} fill="#91caff" />}
            {bar.p50 != null && <rect x={LABEL} y={y + 4} width={bar.p50 * scale} height={18} fill="#0958d9" />}
            <text x={LABEL + (bar.p90 ?? bar.p50 ?? 0) * scale + 6} y={y + 17} fontSize={12} fill="rgba(0,0,0,0.88)">
              {bar.p50 == null ? '—' : `${bar.p50} / ${bar.p90 ?? '—'} ${unit}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
