import type { Professional } from '@sendreg/contracts';
import type { ReactNode, SubmitEvent } from 'react';
import { TextField } from '../../../components/ui/text-field';
import type { FormProblem } from '../../../lib/form-problem';
import { PROFESSIONAL_FIELD } from '../directory-form';

export interface ProfessionalFormProps {
  professional?: Professional;
  problem: FormProblem | null;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

/** The fields of a named professional, in the order the API checks them. */
export function ProfessionalForm({ professional, problem, onSubmit, children }: ProfessionalFormProps) {
  const error = (field: keyof typeof PROFESSIONAL_FIELD) => problem?.fields[PROFESSIONAL_FIELD[field]];
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <TextField
        id={PROFESSIONAL_FIELD.name}
        name="name"
        label="Full name"
        autoComplete="off"
        defaultValue={professional?.name ?? ''}
        error={error('name')}
      />
      <TextField
        id={PROFESSIONAL_FIELD.role}
        name="role"
        label="Role (optional)"
        hint="For example Educational psychologist, Specialist speech and language therapist"
        defaultValue={professional?.role ?? ''}
        error={error('role')}
      />
      <TextField
        id={PROFESSIONAL_FIELD.phone}
        name="phone"
        type="tel"
        label="Phone number (optional)"
        autoComplete="off"
        className="input--width-20"
        defaultValue={professional?.phone ?? ''}
        error={error('phone')}
      />
      <TextField
        id={PROFESSIONAL_FIELD.email}
        name="email"
        type="email"
        label="Email address (optional)"
        autoComplete="off"
        spellCheck={false}
        defaultValue={professional?.email ?? ''}
        error={error('email')}
      />
      {children}
    </form>
  );
}
