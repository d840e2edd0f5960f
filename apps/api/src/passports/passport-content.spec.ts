import { PASSPORT_SECTIONS } from '@sendreg/contracts';
import { checkPassportContent, cleanText } from './passport-content';

describe('passport content against its sections', () => {
  it('keeps known sections, trimmed, and leaves empty ones out', () => {
    const { content, errors } = checkPassportContent({
      aboutMe: '  I like trains.\r\nAnd drawing.  ',
      important: '   ',
      howToHelp: ['  Sit me near the front ', 'Give me\none instruction at a time'],
      findHard: null,
      strengths: '',
      communication: undefined,
    });
    expect(errors).toEqual([]);
    expect(content).toEqual({
      aboutMe: 'I like trains.\nAnd drawing.',
      howToHelp: ['Sit me near the front', 'Give me one instruction at a time'],
    });
  });

  it('refuses sections the passport does not have', () => {
    const { errors } = checkPassportContent({ aboutMe: 'Hi', favouriteColour: 'blue', __proto__x: 'x' });
    expect(errors).toEqual([
      { field: 'content.favouriteColour', message: 'The passport has no section called "favouriteColour"' },
      { field: 'content.__proto__x', message: 'The passport has no section called "__proto__x"' },
    ]);
  });

  it('refuses a JSON __proto__ key rather than letting it through', () => {
    const { errors, content } = checkPassportContent(JSON.parse('{"__proto__": {"aboutMe": "x"}}'));
    expect(errors.map((e) => e.field)).toEqual(['content.__proto__']);
    expect(content).toEqual({});
  });

  it('says when a text section is too long, or not text', () => {
    const { errors } = checkPassportContent({ aboutMe: 'a'.repeat(401), strengths: ['list'] });
    expect(errors).toEqual([
      { field: 'content.aboutMe', message: 'About me must be 400 characters or fewer (it has 401)' },
      { field: 'content.strengths', message: 'My strengths must be written as text' },
    ]);
    expect(checkPassportContent({ aboutMe: 'a'.repeat(400) }).errors).toEqual([]);
  });

  it('names each bad item of a list section by its index', () => {
    const { errors, content } = checkPassportContent({
      howToHelp: ['Fine', '   ', 'b'.repeat(151), 7],
    });
    expect(errors).toEqual([
      {
        field: 'content.howToHelp.1',
        message: 'Item 2 of How to help me is empty: write something or remove it',
      },
      {
        field: 'content.howToHelp.2',
        message: 'Item 3 of How to help me must be 150 characters or fewer (it has 151)',
      },
      { field: 'content.howToHelp.3', message: 'Item 4 of How to help me must be written as text' },
    ]);
    expect(content).toEqual({});
  });

  it('limits the number of items, and wants a list', () => {
    const max = PASSPORT_SECTIONS.find((s) => s.key === 'howToHelp')!.max;
    expect(checkPassportContent({ howToHelp: Array(max + 1).fill('x') }).errors).toEqual([
      {
        field: 'content.howToHelp',
        message: `How to help me can have at most ${max} items (it has ${max + 1})`,
      },
    ]);
    expect(checkPassportContent({ howToHelp: 'one line' }).errors).toEqual([
      { field: 'content.howToHelp', message: 'How to help me must be a list, one item per line' },
    ]);
  });

  it('follows the sections given, so a new national format needs no code change', () => {
    const sections = [{ key: 'myWords', label: 'My words', kind: 'text' as const, hint: '', max: 5 }];
    expect(checkPassportContent({ myWords: 'Hello' }, sections)).toEqual({
      content: { myWords: 'Hello' },
      errors: [],
    });
    expect(checkPassportContent({ aboutMe: 'x' }, sections).errors[0]!.field).toBe('content.aboutMe');
  });

  it('removes control characters that PostgreSQL would refuse', () => {
    expect(cleanText('a\u0000b\u0007c\td\n')).toBe('abc\td');
  });
});
