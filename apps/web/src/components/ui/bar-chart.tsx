import type { CSSProperties } from 'react';
import { BAR_CHART_PATTERNS, barWidthPercent, niceMax, seriesStyle, valueRoomCh } from './bar-chart-scale';
import './bar-chart.css';

export interface BarChartSeries {
  /** The series' name, shown in the legend with its colour and pattern ("This school", "National"). */
  label: string;
}

export interface BarChartRow {
  /** The category, shown beside (or above, when narrow) its bars ("SEN support", "Year 4"). */
  label: string;
  /** One value per series, in the series' order; null for no figure (no bar, its label shown instead). */
  values: readonly (number | null)[];
  /**
   * The text written at the end of each bar, in the series' order. Defaults to formatValue(value),
   * or "no figure" for a null value; a trust view might pass "fewer than 5".
   */
  valueLabels?: readonly (string | undefined)[];
}

export interface BarChartProps {
  /**
   * What the chart shows and its key finding, in a sentence: screen readers read this in place of
   * the chart (role="img"). The detail belongs in a data table beside the chart, which every chart
   * here must have.
   */
  label: string;
  /** One or more series (up to four look different); with more than one, a legend is shown. */
  series: readonly BarChartSeries[];
  rows: readonly BarChartRow[];
  /** The top of the scale: 100 for shares of a whole; by default a round number above the largest value. */
  max?: number;
  /** How a value is written at the end of its bar; by default a whole number with thousands separators. */
  formatValue?: (value: number) => string;
}

const defaultFormat = (value: number) => value.toLocaleString('en-GB');

/** A series' colour and pattern (the pattern's stripes or dots are drawn over the colour). */
function fill(index: number): CSSProperties {
  const style = seriesStyle(index);
  const pattern = BAR_CHART_PATTERNS[style.pattern];
  return { backgroundColor: style.colour, backgroundImage: pattern.image, backgroundSize: pattern.size };
}

/**
 * An accessible horizontal bar chart, without a chart library: HTML and CSS, so it reflows down to
 * 320px (labels move above their bars when the chart is narrow) and prints. Each bar has its value
 * written at its end, and each series its own pattern as well as its colour (Okabe–Ito), shown in a
 * legend, so nothing depends on colour alone. The whole chart is one image for assistive technology,
 * named by `label`; it is not interactive. Put the figures in a table beside it.
 *
 * @example
 * <BarChart
 *   label="18.1% of pupils are on SEN support, against 14.2% nationally."
 *   series={[{ label: 'This school' }, { label: 'National' }]}
 *   rows={[{ label: 'SEN support', values: [18.1, 14.2] }, { label: 'EHCP', values: [4.3, 5.3] }]}
 *   formatValue={(v) => `${v.toFixed(1)}%`}
 * />
 */
export function BarChart({ label, series, rows, max, formatValue = defaultFormat }: BarChartProps) {
  const top = max && max > 0 ? max : niceMax(rows.flatMap((row) => row.values));
  const several = series.length > 1;
  const texts = rows.map((row) =>
    series.map((_, index) => {
      const value = row.values[index] ?? null;
      return row.valueLabels?.[index] ?? (value === null ? 'no figure' : formatValue(value));
    }),
  );
  const room = `${String(valueRoomCh(texts.flat()))}ch`;
  return (
    <div className="bar-chart" role="img" aria-label={label}>
      {several ? (
        <ul className="bar-chart__legend" aria-hidden="true">
          {series.map((s, index) => (
            <li className="bar-chart__legend-item" key={index}>
              <span className="bar-chart__swatch" style={fill(index)} />
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="bar-chart__rows" aria-hidden="true">
        {rows.map((row, rowIndex) => (
          <div className={`bar-chart__row${several ? ' bar-chart__row--grouped' : ''}`} key={rowIndex}>
            <div className="bar-chart__label">{row.label}</div>
            <div className="bar-chart__bars">
              {series.map((_, index) => {
                const width = barWidthPercent(row.values[index] ?? null, top);
                return (
                  <div className="bar-chart__bar-line" key={index}>
                    {width > 0 ? (
                      <span
                        className="bar-chart__bar"
                        style={{ ...fill(index), width: `calc((100% - ${room}) * ${String(width / 100)})` }}
                      />
                    ) : null}
                    <span className="bar-chart__value">{texts[rowIndex][index]}</span>
                  </div>
                );
              })}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
