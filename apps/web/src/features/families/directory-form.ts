import {
  checkProfessional,
  checkService,
  type Professional,
  type ProfessionalInput,
  type ProfessionalService,
  type ServiceInput,
} from '@sendreg/contracts';
import { formProblem } from '../../lib/form-problem';
import { formText } from '../../utils/form-text';
import type { CheckedForm } from './family-contact-form';

export const SERVICE_FIELD = {
  name: 'service-name',
  kind: 'service-kind',
  howToRefer: 'service-how-to-refer',
  phone: 'service-phone',
  email: 'service-email',
  website: 'service-website',
} as const;

export const PROFESSIONAL_FIELD = {
  name: 'professional-name',
  role: 'professional-role',
  phone: 'professional-phone',
  email: 'professional-email',
} as const;

export function serviceFieldId(field: string): string | undefined {
  return Object.hasOwn(SERVICE_FIELD, field) ? SERVICE_FIELD[field as keyof typeof SERVICE_FIELD] : undefined;
}

export function professionalFieldId(field: string): string | undefined {
  return Object.hasOwn(PROFESSIONAL_FIELD, field)
    ? PROFESSIONAL_FIELD[field as keyof typeof PROFESSIONAL_FIELD]
    : undefined;
}

/** Reads the service form and checks it with the API's own rules. */
export function readServiceForm(data: FormData): CheckedForm<ServiceInput> {
  const { value, errors } = checkService({
    name: formText(data, 'name'),
    kind: formText(data, 'kind'),
    howToRefer: formText(data, 'howToRefer'),
    phone: formText(data, 'phone'),
    email: formText(data, 'email'),
    website: formText(data, 'website'),
  });
  const problem = formProblem(errors.map((e) => [serviceFieldId(e.field) ?? SERVICE_FIELD.name, e.message]));
  return problem ? { ok: false, problem } : { ok: true, request: value };
}

/** Reads the professional form and checks it with the API's own rules. */
export function readProfessionalForm(data: FormData): CheckedForm<ProfessionalInput> {
  const { value, errors } = checkProfessional({
    name: formText(data, 'name'),
    role: formText(data, 'role'),
    phone: formText(data, 'phone'),
    email: formText(data, 'email'),
  });
  const problem = formProblem(
    errors.map((e) => [professionalFieldId(e.field) ?? PROFESSIONAL_FIELD.name, e.message]),
  );
  return problem ? { ok: false, problem } : { ok: true, request: value };
}

/** "Dr Priya Shah, Educational psychologist" (or the name alone when no role is given). */
export function professionalLine(professional: Pick<Professional, 'name' | 'role'>): string {
  return professional.role ? `${professional.name}, ${professional.role}` : professional.name;
}

/** "2 named professionals", "No named professionals". */
export function professionalsCount(service: Pick<ProfessionalService, 'professionals'>): string {
  const n = service.professionals.length;
  if (n === 0) return 'No named professionals';
  return n === 1 ? '1 named professional' : `${String(n)} named professionals`;
}
