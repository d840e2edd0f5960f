import type { Page, SchoolClass, SchoolRole, YearGroup } from '@sendreg/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';

/** One person of the school's staff, with the classes they teach or support. */
export interface StaffMember {
  userId: string;
  displayName: string;
  email: string;
  roles: SchoolRole[];
  classes: { classId: string; name: string; role: 'teacher' | 'ta' }[];
}

export interface ClassStaffAssignment {
  userId: string;
  role: 'teacher' | 'ta';
}

function schoolPath(schoolId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}`;
}

/** GET /api/schools/{schoolId}/staff (staff.read): everyone, in one page of up to 200. */
export function useStaff(schoolId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['schools', schoolId, 'staff', { pageSize: 200 }] as const,
    queryFn: ({ signal }) =>
      api.get<Page<StaffMember>>(`${schoolPath(schoolId)}/staff`, { params: { pageSize: 200 }, signal }),
  });
}

/** POST /api/schools/{schoolId}/classes (staff.write). */
export function useCreateClass(schoolId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['schools', schoolId, 'classes', 'create'],
    mutationFn: (body: { name: string; yearGroup?: YearGroup | null }) =>
      api.post<SchoolClass>(`${schoolPath(schoolId)}/classes`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['schools', schoolId] }),
  });
}

/** PUT /api/schools/{schoolId}/classes/{classId}/staff (staff.write): replaces the class's staff. */
export function useSetClassStaff(schoolId: string, classId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['schools', schoolId, 'classes', classId, 'staff'],
    mutationFn: (staff: ClassStaffAssignment[]) =>
      api.put<SchoolClass>(`${schoolPath(schoolId)}/classes/${encodeURIComponent(classId)}/staff`, { staff }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['schools', schoolId] }),
  });
}
