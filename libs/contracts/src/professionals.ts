import {
  contactEmailProblem,
  contactPhoneProblem,
  textOrNull,
  tooLongProblem,
  trimmedText,
  type ContactFieldError,
} from './family';

/**
 * The school's directory of outside services and the named professionals in them (issue 10, item 2),
 * with how to refer. Read by the SENCO and the head (professional.read), kept by the SENCO
 * (professional.write).
 *
 * Routes (all under /api/schools/{schoolId}):
 * - GET  /professional-services[?archived=true] → ProfessionalService[]: the services in the order of
 *        SERVICE_KINDS, then by name, each with its professionals by name. Archived services and
 *        professionals are left out unless archived=true (then they come with archived: true).
 *        This is the list the referral pickers use: pick a service (id, name, kindLabel) and
 *        optionally one of its professionals (id, name, role).
 * - POST /professional-services                           ServiceInput → 201 ProfessionalService
 * - PUT  /professional-services/{serviceId}               UpdateServiceRequest → ProfessionalService (409 stale)
 * - POST /professional-services/{serviceId}/archive       ArchiveDirectoryEntryRequest → ProfessionalService
 * - POST /professional-services/{serviceId}/professionals ProfessionalInput → 201 Professional
 * - PUT  /professionals/{professionalId}                  UpdateProfessionalRequest → Professional (409 stale)
 * - POST /professionals/{professionalId}/archive          ArchiveDirectoryEntryRequest → Professional
 */

/** As the database's CHECK on professional_services.kind, in the order the directory shows them. */
export const SERVICE_KINDS = [
  'educational-psychology',
  'speech-and-language-therapy',
  'occupational-therapy',
  'camhs',
  'paediatrics',
  'specialist-teaching',
  'social-care',
  'other',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const SERVICE_KIND_LABELS: Record<ServiceKind, string> = {
  'educational-psychology': 'Educational psychology',
  'speech-and-language-therapy': 'Speech and language therapy',
  'occupational-therapy': 'Occupational therapy',
  camhs: 'CAMHS',
  paediatrics: 'Paediatrics',
  'specialist-teaching': 'Specialist teaching',
  'social-care': 'Social care',
  other: 'Other',
};

export function isServiceKind(value: unknown): value is ServiceKind {
  return (SERVICE_KINDS as readonly unknown[]).includes(value);
}

/** The database's limits, in characters. */
export const SERVICE_LIMITS = { name: 200, howToRefer: 4000, phone: 40, email: 254, website: 500 } as const;
export const PROFESSIONAL_LIMITS = { name: 200, role: 200, phone: 40, email: 254 } as const;

export interface Professional {
  id: string;
  serviceId: string;
  name: string;
  /** "Educational psychologist", "Specialist speech and language therapist"... ('' when not given). */
  role: string;
  phone: string | null;
  email: string | null;
  archived: boolean;
  version: number;
}

export interface ProfessionalService {
  id: string;
  name: string;
  kind: ServiceKind;
  /** SERVICE_KIND_LABELS[kind], for pickers that show the kind beside the name. */
  kindLabel: string;
  /** How to make a referral: the form, who to send it to, what to include ('' when not given). */
  howToRefer: string;
  phone: string | null;
  email: string | null;
  /** http(s) only. */
  website: string | null;
  archived: boolean;
  version: number;
  professionals: Professional[];
}

export interface ServiceInput {
  name: string;
  kind: string;
  howToRefer?: string;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
}

export interface UpdateServiceRequest extends ServiceInput {
  version: number;
}

export interface ProfessionalInput {
  name: string;
  role?: string;
  phone?: string | null;
  email?: string | null;
}

export interface UpdateProfessionalRequest extends ProfessionalInput {
  version: number;
}

/** Archiving a service or professional: hidden from the directory and pickers, kept for past referrals. */
export interface ArchiveDirectoryEntryRequest {
  version: number;
}

export interface CheckedService {
  name: string;
  kind: ServiceKind;
  howToRefer: string;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export interface CheckedProfessional {
  name: string;
  role: string;
  phone: string | null;
  email: string | null;
}

const WEBSITE = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** A website must be a plain http(s) address: it is shown as a link. */
export function websiteProblem(website: string | null): string | undefined {
  if (website === null) return undefined;
  if (website.length > SERVICE_LIMITS.website) {
    return `The website must be ${String(SERVICE_LIMITS.website)} characters or fewer`;
  }
  return WEBSITE.test(website)
    ? undefined
    : 'Enter the website address in full, starting with https://, like https://www.example.org';
}

const errorsOf = (checks: [string, string | undefined][]): ContactFieldError[] =>
  checks.flatMap(([field, message]) => (message ? [{ field, message }] : []));

/** Checks a service field by field (name and kind required; phone, email and website as given). */
export function checkService(input: ServiceInput): { value: CheckedService; errors: ContactFieldError[] } {
  const name = trimmedText(input.name);
  const howToRefer = trimmedText(input.howToRefer);
  const phone = textOrNull(input.phone);
  const email = textOrNull(input.email);
  const website = textOrNull(input.website);
  return {
    value: { name, kind: input.kind as ServiceKind, howToRefer, phone, email, website },
    errors: errorsOf([
      [
        'name',
        name ? tooLongProblem(name, SERVICE_LIMITS.name, 'The name') : 'Enter the name of the service',
      ],
      ['kind', isServiceKind(input.kind) ? undefined : 'Select the kind of service'],
      ['howToRefer', tooLongProblem(howToRefer, SERVICE_LIMITS.howToRefer, 'How to refer')],
      ['phone', contactPhoneProblem(phone, SERVICE_LIMITS.phone)],
      ['email', contactEmailProblem(email, SERVICE_LIMITS.email)],
      ['website', websiteProblem(website)],
    ]),
  };
}

/** Checks a professional field by field (name required). */
export function checkProfessional(input: ProfessionalInput): {
  value: CheckedProfessional;
  errors: ContactFieldError[];
} {
  const name = trimmedText(input.name);
  const role = trimmedText(input.role);
  const phone = textOrNull(input.phone);
  const email = textOrNull(input.email);
  return {
    value: { name, role, phone, email },
    errors: errorsOf([
      [
        'name',
        name
          ? tooLongProblem(name, PROFESSIONAL_LIMITS.name, 'The name')
          : 'Enter the name of the professional',
      ],
      ['role', tooLongProblem(role, PROFESSIONAL_LIMITS.role, 'The role')],
      ['phone', contactPhoneProblem(phone, PROFESSIONAL_LIMITS.phone)],
      ['email', contactEmailProblem(email, PROFESSIONAL_LIMITS.email)],
    ]),
  };
}

/** The directory grouped by kind, in SERVICE_KINDS order, leaving out kinds with no service. */
export function servicesByKind(
  services: readonly ProfessionalService[],
): { kind: ServiceKind; label: string; services: ProfessionalService[] }[] {
  return SERVICE_KINDS.map((kind) => ({
    kind,
    label: SERVICE_KIND_LABELS[kind],
    services: services.filter((s) => s.kind === kind),
  })).filter((group) => group.services.length > 0);
}
