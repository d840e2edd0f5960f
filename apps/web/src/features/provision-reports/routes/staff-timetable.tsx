import { PageHeading } from '../../../components/ui/page-heading';

/** Placeholder while the page is built. */
export function StaffTimetablePage() {
  return <PageHeading title="Groups and timetable" />;
}
