import { joinWords, ofText, weekdaysText } from './words';

describe('words', () => {
  it('joins words as people write a list', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['Ill'])).toBe('Ill');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('says part of a whole', () => {
    expect(ofText(9, 10)).toBe('9 of 10');
    expect(ofText(5, 6)).toBe('5 of 6');
  });

  it('names the days a group meets, in week order', () => {
    expect(weekdaysText([4, 1])).toBe('Mondays and Thursdays');
    expect(weekdaysText([3])).toBe('Wednesdays');
    expect(weekdaysText([5, 3, 1])).toBe('Mondays, Wednesdays and Fridays');
    expect(weekdaysText([1, 2, 3, 4, 5])).toBe('Every weekday');
  });
});
