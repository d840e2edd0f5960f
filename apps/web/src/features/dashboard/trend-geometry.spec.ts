import { labelledIndexes, polylinePoints, TREND_PLOT, trendGeometry, trendTicks } from './trend-geometry';

describe('trend chart geometry', () => {
  it('puts gridlines at whole numbers', () => {
    expect(trendTicks(2)).toEqual([0, 1, 2]);
    expect(trendTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(trendTicks(10)).toEqual([0, 5, 10]);
    expect(trendTicks(25)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(trendTicks(50)).toEqual([0, 25, 50]);
  });

  it('spreads the points across the plot and scales them to a round top', () => {
    const g = trendGeometry([
      [10, 20, 40],
      [1, 2, 3],
    ]);
    expect(g.max).toBe(50);
    expect(g.xs).toEqual([TREND_PLOT.left, (TREND_PLOT.left + TREND_PLOT.right) / 2, TREND_PLOT.right]);
    const height = TREND_PLOT.bottom - TREND_PLOT.top;
    expect(g.points[0][2].y).toBeCloseTo(TREND_PLOT.bottom - 0.8 * height, 1);
    expect(g.points[1][0].y).toBeCloseTo(TREND_PLOT.bottom - 0.02 * height, 1);
    expect(g.ticks.map((t) => t.value)).toEqual([0, 25, 50]);
    expect(g.ticks[0].y).toBe(TREND_PLOT.bottom);
    expect(g.ticks[2].y).toBe(TREND_PLOT.top);
  });

  it('draws an empty register low, not as a full-height line', () => {
    const g = trendGeometry([[0, 0, 1]]);
    expect(g.max).toBe(2);
    expect(g.points[0][0].y).toBe(TREND_PLOT.bottom);
    expect(g.points[0][2].y).toBeGreaterThan(TREND_PLOT.top);
  });

  it('centres a single point and writes polyline points', () => {
    const g = trendGeometry([[3]]);
    expect(g.xs).toEqual([(TREND_PLOT.left + TREND_PLOT.right) / 2]);
    expect(
      polylinePoints([
        { x: 1, y: 2 },
        { x: 3.5, y: 4 },
      ]),
    ).toBe('1,2 3.5,4');
  });

  it('labels the first, the last and every third month, never two side by side', () => {
    expect(labelledIndexes(13)).toEqual([0, 3, 6, 9, 12]);
    expect(labelledIndexes(12)).toEqual([0, 3, 6, 11]);
    expect(labelledIndexes(2)).toEqual([0, 1]);
    expect(labelledIndexes(1)).toEqual([0]);
    expect(labelledIndexes(0)).toEqual([]);
  });
});
