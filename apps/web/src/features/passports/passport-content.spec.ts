import { PASSPORT_SECTIONS, type PassportSection } from '@sendreg/contracts';
import { ApiError } from '../../lib/api-error';
import {
  CHANGE_NOTE_FIELD,
  changeNoteProblem,
  checkDraft,
  checkPublish,
  contentFromForm,
  contentToForm,
  passportFieldId,
  passportProblemFrom,
  PHOTO_FIELD,
  photoProblem,
  sameContent,
  sectionCount,
  sectionFieldId,
  sectionHint,
} from './passport-content';

const TEXT: PassportSection = { key: 'aboutMe', label: 'About me', kind: 'text', hint: 'Who I am', max: 20 };
const LIST: PassportSection = {
  key: 'howToHelp',
  label: 'How to help me',
  kind: 'list',
  hint: 'Do this',
  max: 3,
};
const SECTIONS = [TEXT, LIST];

describe('content and the draft form', () => {
  it('shows list items one per line and text as it is, and a missing section as empty', () => {
    expect(
      contentToForm(
        { aboutMe: 'I like trains', howToHelp: ['Sit me at the front', 'Use my name'] },
        SECTIONS,
      ),
    ).toEqual({
      aboutMe: 'I like trains',
      howToHelp: 'Sit me at the front\nUse my name',
    });
    expect(contentToForm({}, SECTIONS)).toEqual({ aboutMe: '', howToHelp: '' });
    expect(contentToForm(null, SECTIONS)).toEqual({ aboutMe: '', howToHelp: '' });
  });

  it('reads one strategy per line, dropping blank lines and tidying spacing, as the server keeps them', () => {
    expect(
      contentFromForm(
        {
          aboutMe: '  I like trains \r\n\r\nand buses  ',
          howToHelp: ' Sit me  at the front \r\n\r\n  \nUse my name\r',
        },
        SECTIONS,
      ),
    ).toEqual({ aboutMe: 'I like trains \n\nand buses', howToHelp: ['Sit me at the front', 'Use my name'] });
    expect(contentFromForm({}, SECTIONS)).toEqual({ aboutMe: '', howToHelp: [] });
  });

  it('goes round the form and back unchanged', () => {
    const content = { aboutMe: 'I like trains', howToHelp: ['One', 'Two'] };
    expect(contentFromForm(contentToForm(content, SECTIONS), SECTIONS)).toEqual(content);
  });

  it('compares contents section by section, a left-out section being an empty one', () => {
    expect(
      sameContent({ aboutMe: 'Hi', howToHelp: ['A'] }, { aboutMe: ' Hi ', howToHelp: ['A', ''] }, SECTIONS),
    ).toBe(true);
    expect(sameContent({ aboutMe: '', howToHelp: [] }, {}, SECTIONS)).toBe(true);
    expect(sameContent({ howToHelp: ['A', 'B'] }, { howToHelp: ['B', 'A'] }, SECTIONS)).toBe(false);
    expect(sameContent({ aboutMe: 'Hi' }, { aboutMe: 'Hello' }, SECTIONS)).toBe(false);
  });
});

describe('counts and hints', () => {
  it('counts characters left, and too many, in words', () => {
    expect(sectionCount(TEXT, 'x'.repeat(19))).toEqual({
      message: 'You have 1 character remaining',
      over: false,
    });
    expect(sectionCount(TEXT, '')).toEqual({ message: 'You have 20 characters remaining', over: false });
    expect(sectionCount(TEXT, 'x'.repeat(22))).toEqual({
      message: 'You have 2 characters too many',
      over: true,
    });
  });

  it('counts strategies, not blank lines', () => {
    expect(sectionCount(LIST, 'A\n\nB\n')).toEqual({ message: '2 of 3 strategies', over: false });
    expect(sectionCount(LIST, 'A\nB\nC\nD')).toEqual({ message: 'You have 1 strategy too many', over: true });
  });

  it('says how to write a list, and the limit of a text', () => {
    expect(sectionHint(LIST)).toBe('Do this. Put each strategy on its own line. Up to 3 strategies.');
    expect(sectionHint({ ...LIST, hint: 'Things to do, one per line' })).toBe(
      'Things to do, one per line. Up to 3 strategies.',
    );
    expect(sectionHint(TEXT)).toBe('Who I am. Up to 20 characters.');
    expect(sectionHint(PASSPORT_SECTIONS.find((s) => s.key === 'aboutMe')!)).toContain(
      'Up to 400 characters',
    );
  });
});

