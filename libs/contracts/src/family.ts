import type { PersonRef } from './register';

/**
 * A pupil's family contacts (issue 10, item 1): the people the school contacts about the pupil, in the
 * order it contacts them, with how they prefer to be contacted, their language and whether an
 * interpreter is needed. Read by the SENCO and the head (family.read), kept by the SENCO
 * (family.write); never seen by teachers or TAs.
 *
 * Routes (all under /api/schools/{schoolId}/pupils/{pupilId}/family-contacts):
 * - GET                      → FamilyContact[], in contact order (priority, then oldest first); removed
 *                              contacts are left out.
 * - POST                     FamilyContactInput → 201 FamilyContact
 * - PUT /{contactId}         UpdateFamilyContactRequest → FamilyContact (409 when the version is stale)
 * - POST /{contactId}/remove RemoveFamilyContactRequest → 204 (kept in the database, no longer listed)
 */

export const PREFERRED_CONTACT_METHODS = ['phone', 'email', 'text', 'letter', 'in-person'] as const;
export type PreferredContact = (typeof PREFERRED_CONTACT_METHODS)[number];

export const PREFERRED_CONTACT_LABELS: Record<PreferredContact, string> = {
  phone: 'Phone call',
  email: 'Email',
  text: 'Text message',
  letter: 'Letter',
  'in-person': 'In person',
};

/** The database's limits, in characters (and the contact order, from 1 = contacted first). */
export const FAMILY_CONTACT_LIMITS = {
  name: 200,
  relationship: 100,
  phone: 40,
  email: 254,
  address: 500,
  language: 100,
  notes: 2000,
  priorityMax: 20,
} as const;

export const DEFAULT_CONTACT_LANGUAGE = 'English';

export interface FamilyContact {
  id: string;
  pupilId: string;
  name: string;
  /** In the school's words: "Mother", "Grandmother", "Foster carer"... */
  relationship: string;
  parentalResponsibility: boolean;
  preferredContact: PreferredContact;
  phone: string | null;
  email: string | null;
  address: string | null;
  language: string;
  interpreterNeeded: boolean;
  notes: string;
  /** Contact order: 1 is contacted first. */
  priority: number;
  version: number;
  updatedBy: PersonRef | null;
  /** ISO 8601 timestamp. */
  updatedAt: string;
}

/** What the form sends. Empty phone, email and address are kept as none (null). */
export interface FamilyContactInput {
  name: string;
  relationship: string;
  parentalResponsibility: boolean;
  preferredContact: string;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  /** Default English. */
  language?: string;
  interpreterNeeded?: boolean;
  notes?: string;
  /** Default 1. */
  priority?: number;
}

export interface UpdateFamilyContactRequest extends FamilyContactInput {
  /** The contact's version as last read: a stale one is refused with 409. */
  version: number;
}

export interface RemoveFamilyContactRequest {
  version: number;
}

/** A contact as it is kept: trimmed, with empty optional fields as null. */
export interface CheckedFamilyContact {
  name: string;
  relationship: string;
  parentalResponsibility: boolean;
  preferredContact: PreferredContact;
  phone: string | null;
  email: string | null;
  address: string | null;
  language: string;
  interpreterNeeded: boolean;
  notes: string;
  priority: number;
}

