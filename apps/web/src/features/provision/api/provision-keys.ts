import type { ProvisionListParams } from '../provision-list-params';

/** Every query key starts with the school, so one school's answers never serve another's. */
export const provisionKeys = {
  all: (schoolId: string) => ['schools', schoolId, 'provisions'] as const,
  list: (schoolId: string, params: ProvisionListParams) =>
    [...provisionKeys.all(schoolId), 'list', params] as const,
  detail: (schoolId: string, provisionId: string) =>
    [...provisionKeys.all(schoolId), 'detail', provisionId] as const,
};

export const interventionKeys = {
  all: (schoolId: string) => ['schools', schoolId, 'interventions'] as const,
  /** The whole catalogue, archived ones included: pages filter it. */
  catalogue: (schoolId: string) =>
    [...interventionKeys.all(schoolId), 'list', { includeArchived: true }] as const,
  detail: (schoolId: string, interventionId: string) =>
    [...interventionKeys.all(schoolId), 'detail', interventionId] as const,
};

export const staffRateKeys = {
  all: (schoolId: string) => ['schools', schoolId, 'staff-rates'] as const,
};

export function schoolPath(schoolId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}`;
}

export function provisionsPath(schoolId: string): string {
  return `${schoolPath(schoolId)}/provisions`;
}

export function interventionsPath(schoolId: string): string {
  return `${schoolPath(schoolId)}/interventions`;
}
