import {
  FAMILY_CONTACT_LIMITS,
  PREFERRED_CONTACT_LABELS,
  PREFERRED_CONTACT_METHODS,
  type FamilyContact,
} from '@sendreg/contracts';
import type { ReactNode, SubmitEvent } from 'react';
import { Radios } from '../../../components/ui/radios';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import type { FormProblem } from '../../../lib/form-problem';
import { CONTACT_FIELD, contactFormDefaults } from '../family-contact-form';

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export interface ContactFormProps {
  /** The contact being changed; none for a new contact. */
  contact?: FamilyContact;
  /** The pupil's name, as the questions say it. */
  pupilName: string;
  problem: FormProblem | null;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  /** The buttons. */
  children: ReactNode;
}

/** The fields of a family contact, in the order the API checks them (so errors read top to bottom). */
export function ContactForm({ contact, pupilName, problem, onSubmit, children }: ContactFormProps) {
  const start = contactFormDefaults(contact);
  const error = (field: keyof typeof CONTACT_FIELD) => problem?.fields[CONTACT_FIELD[field]];
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <TextField
        id={CONTACT_FIELD.name}
        name="name"
        label="Full name"
        autoComplete="off"
        defaultValue={start.name}
        error={error('name')}
      />
      <TextField
        id={CONTACT_FIELD.relationship}
        name="relationship"
        label={`Relationship to ${pupilName}`}
        hint="For example Mother, Grandfather, Foster carer, Social worker"
        defaultValue={start.relationship}
        error={error('relationship')}
      />
      <Radios
        idPrefix={CONTACT_FIELD.parentalResponsibility}
        name="parentalResponsibility"
        legend="Do they have parental responsibility?"
        items={YES_NO}
        defaultValue={start.parentalResponsibility}
        error={error('parentalResponsibility')}
      />
      <Radios
        idPrefix={CONTACT_FIELD.preferredContact}
        name="preferredContact"
        legend="How do they prefer to be contacted?"
        hint="Give the details it needs below: a phone number for a call or a text, an email address, or an address for a letter."
        items={PREFERRED_CONTACT_METHODS.map((method) => ({
          value: method,
          label: PREFERRED_CONTACT_LABELS[method],
        }))}
        defaultValue={start.preferredContact}
        error={error('preferredContact')}
      />
      <TextField
        id={CONTACT_FIELD.phone}
        name="phone"
        type="tel"
        label="Phone number (optional)"
        autoComplete="off"
        className="input--width-20"
        defaultValue={start.phone}
        error={error('phone')}
      />
      <TextField
        id={CONTACT_FIELD.email}
        name="email"
        type="email"
        label="Email address (optional)"
        autoComplete="off"
        spellCheck={false}
        defaultValue={start.email}
        error={error('email')}
      />
      <TextareaField
        id={CONTACT_FIELD.address}
        name="address"
        label="Address (optional)"
        rows={3}
        defaultValue={start.address}
        error={error('address')}
      />
      <TextField
        id={CONTACT_FIELD.language}
        name="language"
        label="Language they prefer to use with the school"
        className="input--width-20"
        defaultValue={start.language}
        error={error('language')}
      />
      <Radios
        idPrefix={CONTACT_FIELD.interpreterNeeded}
        name="interpreterNeeded"
        legend="Is an interpreter needed for meetings and calls?"
        items={YES_NO}
        defaultValue={start.interpreterNeeded}
        error={error('interpreterNeeded')}
      />
      <TextareaField
        id={CONTACT_FIELD.notes}
        name="notes"
        label="Notes (optional)"
        hint="For example the best time to call, or who else to copy in"
        rows={3}
        defaultValue={start.notes}
        error={error('notes')}
      />
      <TextField
        id={CONTACT_FIELD.priority}
        name="priority"
        label="Contact order"
        hint={`1 is contacted first. A number from 1 to ${String(FAMILY_CONTACT_LIMITS.priorityMax)}.`}
        inputMode="numeric"
        className="input--width-2"
        defaultValue={start.priority}
        error={error('priority')}
      />
      {children}
    </form>
  );
}
