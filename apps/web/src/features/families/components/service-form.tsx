import { SERVICE_KIND_LABELS, SERVICE_KINDS, type ProfessionalService } from '@sendreg/contracts';
import type { ReactNode, SubmitEvent } from 'react';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import type { FormProblem } from '../../../lib/form-problem';
import { SERVICE_FIELD } from '../directory-form';

export interface ServiceFormProps {
  service?: ProfessionalService;
  problem: FormProblem | null;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

/** The fields of a service, in the order the API checks them. */
export function ServiceForm({ service, problem, onSubmit, children }: ServiceFormProps) {
  const error = (field: keyof typeof SERVICE_FIELD) => problem?.fields[SERVICE_FIELD[field]];
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <TextField
        id={SERVICE_FIELD.name}
        name="name"
        label="Name of the service"
        hint="For example County Educational Psychology Service"
        defaultValue={service?.name ?? ''}
        error={error('name')}
      />
      <SelectField
        id={SERVICE_FIELD.kind}
        name="kind"
        label="Kind of service"
        defaultValue={service?.kind ?? ''}
        error={error('kind')}
      >
        <option value="">Choose the kind of service</option>
        {SERVICE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {SERVICE_KIND_LABELS[kind]}
          </option>
        ))}
      </SelectField>
      <TextareaField
        id={SERVICE_FIELD.howToRefer}
        name="howToRefer"
        label="How to refer (optional)"
        hint="The form to use, where to send it, what to include, and whether parents can refer themselves"
        rows={5}
        defaultValue={service?.howToRefer ?? ''}
        error={error('howToRefer')}
      />
      <TextField
        id={SERVICE_FIELD.phone}
        name="phone"
        type="tel"
        label="Phone number (optional)"
        className="input--width-20"
        defaultValue={service?.phone ?? ''}
        error={error('phone')}
      />
      <TextField
        id={SERVICE_FIELD.email}
        name="email"
        type="email"
        label="Email address (optional)"
        spellCheck={false}
        defaultValue={service?.email ?? ''}
        error={error('email')}
      />
      <TextField
        id={SERVICE_FIELD.website}
        name="website"
        type="url"
        label="Website (optional)"
        hint="The full address, starting with https://"
        spellCheck={false}
        defaultValue={service?.website ?? ''}
        error={error('website')}
      />
      {children}
    </form>
  );
}
