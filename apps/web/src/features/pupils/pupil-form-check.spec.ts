import { checkPupilForm, pupilFieldId } from './pupil-form-check';

function form(answers: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(answers)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

const complete = {
  upn: ' r674123101121 ',
  legalForename: ' Testa ',
  legalSurname: 'Adderley',
  preferredForename: '',
  'dateOfBirth-day': '3',
  'dateOfBirth-month': '9',
  'dateOfBirth-year': '2017',
  gender: 'F',
  yearGroup: '3',
  classId: 'class-1',
  flags: ['pupilPremium', 'lookedAfter'],
};

describe('the pupil form', () => {
  it('builds the request from the answers', () => {
    expect(checkPupilForm(form(complete), true)).toEqual({
      ok: true,
      request: {
        upn: 'R674123101121',
        legalForename: 'Testa',
        legalSurname: 'Adderley',
        preferredForename: null,
        dateOfBirth: '2017-09-03',
        gender: 'F',
        yearGroup: '3',
        classId: 'class-1',
        pupilPremium: true,
        eal: false,
        lookedAfter: true,
      },
    });
  });

  it('leaves the class out when the class question was not asked', () => {
    const checked = checkPupilForm(form(complete), false);
    expect(checked.ok && 'classId' in checked.request).toBe(false);
  });

  it('asks for each missing answer, in the order of the page', () => {
    const checked = checkPupilForm(form({ upn: 'A12' }), true);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problem.summary).toEqual([
      { fieldId: 'pupil-upn', message: 'The UPN must be 13 characters, the check letter first' },
      { fieldId: 'pupil-legal-forename', message: 'Enter the legal forename' },
      { fieldId: 'pupil-legal-surname', message: 'Enter the legal surname' },
      { fieldId: 'pupil-dob-day', message: 'Enter the date of birth' },
      { fieldId: 'pupil-gender', message: 'Select the gender' },
      { fieldId: 'pupil-year-group', message: 'Select the year group' },
    ]);
  });

  it('links the server field names to the inputs', () => {
    expect(pupilFieldId('upn')).toBe('pupil-upn');
    expect(pupilFieldId('dateOfBirth')).toBe('pupil-dob-day');
    expect(pupilFieldId('classId')).toBe('pupil-class');
    expect(pupilFieldId('unknown')).toBeUndefined();
  });
});
