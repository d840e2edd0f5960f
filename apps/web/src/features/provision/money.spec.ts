import { parsePounds, penceToPounds } from './money';

describe('pounds typed into a form', () => {
  it('reads pounds and pence exactly, as whole pence', () => {
    expect(parsePounds('1.20')).toEqual({ kind: 'ok', pence: 120 });
    expect(parsePounds('15.5')).toEqual({ kind: 'ok', pence: 1550 });
    expect(parsePounds('£15.50')).toEqual({ kind: 'ok', pence: 1550 });
    expect(parsePounds(' £ 2 ')).toEqual({ kind: 'ok', pence: 200 });
    expect(parsePounds('0.07')).toEqual({ kind: 'ok', pence: 7 });
    expect(parsePounds('.5')).toEqual({ kind: 'ok', pence: 50 });
    expect(parsePounds('1,200.99')).toEqual({ kind: 'ok', pence: 120099 });
    // 0.29 * 100 is 28.999... as a float; read as text it is exact.
    expect(parsePounds('0.29')).toEqual({ kind: 'ok', pence: 29 });
    expect(parsePounds('0')).toEqual({ kind: 'ok', pence: 0 });
    expect(parsePounds('3.')).toEqual({ kind: 'ok', pence: 300 });
  });

  it('tells an empty answer from one that is not money', () => {
    expect(parsePounds('')).toEqual({ kind: 'empty' });
    expect(parsePounds('   ')).toEqual({ kind: 'empty' });
    for (const text of ['£', '-1', '1.234', '1.2.3', 'abc', '12,34', '1,2345', '.', '£-2', '1e3']) {
      expect([text, parsePounds(text)]).toEqual([text, { kind: 'invalid' }]);
    }
  });

  it('writes pence back as pounds for a field to start from', () => {
    expect(penceToPounds(120)).toBe('1.20');
    expect(penceToPounds(1550)).toBe('15.50');
    expect(penceToPounds(7)).toBe('0.07');
    expect(penceToPounds(0)).toBe('0.00');
    expect(penceToPounds(120099)).toBe('1200.99');
  });
});