describe('checking the draft and publishing', () => {
  it('accepts an unfinished draft', () => {
    expect(checkDraft({ aboutMe: '', howToHelp: '' }, SECTIONS)).toEqual({
      ok: true,
      value: { aboutMe: '', howToHelp: [] },
    });
  });

  it('refuses a text that is too long and a list with too many or too long strategies, each on its field', () => {
    const checked = checkDraft({ aboutMe: 'x'.repeat(21), howToHelp: 'A\nB\nC\nD' }, SECTIONS);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problem.summary).toEqual([
      { fieldId: 'content-aboutMe', message: 'About me must be 20 characters or fewer' },
      {
        fieldId: 'content-howToHelp',
        message: 'How to help me must have 3 strategies or fewer, one per line',
      },
    ]);
    const long = checkDraft({ howToHelp: `Fine\n${'y'.repeat(151)}` }, SECTIONS);
    expect(long.ok ? null : long.problem.fields['content-howToHelp']).toBe(
      'Strategy 2 of How to help me must be 150 characters or fewer',
    );
  });

  it('needs a change note of up to 500 characters to publish, listed after the sections', () => {
    expect(changeNoteProblem('  ')).toBe(
      'Enter what changed, in a sentence, for the staff who read the passport',
    );
    expect(changeNoteProblem('x'.repeat(501))).toBe('The change note must be 500 characters or fewer');
    expect(changeNoteProblem('x'.repeat(500))).toBeUndefined();
    const checked = checkPublish({ aboutMe: 'x'.repeat(21), howToHelp: '' }, '', SECTIONS);
    expect(checked.ok ? [] : checked.problem.summary.map((item) => item.fieldId)).toEqual([
      'content-aboutMe',
      CHANGE_NOTE_FIELD,
    ]);
    expect(checkPublish({ aboutMe: 'Hi', howToHelp: 'A' }, ' Added a strategy. ', SECTIONS)).toEqual({
      ok: true,
      value: { content: { aboutMe: 'Hi', howToHelp: ['A'] }, changeNote: 'Added a strategy.' },
    });
  });

  it('takes a JPEG or PNG up to 5 MB', () => {
    expect(photoProblem(null)).toBe('Choose a photo to upload');
    expect(photoProblem({ name: '', type: '', size: 0 })).toBe('Choose a photo to upload');
    expect(photoProblem({ name: 'a.gif', type: 'image/gif', size: 10 })).toBe(
      'The photo must be a JPEG or PNG',
    );
    expect(photoProblem({ name: 'a.jpg', type: 'image/jpeg', size: 0 })).toBe('The photo file is empty');
    expect(photoProblem({ name: 'a.png', type: 'image/png', size: 5_000_001 })).toBe(
      'The photo must be smaller than 5 MB',
    );
    expect(photoProblem({ name: 'a.png', type: 'image/png', size: 5_000_000 })).toBeUndefined();
  });
});

describe("the server's field errors", () => {
  it('finds the field of each error the API names', () => {
    expect(passportFieldId('content.aboutMe')).toBe(sectionFieldId('aboutMe'));
    expect(passportFieldId('content.howToHelp.3')).toBe('content-howToHelp');
    expect(passportFieldId('content.nonsense')).toBeUndefined();
    expect(passportFieldId('changeNote')).toBe(CHANGE_NOTE_FIELD);
    expect(passportFieldId('photo')).toBe(PHOTO_FIELD);
    expect(passportFieldId('photoId')).toBe(PHOTO_FIELD);
    expect(passportFieldId('draft')).toBe(sectionFieldId(PASSPORT_SECTIONS[0]!.key));
    expect(passportFieldId('version')).toBeUndefined();
  });

  it('puts a 400 next to its fields, and anything else in the summary', () => {
    const invalid = new ApiError({
      type: '/problems/validation',
      title: 'Invalid',
      status: 400,
      errors: [
        { field: 'content.howToHelp.1', message: 'Item 2 of How to help me is empty' },
        { field: 'changeNote', message: 'Say what changed, in a sentence' },
      ],
    });
    expect(passportProblemFrom(invalid, CHANGE_NOTE_FIELD)).toEqual({
      fields: {
        'content-howToHelp': 'Item 2 of How to help me is empty',
        [CHANGE_NOTE_FIELD]: 'Say what changed, in a sentence',
      },
      summary: [
        { fieldId: 'content-howToHelp', message: 'Item 2 of How to help me is empty' },
        { fieldId: CHANGE_NOTE_FIELD, message: 'Say what changed, in a sentence' },
      ],
    });
    const tooLarge = new ApiError({
      type: 'about:blank',
      title: 'Payload Too Large',
      status: 413,
      detail: 'The photo must be 5 MB or smaller',
    });
    expect(passportProblemFrom(tooLarge, PHOTO_FIELD)).toEqual({
      fields: {},
      summary: [{ fieldId: PHOTO_FIELD, message: 'The photo must be 5 MB or smaller' }],
    });
  });
});
