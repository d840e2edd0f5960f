import { readsExamOnlyAsTa } from './exam-access';

describe('readsExamOnlyAsTa', () => {
  it('is true for a TA and nothing else', () => {
    expect(readsExamOnlyAsTa(['ta'])).toBe(true);
  });

  it('is true when the other roles grant no exam.read (school admin)', () => {
    expect(readsExamOnlyAsTa(['ta', 'school_admin'])).toBe(true);
  });

  it('is false for a TA who is also a teacher, SENCO or head', () => {
    expect(readsExamOnlyAsTa(['ta', 'teacher'])).toBe(false);
    expect(readsExamOnlyAsTa(['senco', 'ta'])).toBe(false);
    expect(readsExamOnlyAsTa(['head', 'ta'])).toBe(false);
  });

  it('is false for those who are not TAs', () => {
    expect(readsExamOnlyAsTa(['teacher'])).toBe(false);
    expect(readsExamOnlyAsTa([])).toBe(false);
  });
});
