import type { Me, SchoolMembership, TrustMembership } from '@sendreg/contracts';
import { useMatch } from 'react-router';
import { schoolPath, trustPath } from '../home';

/** Where the person is working right now, read from the URL: a school, a trust, or neither. */
export type WorkingContext =
  | { kind: 'school'; root: string; membership: SchoolMembership }
  | { kind: 'trust'; root: string; membership: TrustMembership };

export function useWorkingContext(me: Me | undefined): WorkingContext | null {
  const schoolMatch = useMatch('/schools/:schoolId/*');
  const trustMatch = useMatch('/trusts/:trustId/*');
  if (!me) return null;
  const schoolId = schoolMatch?.params.schoolId;
  const school = schoolId ? me.schools.find((membership) => membership.schoolId === schoolId) : undefined;
  if (school) return { kind: 'school', root: schoolPath(school.schoolId), membership: school };
  const trustId = trustMatch?.params.trustId;
  const trust = trustId ? me.trusts.find((membership) => membership.trustId === trustId) : undefined;
  if (trust) return { kind: 'trust', root: trustPath(trust.trustId), membership: trust };
  return null;
}
