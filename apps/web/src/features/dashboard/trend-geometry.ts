import { niceMax } from '../../components/ui/bar-chart-scale';

/**
 * The layout of the trend chart (components/trend-chart.tsx) in the SVG's own units: where each
 * point sits, the lines through them and the gridlines. Pure, so it is tested without a DOM.
 */

/*
 * Small units, so that text of 13 units is still about 12px when the chart shrinks to a 320px screen;
 * the chart's CSS caps its width so the text does not grow too large on a wide one.
 */
export const TREND_WIDTH = 320;
export const TREND_HEIGHT = 200;
/** Room for the value labels on the left and the month labels underneath. */
export const TREND_PLOT = { left: 34, right: 306, top: 10, bottom: 168 } as const;

export interface TrendTick {
  value: number;
  y: number;
}

export interface TrendGeometry {
  max: number;
  ticks: TrendTick[];
  /** The x of each point, oldest first. */
  xs: number[];
  /** Per series, the points' coordinates. */
  points: { x: number; y: number }[][];
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Gridlines at whole numbers (the values are counts of pupils): at 0, half and the top of the scale,
 * or in fifths when half is not whole (a scale of 5 or 25), or at every number for a scale of 2.
 */
export function trendTicks(max: number): number[] {
  if (max <= 2) return Array.from({ length: Math.floor(max) + 1 }, (_, i) => i);
  const step = Number.isInteger(max / 2) ? max / 2 : Number.isInteger(max / 5) ? max / 5 : max;
  const ticks: number[] = [];
  for (let value = 0; value <= max; value += step) ticks.push(value);
  return ticks;
}

/**
 * Places every series on one scale: the top is a round number above the largest value (at least 2,
 * so a register of one pupil is not drawn as a full-height line), the points evenly spread.
 */
export function trendGeometry(series: readonly (readonly number[])[]): TrendGeometry {
  const count = Math.max(0, ...series.map((values) => values.length));
  const max = Math.max(2, niceMax(series.flat()));
  const { left, right, top, bottom } = TREND_PLOT;
  const y = (value: number): number =>
    round1(bottom - (Math.max(0, Math.min(value, max)) / max) * (bottom - top));
  const xs = Array.from({ length: count }, (_, i) =>
    round1(count <= 1 ? (left + right) / 2 : left + (i * (right - left)) / (count - 1)),
  );
  return {
    max,
    ticks: trendTicks(max).map((value) => ({ value, y: y(value) })),
    xs,
    points: series.map((values) => values.map((value, i) => ({ x: xs[i], y: y(value) }))),
  };
}

/** An SVG polyline's points attribute: "40,176 69,150.2". */
export function polylinePoints(points: readonly { x: number; y: number }[]): string {
  return points.map((p) => `${String(p.x)},${String(p.y)}`).join(' ');
}

/** Which points get a label under the axis: the first, the last and every third between, never crowding the last. */
export function labelledIndexes(count: number): number[] {
  if (count <= 0) return [];
  const indexes = new Set<number>([0, count - 1]);
  for (let i = 3; i < count - 1; i += 3) if (count - 1 - i >= 3) indexes.add(i);
  return [...indexes].sort((a, b) => a - b);
}
