import type { SchoolMembership } from '@sendreg/contracts';
import { createContext, useContext } from 'react';

/** The school the person is working in: the membership matching the :schoolId of the URL. */
export const SchoolContext = createContext<SchoolMembership | null>(null);

export function useSchool(): SchoolMembership {
  const school = useContext(SchoolContext);
  if (!school) throw new Error('useSchool must be used inside a /schools/:schoolId route');
  return school;
}