export interface ContactFieldError {
  /** The request's field name, e.g. "email". */
  field: string;
  message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_CHARACTERS = /^[0-9 +()-]+$/;

/** Trimmed text, Windows line endings made plain; null and undefined read as empty. */
export function trimmedText(value: string | null | undefined): string {
  return (value ?? '').replace(/\r\n?/g, '\n').trim();
}

/** Trimmed text, or null when there is none. */
export function textOrNull(value: string | null | undefined): string | null {
  const text = trimmedText(value);
  return text === '' ? null : text;
}

/** Why an email address is not one (undefined when it is fine or absent). */
export function contactEmailProblem(
  email: string | null,
  max: number = FAMILY_CONTACT_LIMITS.email,
): string | undefined {
  if (email === null) return undefined;
  if (email.length > max) return `The email address must be ${String(max)} characters or fewer`;
  return EMAIL.test(email)
    ? undefined
    : 'Enter an email address in the correct format, like name@example.com';
}

/** Why a phone number is not one: digits with spaces, brackets, hyphens and a leading +. */
export function contactPhoneProblem(
  phone: string | null,
  max: number = FAMILY_CONTACT_LIMITS.phone,
): string | undefined {
  if (phone === null) return undefined;
  if (phone.length > max) return `The phone number must be ${String(max)} characters or fewer`;
  const digits = phone.replace(/\D/g, '').length;
  if (!PHONE_CHARACTERS.test(phone) || phone.indexOf('+') > 0 || digits < 6 || digits > 15) {
    return 'Enter a phone number using numbers, spaces, brackets and hyphens, like 01632 960 001 or +44 7700 900 982';
  }
  return undefined;
}

/** "The name must be 200 characters or fewer" when too long. */
export function tooLongProblem(value: string, max: number, what: string): string | undefined {
  return value.length > max
    ? `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`
    : undefined;
}

export function isPreferredContact(value: unknown): value is PreferredContact {
  return (PREFERRED_CONTACT_METHODS as readonly unknown[]).includes(value);
}

/**
 * Checks a contact field by field, as the API does and the form does before sending: name and
 * relationship are required, the preferred contact is one of the list, an email or phone given must
 * look like one, and the preferred way needs its details (email needs an email address; phone and
 * text a phone number; letter an address). Errors come in the form's order.
 */
export function checkFamilyContact(input: FamilyContactInput): {
  value: CheckedFamilyContact;
  errors: ContactFieldError[];
} {
  const L = FAMILY_CONTACT_LIMITS;
  const name = trimmedText(input.name);
  const relationship = trimmedText(input.relationship);
  const phone = textOrNull(input.phone);
  const email = textOrNull(input.email);
  const address = textOrNull(input.address);
  const language = trimmedText(input.language) || DEFAULT_CONTACT_LANGUAGE;
  const notes = trimmedText(input.notes);
  const priority = input.priority ?? 1;
  const preferred = input.preferredContact;

  const checks: [string, string | undefined][] = [
    ['name', name ? tooLongProblem(name, L.name, 'The name') : 'Enter their name'],
    [
      'relationship',
      relationship
        ? tooLongProblem(relationship, L.relationship, 'The relationship')
        : 'Enter their relationship to the pupil, for example Mother or Foster carer',
    ],
    [
      'parentalResponsibility',
      typeof input.parentalResponsibility === 'boolean'
        ? undefined
        : 'Select whether they have parental responsibility',
    ],
    [
      'preferredContact',
      isPreferredContact(preferred) ? undefined : 'Select how they prefer to be contacted',
    ],
    [
      'phone',
      contactPhoneProblem(phone) ??
        (phone === null && (preferred === 'phone' || preferred === 'text')
          ? `Enter a phone number: they prefer ${preferred === 'phone' ? 'a phone call' : 'a text message'}`
          : undefined),
    ],
    [
      'email',
      contactEmailProblem(email) ??
        (email === null && preferred === 'email' ? 'Enter an email address: they prefer email' : undefined),
    ],
    [
      'address',
      address
        ? tooLongProblem(address, L.address, 'The address')
        : preferred === 'letter'
          ? 'Enter an address: they prefer a letter'
          : undefined,
    ],
    ['language', tooLongProblem(language, L.language, 'The language')],
    [
      'interpreterNeeded',
      input.interpreterNeeded === undefined || typeof input.interpreterNeeded === 'boolean'
        ? undefined
        : 'Select whether an interpreter is needed',
    ],
    ['notes', tooLongProblem(notes, L.notes, 'The notes')],
    [
      'priority',
      Number.isInteger(priority) && priority >= 1 && priority <= L.priorityMax
        ? undefined
        : `The contact order must be a whole number from 1 to ${String(L.priorityMax)}`,
    ],
  ];
  return {
    value: {
      name,
      relationship,
      parentalResponsibility: input.parentalResponsibility,
      preferredContact: preferred as PreferredContact,
      phone,
      email,
      address,
      language,
      interpreterNeeded: input.interpreterNeeded ?? false,
      notes,
      priority,
    },
    errors: checks.flatMap(([field, message]) => (message ? [{ field, message }] : [])),
  };
}

/** "Has parental responsibility" / "No parental responsibility": in words, never a tick alone. */
export function parentalResponsibilityText(has: boolean): string {
  return has ? 'Has parental responsibility' : 'No parental responsibility';
}
