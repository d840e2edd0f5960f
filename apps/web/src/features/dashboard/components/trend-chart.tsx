import { countText, type TrendRow } from '../dashboard-figures';
import {
  labelledIndexes,
  polylinePoints,
  TREND_HEIGHT,
  TREND_PLOT,
  TREND_WIDTH,
  trendGeometry,
} from '../trend-geometry';

/*
 * Two lines told apart by more than colour: solid with round markers, dashed with square markers, and
 * the legend draws each the same way. Both colours have at least 3:1 contrast with the page.
 */
const LINES = [
  { key: 'onRegister', label: 'On the register (SEN support and EHCP)', colour: '#0072B2', dash: undefined },
  { key: 'ehcp', label: 'EHCP', colour: '#D55E00', dash: '6 4' },
] as const;

function Marker({ index, x, y, colour }: { index: number; x: number; y: number; colour: string }) {
  return index === 0 ? (
    <circle cx={x} cy={y} r={3.5} fill={colour} />
  ) : (
    <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={colour} />
  );
}

function LegendKey({ index }: { index: number }) {
  const line = LINES[index];
  return (
    <svg
      className="trend-chart__key"
      viewBox="0 0 32 12"
      width="32"
      height="12"
      aria-hidden="true"
      focusable="false"
    >
      <line x1={1} y1={6} x2={31} y2={6} stroke={line.colour} strokeWidth={2.5} strokeDasharray={line.dash} />
      <Marker index={index} x={16} y={6} colour={line.colour} />
    </svg>
  );
}

/**
 * The register over the last 12 months as a line chart in SVG: pupils on the register, and of them
 * those with an EHCP. One image for assistive technology, named by `label`; the table beside it holds
 * every figure.
 */
export function TrendChart({ label, rows }: { label: string; rows: readonly TrendRow[] }) {
  const geometry = trendGeometry(LINES.map((line) => rows.map((row) => row[line.key])));
  const labelled = labelledIndexes(rows.length);
  const last = rows.length - 1;
  return (
    <div className="trend-chart" role="img" aria-label={label}>
      <ul className="trend-chart__legend" aria-hidden="true">
        {LINES.map((line, index) => (
          <li key={line.key}>
            <LegendKey index={index} />
            {line.label}
          </li>
        ))}
      </ul>
      <svg
        className="trend-chart__svg"
        viewBox={`0 0 ${String(TREND_WIDTH)} ${String(TREND_HEIGHT)}`}
        aria-hidden="true"
        focusable="false"
      >
        {geometry.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={TREND_PLOT.left}
              x2={TREND_PLOT.right}
              y1={tick.y}
              y2={tick.y}
              stroke={tick.value === 0 ? '#0b0c0c' : '#b1b4b6'}
              strokeWidth={tick.value === 0 ? 1.5 : 1}
            />
            <text
              x={TREND_PLOT.left - 6}
              y={tick.y}
              dy="0.35em"
              textAnchor="end"
              className="trend-chart__text"
            >
              {countText(tick.value)}
            </text>
          </g>
        ))}
        {labelled.map((index) => (
          <text
            key={index}
            x={geometry.xs[index]}
            y={TREND_PLOT.bottom + 20}
            textAnchor={index === last ? 'end' : 'middle'}
            className="trend-chart__text"
          >
            {rows[index].shortLabel}
          </text>
        ))}
        {LINES.map((line, index) => (
          <g key={line.key}>
            <polyline
              points={polylinePoints(geometry.points[index])}
              fill="none"
              stroke={line.colour}
              strokeWidth={2.5}
              strokeDasharray={line.dash}
              strokeLinejoin="round"
            />
            {geometry.points[index].map((point, pointIndex) => (
              <Marker key={pointIndex} index={index} x={point.x} y={point.y} colour={line.colour} />
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}
