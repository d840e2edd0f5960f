import { publishedNumber, savedDraft } from './passport-answers';
import { listBackLabel, passportListState, passportPath, readPassportPageState } from './passport-nav';

describe('where back leads from a passport', () => {
  it('returns to a list of passports only when the link said so', () => {
    expect(readPassportPageState(passportListState('/schools/s1/my-passports'))).toEqual({
      from: '/schools/s1/my-passports',
      backToList: true,
    });
    expect(readPassportPageState({ from: '/schools/s1/register' })).toEqual({ from: '/schools/s1/register' });
    expect(readPassportPageState({ backToList: true })).toEqual({});
    expect(readPassportPageState(null)).toEqual({});
  });

  it('names the list it returns to', () => {
    expect(listBackLabel('/schools/s1/my-passports')).toBe('Back to your pupils’ passports');
    expect(listBackLabel('/schools/s1/passports')).toBe('Back to passports');
    expect(listBackLabel('/schools/s1/passports/class-pack?class=4A')).toBe('Back to the class pack');
    expect(listBackLabel('/schools/s1/register')).toBe('Back');
  });

  it('keeps ids out of the way of the path', () => {
    expect(passportPath('s 1', 'p/1')).toBe('/schools/s%201/pupils/p%2F1/passport');
  });
});

describe("reading the API's answers", () => {
  const draft = {
    content: {},
    photoId: null,
    version: 4,
    updatedBy: null,
    updatedAt: '2025-03-01T10:00:00Z',
    unpublishedChanges: true,
  };

  it('finds the saved draft in a draft or a passport', () => {
    expect(savedDraft(draft)?.version).toBe(4);
    expect(
      savedDraft({
        pupil: { id: 'p1', name: 'Ava Smith', yearGroup: null, className: null },
        current: null,
        draft,
        myLastRead: null,
        lastReadContent: null,
        changesSinceRead: [],
      })?.version,
    ).toBe(4);
    expect(savedDraft(undefined)).toBeNull();
  });

  it('finds the number of a published version', () => {
    expect(publishedNumber({ number: 5, content: {} })).toBe(5);
    expect(publishedNumber({ current: { number: 6 } })).toBe(6);
    expect(publishedNumber(undefined)).toBeNull();
    expect(publishedNumber({})).toBeNull();
  });
});
