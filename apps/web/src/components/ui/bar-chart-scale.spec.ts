import {
  BAR_CHART_PATTERNS,
  BAR_CHART_SERIES_STYLES,
  MIN_VISIBLE_BAR_PERCENT,
  barWidthPercent,
  niceMax,
  seriesStyle,
  valueRoomCh,
} from './bar-chart-scale';

describe('bar chart scale', () => {
  it('rounds the top of the scale up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceMax([18.1, 14.2])).toBe(20);
    expect(niceMax([4.3, 5.3])).toBe(10);
    expect(niceMax([2.1])).toBe(2.5);
    expect(niceMax([3])).toBe(5);
    expect(niceMax([100])).toBe(100);
    expect(niceMax([101])).toBe(200);
    expect(niceMax([0.3])).toBe(0.5);
    expect(niceMax([0.25])).toBe(0.25);
    expect(niceMax([1234567])).toBe(2000000);
  });

  it('has a scale of 1 when there is nothing to draw, ignoring missing figures', () => {
    expect(niceMax([])).toBe(1);
    expect(niceMax([0, 0])).toBe(1);
    expect(niceMax([null, undefined, Number.NaN])).toBe(1);
    expect(niceMax([null, 7])).toBe(10);
    expect(niceMax([-4])).toBe(1);
  });

  it('draws a bar as a share of the scale, clamped, and a small real figure still visibly', () => {
    expect(barWidthPercent(10, 20)).toBe(50);
    expect(barWidthPercent(20, 20)).toBe(100);
    expect(barWidthPercent(25, 20)).toBe(100);
    expect(barWidthPercent(1, 3)).toBe(33.3);
    expect(barWidthPercent(0.01, 100)).toBe(MIN_VISIBLE_BAR_PERCENT);
  });

  it('draws no bar for zero, a negative number, a missing figure or a broken scale', () => {
    expect(barWidthPercent(0, 20)).toBe(0);
    expect(barWidthPercent(-3, 20)).toBe(0);
    expect(barWidthPercent(null, 20)).toBe(0);
    expect(barWidthPercent(undefined, 20)).toBe(0);
    expect(barWidthPercent(5, 0)).toBe(0);
    expect(barWidthPercent(Number.NaN, 10)).toBe(0);
  });

  it('gives each series its own colour and pattern, so none depends on colour alone', () => {
    const colours = new Set(BAR_CHART_SERIES_STYLES.map((s) => s.colour));
    const patterns = new Set(BAR_CHART_SERIES_STYLES.map((s) => s.pattern));
    expect(colours.size).toBe(BAR_CHART_SERIES_STYLES.length);
    expect(patterns.size).toBe(BAR_CHART_SERIES_STYLES.length);
    expect(seriesStyle(0)).toEqual({ colour: '#0072B2', pattern: 'solid' });
    expect(seriesStyle(1).pattern).toBe('stripes');
    expect(seriesStyle(4)).toEqual(seriesStyle(0));
    for (const style of BAR_CHART_SERIES_STYLES) expect(BAR_CHART_PATTERNS[style.pattern].image).toBeTruthy();
  });

  it('keeps room at the end of the track for the longest value label', () => {
    expect(valueRoomCh(['18.1%', '4.3%'])).toBe(7);
    expect(valueRoomCh(['30.0% (9 of 30)'])).toBe(19);
    expect(valueRoomCh(['1'])).toBe(5);
    expect(valueRoomCh([])).toBe(5);
  });
});
