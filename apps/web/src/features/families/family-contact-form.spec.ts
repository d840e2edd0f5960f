import type { FamilyContact } from '@sendreg/contracts';
import {
  CONTACT_FIELD,
  contactFieldId,
  contactFormDefaults,
  contactName,
  languageText,
  mainContact,
  preferredContactText,
  priorityAnswer,
  readContactForm,
} from './family-contact-form';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

const answers = {
  name: ' Sarah Archer ',
  relationship: 'Mother',
  parentalResponsibility: 'yes',
  preferredContact: 'email',
  phone: '',
  email: 'sarah@example.com',
  address: '',
  language: 'Polish',
  interpreterNeeded: 'yes',
  notes: '',
  priority: '',
};

const contact: FamilyContact = {
  id: 'c1',
  pupilId: 'p1',
  name: 'Sarah Archer',
  relationship: 'Mother',
  parentalResponsibility: true,
  preferredContact: 'email',
  phone: '07700 900982',
  email: 'sarah@example.com',
  address: null,
  language: 'Polish',
  interpreterNeeded: true,
  notes: '',
  priority: 1,
  version: 3,
  updatedBy: null,
  updatedAt: '2025-10-01T09:00:00.000Z',
};

describe('the family contact form', () => {
  it('builds the request, tidied, with blanks as none and the order 1 when left blank', () => {
    expect(readContactForm(form(answers))).toEqual({
      ok: true,
      request: {
        name: 'Sarah Archer',
        relationship: 'Mother',
        parentalResponsibility: true,
        preferredContact: 'email',
        phone: null,
        email: 'sarah@example.com',
        address: null,
        language: 'Polish',
        interpreterNeeded: true,
        notes: '',
        priority: 1,
      },
    });
  });

  it('says what is missing, field by field, in the order of the page', () => {
    const checked = readContactForm(form({ language: '' }));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problem.summary.map((s) => s.fieldId)).toEqual([
      CONTACT_FIELD.name,
      CONTACT_FIELD.relationship,
      CONTACT_FIELD.parentalResponsibility,
      CONTACT_FIELD.preferredContact,
    ]);
    expect(checked.problem.fields[CONTACT_FIELD.name]).toBe('Enter their name');
  });

  it('asks for the details the preferred way needs', () => {
    const need = (preferredContact: string, extra: Record<string, string> = {}) => {
      const checked = readContactForm(form({ ...answers, email: '', preferredContact, ...extra }));
      return checked.ok ? [] : checked.problem.summary.map((s) => s.message);
    };
    expect(need('email')).toEqual(['Enter an email address: they prefer email']);
    expect(need('phone')).toEqual(['Enter a phone number: they prefer a phone call']);
    expect(need('text')).toEqual(['Enter a phone number: they prefer a text message']);
    expect(need('letter')).toEqual(['Enter an address: they prefer a letter']);
    expect(need('in-person')).toEqual([]);
    expect(need('letter', { address: '1 High Street' })).toEqual([]);
  });

  it('checks the format of an email address, a phone number and the order', () => {
    const checked = readContactForm(
      form({ ...answers, email: 'sarah@', phone: '0161 abc 123', priority: 'first' }),
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.problem.fields)).toEqual([
      CONTACT_FIELD.phone,
      CONTACT_FIELD.email,
      CONTACT_FIELD.priority,
    ]);
    expect(readContactForm(form({ ...answers, phone: '+44 (0)7700 900-982' })).ok).toBe(true);
    expect(readContactForm(form({ ...answers, priority: '21' })).ok).toBe(false);
  });

  it("maps the API's field names to the form's ids", () => {
    expect(contactFieldId('email')).toBe('contact-email');
    expect(contactFieldId('version')).toBeUndefined();
    expect(priorityAnswer(' 2 ')).toBe(2);
    expect(priorityAnswer('1.5')).toBeNaN();
  });

  it('starts a new contact in English with no interpreter, and an existing one as it is', () => {
    expect(contactFormDefaults()).toMatchObject({
      language: 'English',
      interpreterNeeded: 'no',
      parentalResponsibility: undefined,
      priority: '1',
    });
    expect(contactFormDefaults(contact)).toMatchObject({
      parentalResponsibility: 'yes',
      preferredContact: 'email',
      interpreterNeeded: 'yes',
      address: '',
    });
  });
});

describe('how a contact reads', () => {
  it('says the preferred way with its details', () => {
    expect(preferredContactText(contact)).toBe('Email: sarah@example.com');
    expect(preferredContactText({ ...contact, preferredContact: 'text' })).toBe('Text message: 07700 900982');
    expect(preferredContactText({ ...contact, preferredContact: 'letter' })).toBe('Letter');
  });

  it('says the language, and when an interpreter is needed', () => {
    expect(languageText(contact)).toBe('Polish: interpreter needed');
    expect(languageText({ language: 'English', interpreterNeeded: false })).toBe('English');
  });

  it('takes the first in contact order as the main contact', () => {
    expect(mainContact([])).toBeNull();
    expect(mainContact([contact, { ...contact, id: 'c2' }])?.id).toBe('c1');
    expect(contactName(contact)).toBe('Sarah Archer (Mother)');
  });
});
