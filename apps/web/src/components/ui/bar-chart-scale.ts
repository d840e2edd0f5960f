/**
 * The arithmetic behind BarChart (bar-chart.tsx), kept pure so it can be tested without a DOM.
 */

/**
 * The series' looks, in order: Okabe–Ito colours, safe for the common colour-vision deficiencies, each
 * with its own pattern so that no series is told apart by colour alone. Every fill has a contrast of
 * at least 3:1 with the white page, or (orange) a dark outline that has (WCAG 1.4.11).
 */
export const BAR_CHART_SERIES_STYLES = [
  { colour: '#0072B2', pattern: 'solid' },
  { colour: '#E69F00', pattern: 'stripes' },
  { colour: '#009E73', pattern: 'dots' },
  { colour: '#D55E00', pattern: 'cross' },
] as const;

export type BarChartPattern = (typeof BAR_CHART_SERIES_STYLES)[number]['pattern'];

/** Each pattern as a CSS background image, drawn over the series' colour. */
export const BAR_CHART_PATTERNS: Record<BarChartPattern, { image: string; size?: string }> = {
  solid: { image: 'none' },
  stripes: { image: 'repeating-linear-gradient(135deg, rgba(11, 12, 12, 0.65) 0 2px, transparent 2px 6px)' },
  dots: {
    image: 'radial-gradient(circle, rgba(255, 255, 255, 0.9) 1.2px, transparent 1.7px)',
    size: '6px 6px',
  },
  cross: {
    image:
      'repeating-linear-gradient(45deg, rgba(255, 255, 255, 0.8) 0 1.5px, transparent 1.5px 6px), repeating-linear-gradient(135deg, rgba(255, 255, 255, 0.8) 0 1.5px, transparent 1.5px 6px)',
  },
};

/** The look of the series at an index (the palette repeats after four, which charts here never reach). */
export function seriesStyle(index: number): (typeof BAR_CHART_SERIES_STYLES)[number] {
  const count = BAR_CHART_SERIES_STYLES.length;
  return BAR_CHART_SERIES_STYLES[((index % count) + count) % count];
}

/**
 * The top of the scale: the smallest "round" number (1, 2, 2.5 or 5 times a power of ten) at or above
 * the largest value, so bars fill most of the width and their lengths compare fairly. With nothing to
 * show (no values, all zero or missing) the scale is 1, so every bar is empty rather than undefined.
 */
export function niceMax(values: readonly (number | null | undefined)[]): number {
  const largest = Math.max(
    0,
    ...values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)),
  );
  if (largest <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(largest));
  for (const step of [1, 2, 2.5, 5, 10]) {
    // Rounded to cope with floating point (0.3 / 0.1 is not 3).
    const candidate = Number((step * power).toPrecision(12));
    if (candidate >= largest) return candidate;
  }
  return 10 * power;
}

/** The smallest width a non-zero bar is drawn at, so a small but real figure is still seen as a bar. */
export const MIN_VISIBLE_BAR_PERCENT = 1;

/**
 * A bar's length as a share (0..100) of the track: the value over the scale's top, clamped. A zero,
 * negative or missing value draws no bar; a positive one at least MIN_VISIBLE_BAR_PERCENT.
 */
export function barWidthPercent(value: number | null | undefined, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return 0;
  if (!(max > 0)) return 0;
  const share = (value / max) * 100;
  const clamped = Math.min(100, share);
  return Math.max(MIN_VISIBLE_BAR_PERCENT, Math.round(clamped * 10) / 10);
}

/**
 * The room kept at the end of the track for the longest value label, in `ch` (the width of a digit),
 * so that a full-length bar still has its value written beside it, never over it. Values are bold,
 * a little wider than `ch`, hence the margin.
 */
export function valueRoomCh(labels: readonly string[]): number {
  const longest = Math.max(3, ...labels.map((label) => label.length));
  return Math.ceil(longest * 1.15) + 1;
}
