import { servicesByKind, type ProfessionalService } from '@sendreg/contracts';
import {
  PROFESSIONAL_FIELD,
  professionalLine,
  professionalsCount,
  readProfessionalForm,
  readServiceForm,
  SERVICE_FIELD,
} from './directory-form';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

const service = (name: string, kind: ProfessionalService['kind']): ProfessionalService => ({
  id: name,
  name,
  kind,
  kindLabel: kind,
  howToRefer: '',
  phone: null,
  email: null,
  website: null,
  archived: false,
  version: 1,
  professionals: [],
});

describe('the service form', () => {
  it('builds the request, with blanks as none', () => {
    expect(
      readServiceForm(
        form({
          name: ' County EPS ',
          kind: 'educational-psychology',
          howToRefer: 'Request form, with consent\r\n',
          phone: '',
          email: 'eps@example.gov.uk',
          website: 'https://www.example.gov.uk/eps',
        }),
      ),
    ).toEqual({
      ok: true,
      request: {
        name: 'County EPS',
        kind: 'educational-psychology',
        howToRefer: 'Request form, with consent',
        phone: null,
        email: 'eps@example.gov.uk',
        website: 'https://www.example.gov.uk/eps',
      },
    });
  });

  it('says what is wrong field by field, and refuses a website that is not http(s)', () => {
    const checked = readServiceForm(
      form({ name: '', kind: '', phone: 'ring us', email: 'x', website: 'javascript:alert(1)' }),
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problem.summary.map((s) => s.fieldId)).toEqual([
      SERVICE_FIELD.name,
      SERVICE_FIELD.kind,
      SERVICE_FIELD.phone,
      SERVICE_FIELD.email,
      SERVICE_FIELD.website,
    ]);
    expect(readServiceForm(form({ name: 'A', kind: 'other', website: 'www.example.org' })).ok).toBe(false);
  });
});

describe('the professional form', () => {
  it('needs a name; the rest is optional', () => {
    expect(readProfessionalForm(form({ name: ' Dr Priya Shah ', role: '', phone: '', email: '' }))).toEqual({
      ok: true,
      request: { name: 'Dr Priya Shah', role: '', phone: null, email: null },
    });
    const checked = readProfessionalForm(form({ name: '', email: 'priya@' }));
    expect(checked.ok ? [] : checked.problem.summary.map((s) => s.fieldId)).toEqual([
      PROFESSIONAL_FIELD.name,
      PROFESSIONAL_FIELD.email,
    ]);
  });
});

describe('the directory', () => {
  it('groups services by kind, in the order of the kinds, leaving out empty kinds', () => {
    const groups = servicesByKind([
      service('Autism Outreach', 'specialist-teaching'),
      service('County EPS', 'educational-psychology'),
      service('Advisory Teachers', 'specialist-teaching'),
    ]);
    expect(groups.map((g) => [g.label, g.services.map((s) => s.name)])).toEqual([
      ['Educational psychology', ['County EPS']],
      ['Specialist teaching', ['Autism Outreach', 'Advisory Teachers']],
    ]);
  });

  it('reads professionals and their number in words', () => {
    expect(professionalLine({ name: 'Dr Priya Shah', role: 'Educational psychologist' })).toBe(
      'Dr Priya Shah, Educational psychologist',
    );
    expect(professionalLine({ name: 'Sam Lee', role: '' })).toBe('Sam Lee');
    expect(professionalsCount(service('A', 'other'))).toBe('No named professionals');
  });
});
