import type { Grants } from './permissions';
import type { Role, SchoolRole } from './roles';
import type { Gender, YearGroup } from './year-groups';

/** A page of a list: every list endpoint answers with this shape. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/** RFC 9457 problem details, as every error is answered. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: { field: string; message: string }[];
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface TokenResponse {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds until the access token expires. */
  expiresIn: number;
}

export interface SchoolMembership {
  schoolId: string;
  schoolName: string;
  trustId: string | null;
  roles: SchoolRole[];
  grants: Grants;
}

export interface TrustMembership {
  trustId: string;
  trustName: string;
  roles: Role[];
  grants: Grants;
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  schools: SchoolMembership[];
  trusts: TrustMembership[];
}

export interface PupilSummary {
  id: string;
  upn: string;
  legalForename: string;
  legalSurname: string;
  preferredForename: string | null;
  dateOfBirth: string;
  yearGroup: YearGroup;
  classId: string | null;
  className: string | null;
}

export interface Pupil extends PupilSummary {
  gender: Gender;
  pupilPremium: boolean;
  eal: boolean;
  lookedAfter: boolean;
  admissionDate: string | null;
  leavingDate: string | null;
  version: number;
}

export interface ClassStaffMember {
  userId: string;
  displayName: string;
  role: 'teacher' | 'ta';
}

/** A class (or form) with its teachers and teaching assistants. */
export interface SchoolClass {
  id: string;
  name: string;
  yearGroup: YearGroup | null;
  pupilCount: number;
  staff: ClassStaffMember[];
}
