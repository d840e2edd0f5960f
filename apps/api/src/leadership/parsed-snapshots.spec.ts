import type { SchoolMeasures } from '@sendreg/contracts';
import { ParsedSnapshots } from './parsed-snapshots';

const measures = (onRoll: number) => ({ onRoll }) as SchoolMeasures;

describe('parsed snapshots', () => {
  it('holds each school’s latest version', () => {
    const parsed = new ParsedSnapshots();
    parsed.set('a', '1', measures(10));
    parsed.set('a', '2', measures(11));
    expect(parsed.get('a')).toEqual({ version: '2', measures: measures(11) });
    expect(parsed.get('b')).toBeUndefined();
    expect(parsed.size).toBe(1);
  });

  it('lets the least recently used school go first when full', () => {
    const parsed = new ParsedSnapshots(2);
    parsed.set('a', '1', measures(1));
    parsed.set('b', '1', measures(2));
    parsed.get('a');
    parsed.set('c', '1', measures(3));
    expect(parsed.get('b')).toBeUndefined();
    expect(parsed.get('a')?.measures).toEqual(measures(1));
    expect(parsed.get('c')?.measures).toEqual(measures(3));
    expect(parsed.size).toBe(2);
  });
});
