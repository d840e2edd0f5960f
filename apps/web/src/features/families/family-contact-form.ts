import {
  checkFamilyContact,
  DEFAULT_CONTACT_LANGUAGE,
  PREFERRED_CONTACT_LABELS,
  type FamilyContact,
  type FamilyContactInput,
} from '@sendreg/contracts';
import { formProblem, type FormProblem } from '../../lib/form-problem';
import { formText } from '../../utils/form-text';

/** The id of each field, by the API's field name, so the server's errors land next to their field. */
export const CONTACT_FIELD = {
  name: 'contact-name',
  relationship: 'contact-relationship',
  parentalResponsibility: 'contact-parental-responsibility',
  preferredContact: 'contact-preferred',
  phone: 'contact-phone',
  email: 'contact-email',
  address: 'contact-address',
  language: 'contact-language',
  interpreterNeeded: 'contact-interpreter',
  notes: 'contact-notes',
  priority: 'contact-priority',
} as const;

export function contactFieldId(field: string): string | undefined {
  return Object.hasOwn(CONTACT_FIELD, field) ? CONTACT_FIELD[field as keyof typeof CONTACT_FIELD] : undefined;
}

export type CheckedForm<T> = { ok: true; request: T } | { ok: false; problem: FormProblem };

/** "yes" / "no" radios as a boolean; undefined when neither is chosen. */
export function yesNoAnswer(value: string): boolean | undefined {
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return undefined;
}

/** The contact order as typed: blank is 1 (first); anything not a whole number is NaN (refused). */
export function priorityAnswer(value: string): number {
  const text = value.trim();
  if (text === '') return 1;
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** Problems in the order of the fields on the page (which is the order checkFamilyContact gives). */
function problemOf(errors: { field: string; message: string }[]): FormProblem | null {
  return formProblem(errors.map((e) => [contactFieldId(e.field) ?? CONTACT_FIELD.name, e.message]));
}

/** Reads the contact form and checks it with the API's own rules before sending. */
export function readContactForm(data: FormData): CheckedForm<FamilyContactInput> {
  const request: FamilyContactInput = {
    name: formText(data, 'name'),
    relationship: formText(data, 'relationship'),
    parentalResponsibility: yesNoAnswer(formText(data, 'parentalResponsibility')) as boolean,
    preferredContact: formText(data, 'preferredContact'),
    phone: formText(data, 'phone'),
    email: formText(data, 'email'),
    address: formText(data, 'address'),
    language: formText(data, 'language'),
    interpreterNeeded: yesNoAnswer(formText(data, 'interpreterNeeded')) ?? false,
    notes: formText(data, 'notes'),
    priority: priorityAnswer(formText(data, 'priority')),
  };
  const { value, errors } = checkFamilyContact(request);
  const problem = problemOf(errors);
  if (problem) return { ok: false, problem };
  return { ok: true, request: value };
}

/** What the form starts with: the contact's details, or a new contact's defaults. */
export function contactFormDefaults(contact?: FamilyContact) {
  return {
    name: contact?.name ?? '',
    relationship: contact?.relationship ?? '',
    parentalResponsibility: contact ? (contact.parentalResponsibility ? 'yes' : 'no') : undefined,
    preferredContact: contact?.preferredContact,
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    address: contact?.address ?? '',
    language: contact?.language ?? DEFAULT_CONTACT_LANGUAGE,
    interpreterNeeded: contact?.interpreterNeeded ? 'yes' : 'no',
    notes: contact?.notes ?? '',
    priority: String(contact?.priority ?? 1),
  };
}

/** "Email: sarah@example.com", "Phone call: 07700 900982", "Letter", "In person". */
export function preferredContactText(contact: FamilyContact): string {
  const label = PREFERRED_CONTACT_LABELS[contact.preferredContact];
  switch (contact.preferredContact) {
    case 'email':
      return contact.email ? `${label}: ${contact.email}` : label;
    case 'phone':
    case 'text':
      return contact.phone ? `${label}: ${contact.phone}` : label;
    default:
      return label;
  }
}

/** "English", or "Polish: interpreter needed". */
export function languageText(contact: Pick<FamilyContact, 'language' | 'interpreterNeeded'>): string {
  return contact.interpreterNeeded ? `${contact.language}: interpreter needed` : contact.language;
}

/** The person the school contacts first (the list comes in contact order), or null. */
export function mainContact(contacts: readonly FamilyContact[]): FamilyContact | null {
  return contacts[0] ?? null;
}

/** "Sarah Archer (Mother)". */
export function contactName(contact: Pick<FamilyContact, 'name' | 'relationship'>): string {
  return `${contact.name} (${contact.relationship})`;
}
